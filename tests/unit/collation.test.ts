import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, sortText } from '../../src/lib/format/collation';

describe('glossary collation', () => {
  it('files Chinese terms by pinyin initial, ignoring quotation marks', () => {
    expect(initialOf('“北京服务”机场服务点')).toBe('B');
    expect(initialOf('国际交往中心')).toBe('G');
    expect(initialOf('“Beijing Service” airport')).toBe('B');
    expect(initialOf('2025 plan')).toBe('#');
    expect(sortText('“Beijing Service” points')).toBe('Beijing Service points');
  });

  it('orders Chinese groups and terms by pinyin', () => {
    const terms = ['中关村', '“北京服务”机场服务点', '朝阳', '北京', '安全'];
    const groups = groupByInitial(terms, (term) => term, 'zh');
    expect(groups.map((group) => group.initial)).toEqual(['A', 'B', 'C', 'Z']);
    expect(groups[1].items).toEqual(['北京', '“北京服务”机场服务点']);
  });

  it('orders English terms alphabetically, quotation marks ignored, other initials last', () => {
    const terms = ['zone', '“Beijing Service” points', 'Airport', '2025 plan', 'beijing'];
    const groups = groupByInitial(terms, (term) => term, 'en');
    expect(groups.map((group) => group.initial)).toEqual(['A', 'B', 'Z', '#']);
    expect(groups[1].items).toEqual(['beijing', '“Beijing Service” points']);
  });
});
