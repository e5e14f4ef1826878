import { describe, expect, it } from 'vitest';
import { groupByMonth, monthGroupPath, monthOf, UNDATED } from '../../src/lib/page/groups';

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
});
