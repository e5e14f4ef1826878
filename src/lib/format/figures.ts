import type { Lang } from '../../i18n/index';
import type { Indicator } from '../content/schemas';

/** The parts of an indicator's value as a page shows it: "over" · "35,000" · "enterprises". */
export interface FigureParts {
  qualifier: string;
  number: string;
  unit: string;
  /** The whole figure as one phrase, e.g. "over 35,000 enterprises" / "超过3.5万家". */
  text: string;
}

/**
 * Chinese groups large numbers by 万 (10,000): 35,000 reads naturally as 3.5万.
 * Below 10,000 Chinese text writes plain digits (8000), English groups by thousands.
 */
export function formatCount(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (value >= 10_000 && (value / 10_000) * 10 === Math.round((value / 10_000) * 10)) {
      return `${value / 10_000}万`;
    }
    return String(value);
  }
  return new Intl.NumberFormat('en-US').format(value);
}

const ENGLISH_ORDINAL_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
export function englishOrdinal(value: number): string {
  return `${value}${ENGLISH_ORDINAL_SUFFIX[new Intl.PluralRules('en-US', { type: 'ordinal' }).select(value)]}`;
}

const QUALIFIER_WORDS: Record<Lang, Record<Indicator['qualifier'], string>> = {
  zh: { 'as-stated': '', over: '超过', nearly: '接近', rank: '' },
  en: { 'as-stated': '', over: 'over', nearly: 'nearly', rank: '' },
};

/** Renders one registry value for one language; every figure on the site goes through here. */
export function figureParts(
  indicator: Pick<Indicator, 'value' | 'qualifier' | 'unit' | 'statedAs'>,
  lang: Lang,
): FigureParts {
  if (indicator.statedAs || indicator.value === undefined) {
    const text = indicator.statedAs?.[lang] ?? '';
    return { qualifier: '', number: text, unit: '', text };
  }
  if (indicator.qualifier === 'rank') {
    const number = lang === 'zh' ? `第${indicator.value}` : englishOrdinal(indicator.value);
    const unit = lang === 'zh' ? (indicator.unit?.zh ?? '') : '';
    return { qualifier: '', number, unit, text: number + unit };
  }
  const qualifier = QUALIFIER_WORDS[lang][indicator.qualifier];
  const number = formatCount(indicator.value, lang);
  const unit = indicator.unit?.[lang] ?? '';
  const attachUnit = lang === 'zh' || unit === '%' || unit === '×';
  const text = [qualifier, attachUnit || unit === '' ? number + unit : `${number} ${unit}`]
    .filter(Boolean)
    .join(lang === 'zh' ? '' : ' ');
  return { qualifier, number, unit, text };
}

/**
 * The level a "+N%" growth implies for the start: current ÷ (1 + N/100). The sources never
 * state it, so pages must label it as derived and show this formula.
 */
export function baselineFromGrowth(current: number, growthPercent: number): number {
  return current / (1 + growthPercent / 100);
}
