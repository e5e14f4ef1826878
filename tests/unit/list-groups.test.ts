import { describe, expect, it } from 'vitest';
import {
  groupByMonth,
  groupByPeriod,
  isGroupPath,
  monthGroupPath,
  monthOf,
  periodOf,
  UNDATED,
} from '../../src/lib/page/groups';

describe('list groups', () => {
  it('puts a date of any precision in its month, and a year alone or none in the undated group', () => {
    expect(monthOf('2025-10-16')).toBe('2025-10');
    expect(monthOf('2025-03')).toBe('2025-03');
    expect(monthOf('2025')).toBe(UNDATED);
    expect(monthOf(null)).toBe(UNDATED);
  });

  it('orders groups newest first with the undated last, keeping each group’s items in order', () => {
    const items = [
      { id: 'a', date: '2024-01-05' },
      { id: 'b', date: null },
      { id: 'c', date: '2025-10-01' },
      { id: 'd', date: '2024-01-20' },
    ];
    const groups = groupByMonth(items, (item) => item.date);
    expect(groups.map((group) => [group.key, group.items.map((item) => item.id)])).toEqual([
      ['2025-10', ['c']],
      ['2024-01', ['a', 'd']],
      [UNDATED, ['b']],
    ]);
  });

  it('gives a group a path that depends on its key only', () => {
    expect(monthGroupPath('sources', '2025-10')).toBe('sources/by-month/2025-10');
  });

  it('files a date known only to its year under the year, for the timeline, which reads oldest first', () => {
    expect(periodOf('2025-10-16')).toBe('2025-10');
    expect(periodOf('2025')).toBe('2025');
    expect(periodOf(undefined)).toBe(UNDATED);
    const items = [
      { id: 'a', date: '2025-03' },
      { id: 'b', date: '2025' },
      { id: 'c', date: null },
      { id: 'd', date: '2021-07-01' },
      { id: 'e', date: '2025-03-20' },
    ];
    expect(
      groupByPeriod(items, (item) => item.date).map((group) => [group.key, group.items.map((item) => item.id)]),
    ).toEqual([
      ['2021-07', ['d']],
      ['2025', ['b']],
      ['2025-03', ['a', 'e']],
      [UNDATED, ['c']],
    ]);
  });

  it('tells a group page from an entry page by its reserved segment', () => {
    expect(isGroupPath('timeline/by-month/2025')).toBe(true);
    expect(isGroupPath('glossary/by-initial/s')).toBe(true);
    expect(isGroupPath('places/sanlitun')).toBe(false);
    expect(isGroupPath('timeline')).toBe(false);
  });
});
