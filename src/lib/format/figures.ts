import type { Lang } from '../../i18n/index';
import type { Indicator } from '../content/schemas';
import { figuresIn } from '../text/figures';

/** The parts of an indicator's value as a page shows it: "over" · "35,000" · "enterprises". */
export interface FigureParts {
  qualifier: string;
  number: string;
  unit: string;
  /** The whole figure as one phrase, e.g. "over 35,000 enterprises" / "超过35,000家" (see formatCount). */
  text: string;
}

/** The unit a source writes a large number in, when it does (3.5万, 1.2亿). */
export type SourceMultiplier = '万' | '亿';
const MULTIPLIERS: Record<SourceMultiplier, number> = { 万: 10_000, 亿: 100_000_000 };

// Making an Intl formatter costs far more than using one: one per locale, reused.
const grouping: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }),
};
// The number before a 万 or 亿 is short and written ungrouped, as sources write it (1.2亿, 3.5万).
const beforeMultiplier = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4, useGrouping: false });

/**
 * A number as the site writes it, one rule per language, wherever it is shown (pages, meta and
 * Open Graph descriptions, JSON-LD, search metadata, charts, the data files' figure columns):
 * - Chinese keeps the source's own 万/亿 form where the source writes the number so (3.5万), and
 *   otherwise groups digits by thousands (35,000; 8,000), as the source's own digits and the
 *   site's translation of its points beside the figure do.
 * - English groups digits by thousands (35,000), never "35 thousand": the sources write digits,
 *   and the figure then reads as the quote beside it does. A source's 万/亿 is converted.
 */
export function formatCount(value: number, lang: Lang, sourceForm?: SourceMultiplier): string {
  if (lang === 'zh' && sourceForm) {
    const shown = beforeMultiplier.format(value / MULTIPLIERS[sourceForm]);
    // Only where that is exact to four decimals, as a source writes it (3.5万, 1.2345亿).
    if (Math.round(Number(shown) * MULTIPLIERS[sourceForm]) === value) return shown + sourceForm;
  }
  return grouping[lang].format(value);
}

const sourceForms = new WeakMap<readonly { quote: string }[], SourceMultiplier | null>();

/**
 * The 万/亿 a statistic's quotes write its value with, if any (read by src/lib/text/figures.ts,
 * like every other figure in text): a Chinese page then shows the value in that form.
 */
export function sourceMultiplier(indicator: Pick<Indicator, 'value' | 'citations'>): SourceMultiplier | undefined {
  let form = sourceForms.get(indicator.citations);
  if (form === undefined) {
    const written = indicator.citations
      .flatMap((citation) => figuresIn(citation.quote))
      .filter((figure) => figure.value === indicator.value)
      .map((figure) => /[万亿]/.exec(figure.written)?.[0] as SourceMultiplier | undefined);
    form = written.find((multiplier) => multiplier !== undefined) ?? null;
    sourceForms.set(indicator.citations, form);
  }
  return form ?? undefined;
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
  indicator: Pick<Indicator, 'value' | 'qualifier' | 'unit' | 'statedAs' | 'citations'>,
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
  const number = formatCount(indicator.value, lang, sourceMultiplier(indicator));
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
