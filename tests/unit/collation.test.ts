import { describe, expect, it } from 'vitest';
import { groupByInitial, initialOf, sortByTitle, sortText } from '../../src/lib/format/collation';

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

describe('titles in each language’s order', () => {
  it('sorts Chinese titles by pinyin (not by code point) and English ones alphabetically, quotes ignored', () => {
    // Code point order would be 友 (U+53CB) 国 (U+56FD) 室 (U+5BA4) 新 (U+65B0) 航 (U+822A).
    const zh = ['友好城市', '国际组织', '室内展览面积', '新设外资企业', '航线', '“一带一路”航点'];
    expect(sortByTitle(zh, (title) => title, 'zh')).toEqual([
      '国际组织',
      '航线',
      '室内展览面积',
      '新设外资企业',
      '“一带一路”航点',
      '友好城市',
    ]);
    const en = ['foreign enterprises', '“Belt and Road” air points', 'City index rank', '10 towns', '9 towns'];
    expect(sortByTitle(en, (title) => title, 'en')).toEqual([
      '9 towns',
      '10 towns',
      '“Belt and Road” air points',
      'City index rank',
      'foreign enterprises',
    ]);
  });
});
