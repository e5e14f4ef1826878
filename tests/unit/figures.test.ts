import { describe, expect, it } from 'vitest';
import {
  baselineFromGrowth,
  englishOrdinal,
  figureParts,
  formatCount,
  sourceMultiplier,
} from '../../src/lib/format/figures';
import { titleWithPeriod } from '../../src/lib/format/provenance';
import { translatedFigureFormProblems } from '../../src/lib/checks/figure-forms';
import type { Indicator } from '../../src/lib/content/schemas';

const unit = (zh: string, en: string) => ({ zh, en });
const cited = (quote: string) => [{ source: 's', point: 'p', quote }];

describe('figures in each language', () => {
  it('group digits by thousands in both languages, keeping a source’s 万/亿 in Chinese only', () => {
    expect(formatCount(35000, 'zh')).toBe('35,000');
    expect(formatCount(35000, 'en')).toBe('35,000');
    expect(formatCount(8000, 'zh')).toBe('8,000');
    expect(formatCount(127, 'zh')).toBe('127');
    expect(formatCount(35000, 'zh', '万')).toBe('3.5万');
    expect(formatCount(35000, 'en', '万')).toBe('35,000');
    expect(formatCount(120_000_000, 'zh', '亿')).toBe('1.2亿');
    // A value the multiplier does not write exactly (to four decimals) is grouped instead.
    expect(formatCount(123_456_789, 'zh', '亿')).toBe('123,456,789');
    expect(formatCount(123_456_789, 'zh', '万')).toBe('12345.6789万');
  });

  it('read the form of a number from the quotes that state it', () => {
    const stated = (quote: string) => ({ value: 35000, citations: [{ source: 's', point: 'p', quote }] });
    expect(sourceMultiplier(stated('外资企业超过3.5万家'))).toBe('万');
    expect(sourceMultiplier(stated('外资企业超过3.5 万家'))).toBe('万');
    expect(sourceMultiplier(stated('over 35,000 foreign companies'))).toBeUndefined();
    // A 万 that writes another number says nothing of this one.
    expect(sourceMultiplier(stated('1万 visitors and 35,000 firms'))).toBeUndefined();
  });

  it('phrase a qualified count the way each language does', () => {
    const foreign = {
      value: 35000,
      qualifier: 'over' as const,
      unit: unit('家', 'enterprises'),
      citations: cited('with over 35,000 foreign companies'),
    };
    expect(figureParts(foreign, 'zh').text).toBe('超过35,000家');
    expect(figureParts(foreign, 'en').text).toBe('over 35,000 enterprises');
    const inWan = { ...foreign, citations: cited('外资企业超过3.5万家') };
    expect(figureParts(inWan, 'zh').text).toBe('超过3.5万家');
    expect(figureParts(inWan, 'en').text).toBe('over 35,000 enterprises');
    const organizations = {
      value: 127,
      qualifier: 'as-stated' as const,
      unit: unit('家', 'organizations'),
      citations: [],
    };
    expect(figureParts(organizations, 'zh').text).toBe('127家');
    expect(figureParts(organizations, 'en').text).toBe('127 organizations');
    const growth = { value: 32, qualifier: 'as-stated' as const, unit: unit('%', '%'), citations: [] };
    expect(figureParts(growth, 'en').text).toBe('32%');
    expect(figureParts(growth, 'zh').text).toBe('32%');
  });

  it('write ranks as ordinals', () => {
    const rank = { value: 6, qualifier: 'rank' as const, unit: unit('位', 'place'), citations: [] };
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
      citations: [],
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

describe('a statistic’s title in its citations', () => {
  const asOfReport = { basis: 'as-of-report' as const };
  it('carries the report’s date, marked as the report’s, when the source states no period', () => {
    expect(titleWithPeriod('在京国际组织', asOfReport, ['2025-10-16'], 'zh')).toBe(
      '在京国际组织（截至2025年10月16日，报道的发布日期）',
    );
    expect(titleWithPeriod('International organizations in Beijing', asOfReport, ['2025-10-16'], 'en')).toBe(
      'International organizations in Beijing (as of 16 October 2025, the report’s publication date)',
    );
  });

  it('carries a stated period unmarked, a period the site reads marked, and no period where none is known', () => {
    const since = { zh: '“十三五”末以来', en: 'since the end of the 13th Five-Year Plan' };
    expect(titleWithPeriod('Growth', { basis: 'stated', text: since, quote: 'q' }, [], 'en')).toBe(
      'Growth (since the end of the 13th Five-Year Plan)',
    );
    expect(titleWithPeriod('增幅', { basis: 'site', text: since }, [], 'zh')).toBe('增幅（“十三五”末以来，本站解读）');
    // A title that names its stated period already is not given it twice.
    expect(
      titleWithPeriod('Rank since the end of the 13th Five-Year Plan', { basis: 'stated', text: since }, [], 'en'),
    ).toBe('Rank since the end of the 13th Five-Year Plan');
    expect(titleWithPeriod('Cities', { basis: 'not-stated' }, ['2025-10-16'], 'en')).toBe('Cities');
    expect(titleWithPeriod('Cities', asOfReport, [], 'en')).toBe('Cities');
  });
});

describe('a statistic’s number in the translation of a point it cites', () => {
  const statistic = (quote: string) => ({
    id: 'firms',
    data: {
      value: 35000,
      qualifier: 'over' as const,
      citations: [{ source: 'doc', point: 'g1-1', quote }],
    } as unknown as Indicator,
  });
  const translated = (zh: string) => [
    { slug: 'doc', sections: [{ id: 'g1', label: '', heading: null, headingZh: null, points: [{ id: 'g1-1', zh }] }] },
  ];
  const problems = (quote: string, zh: string) => {
    const found: string[] = [];
    translatedFigureFormProblems([statistic(quote)], translated(zh) as never, [], (error) => found.push(error.message));
    return found;
  };

  it('is written as the Chinese pages write the statistic', () => {
    expect(problems('over 35,000 firms', '外资企业超过35,000家')).toEqual([]);
    expect(problems('外资企业超过3.5万家', '外资企业超过3.5万家')).toEqual([]);
  });

  it('is refused in another form, naming the translation file, the point and the form to write', () => {
    expect(problems('over 35,000 firms', '外资企业超过3.5万家')).toEqual([
      expect.stringMatching(
        /^src\/content\/source-translations\/doc\.yaml \(point g1-1\): the translation writes "3\.5万" where the statistic firms shows the same number as "35,000".*write "35,000"/s,
      ),
    ]);
    expect(problems('外资企业超过3.5万家', '外资企业超过35000家')).toHaveLength(1);
    expect(problems('over 35,000 firms', '外资企业超过三万五千家')).toHaveLength(1);
  });
});
