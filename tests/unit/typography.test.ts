import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json';
import { chineseTypographyProblems, spacedPunctuationProblems } from '../../src/lib/checks/typography';
import { formatDateRange } from '../../src/lib/format/values';
import { quoted } from '../../src/i18n/index';

describe('chineseTypographyProblems', () => {
  it.each(['编者按: 本站所加', '下载全部数据 (CSV)', '“"北京服务"机场服务点”', '共 3 条.'])('flags %s', (text) => {
    expect(chineseTypographyProblems(text)).not.toEqual([]);
  });

  it.each([
    '编者按：本站所加',
    '下载全部数据（CSV）',
    '“‘北京服务’机场服务点”',
    '共 {count} 条',
    '找到 [COUNT] 个结果',
    '以“; ”分隔',
    '见 https://example.org/a,b 与 /zh/search/?q=x',
  ])('accepts %s', (text) => {
    expect(chineseTypographyProblems(text)).toEqual([]);
  });
});

describe('the Chinese dictionary', () => {
  it('uses full-width punctuation next to Chinese text in every string', () => {
    const problems = Object.entries(zh).flatMap(([key, text]) =>
      [...chineseTypographyProblems(String(text)), ...spacedPunctuationProblems(String(text))].map(
        (problem) => `${key}: ${problem.message} — ${problem.excerpt}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('formatDateRange', () => {
  it('writes a Chinese range of years with one 年 and an em dash', () => {
    expect(formatDateRange('2016', '2020', 'zh')).toBe('2016—2020年');
    expect(formatDateRange('2016-03', '2020', 'zh')).toBe('2016年3月—2020年');
    expect(formatDateRange('2016', '2020', 'en')).toBe('2016–2020');
    expect(formatDateRange('2016', undefined, 'zh')).toBe('2016年');
  });
});

describe('spaces beside full-width punctuation', () => {
  it('finds a space after a colon or comma and before a closing mark, not elsewhere', () => {
    expect(spacedPunctuationProblems('来源文档集的主题： 国际交往中心').length).toBe(1);
    expect(spacedPunctuationProblems('北京 。').length).toBe(1);
    expect(spacedPunctuationProblems('据报道（2025年10月16日） （来源未说明时期）').length).toBe(1);
    expect(spacedPunctuationProblems('2025年10月 （1）').length).toBe(1);
    expect(spacedPunctuationProblems('最后更新：2026年11月28日 · 网站版本').length).toBe(0);
  });
});

describe('quoted', () => {
  it.each([
    ['has increased to 12', '“has increased to 12”'],
    ['"second Sanlitun"', '“‘second Sanlitun’”'],
    ['a "second Sanlitun" scene and "Beijing Service"', '“a ‘second Sanlitun’ scene and ‘Beijing Service’”'],
    ['打造“第二个三里屯”', '“打造‘第二个三里屯’”'],
    ["the city's plan", "“the city's plan”"],
  ])('quotes %s as %s', (text, expected) => {
    expect(quoted(text)).toBe(expected);
  });
});
