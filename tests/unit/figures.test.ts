import { describe, expect, it } from 'vitest';
import { baselineFromGrowth, englishOrdinal, figureParts, formatCount } from '../../src/lib/format/figures';

const unit = (zh: string, en: string) => ({ zh, en });

describe('figures in each language', () => {
  it('write large counts with 万 in Chinese and thousands separators in English', () => {
    expect(formatCount(35000, 'zh')).toBe('3.5万');
    expect(formatCount(35000, 'en')).toBe('35,000');
    expect(formatCount(8000, 'zh')).toBe('8000');
    expect(formatCount(8000, 'en')).toBe('8,000');
    expect(formatCount(127, 'zh')).toBe('127');
    expect(formatCount(12345, 'zh')).toBe('12345');
  });

  it('phrase a qualified count the way each language does', () => {
    const foreign = { value: 35000, qualifier: 'over' as const, unit: unit('家', 'enterprises') };
    expect(figureParts(foreign, 'zh').text).toBe('超过3.5万家');
    expect(figureParts(foreign, 'en').text).toBe('over 35,000 enterprises');
    const organizations = { value: 127, qualifier: 'as-stated' as const, unit: unit('家', 'organizations') };
    expect(figureParts(organizations, 'zh').text).toBe('127家');
    expect(figureParts(organizations, 'en').text).toBe('127 organizations');
    const growth = { value: 32, qualifier: 'as-stated' as const, unit: unit('%', '%') };
    expect(figureParts(growth, 'en').text).toBe('32%');
    expect(figureParts(growth, 'zh').text).toBe('32%');
  });

  it('write ranks as ordinals', () => {
    const rank = { value: 6, qualifier: 'rank' as const, unit: unit('位', 'place') };
    expect(figureParts(rank, 'en').text).toBe('6th');
    expect(figureParts(rank, 'zh').text).toBe('第6位');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });

  it('keep the source’s words where it gives no plain number', () => {
    const area = {
      value: 2,
      qualifier: 'nearly' as const,
      unit: unit('倍', '×'),
      statedAs: unit('接近翻番', 'nearly doubled'),
    };
    expect(figureParts(area, 'en').text).toBe('nearly doubled');
    expect(figureParts(area, 'zh').text).toBe('接近翻番');
  });
});

describe('derived values', () => {
  it('recover the baseline a growth percentage implies', () => {
    expect(baselineFromGrowth(127, 32)).toBeCloseTo(96.21, 2);
    expect(baselineFromGrowth(200, 100)).toBe(100);
  });
});
