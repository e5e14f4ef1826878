/**
 * How a claim's provenance reads, in one place: the period beside a figure, the date of an
 * event, the status of a name. The pages, the data files (CSV/JSON), the RSS feeds and JSON-LD
 * all call these, so none of them can state more than the others (or than the source).
 */
import { phraseMatcher } from '../text/phrases';
import { byLang, comma, inParentheses, quoted, useTranslations, withColon, type Lang } from '../../i18n/index';
import type { Citation, DateBasis, Indicator, IndicatorPeriod, TimelineEvent } from '../content/schemas';
import { figureParts } from './figures';
import { formatDateRange, formatPartialDate } from './values';

/** A basis with the source's own words: “来源原文：“…”” / “stated by the source: “…””. */
export function withQuote(basis: string, quote: string, lang: Lang): string {
  return withColon(basis, lang) + quoted(quote);
}

export interface ProvenanceText {
  /** What is shown beside the figure or as the date: "as of the report of 16 October 2025". */
  text: string;
  /** Where it comes from, in a short phrase a reader can trust: "stated by the source". */
  basis: string;
}

const PERIOD_BASIS = byLang((t): Record<IndicatorPeriod['basis'], string> => ({
  stated: t('period.basis.stated'),
  site: t('period.basis.site'),
  'as-of-report': t('period.basis.asOfReport'),
  'not-stated': t('period.basis.notStated'),
}));

/** The publication dates of the documents some citations rest on (undated ones left out). */
export function reportDates(
  citations: readonly Citation[],
  sourceBySlug: ReadonlyMap<string, { published: string | null }>,
): string[] {
  const dates = citations.map((citation) => sourceBySlug.get(citation.source)?.published ?? null);
  return [...new Set(dates.filter((date): date is string => date !== null))].sort();
}

/** The latest date of the documents a statistic cites: the month its list files it under. */
export function latestReportDate(
  citations: readonly Citation[],
  sourceBySlug: ReadonlyMap<string, { published: string | null }>,
): string | null {
  return reportDates(citations, sourceBySlug).at(-1) ?? null;
}

/** A list in the page's language: "16 October 2025" / "16 October 2025 and 1 May 2026". */
function listOf(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { type: 'conjunction' }).format(items);
}

/** The dates of the reports a figure is "as of", in the page's language. */
function reportWhen(dates: readonly string[], lang: Lang): string {
  return listOf(
    dates.map((date) => formatPartialDate(date, lang)),
    lang,
  );
}

/**
 * The period beside a figure. `stated` and `site` periods are the entry's words; a figure the
 * source gives no period for reads "as of the report of (date)" when its document is dated, else
 * "not stated": never a plan period the source does not state.
 */
export function periodText(period: IndicatorPeriod, dates: readonly string[], lang: Lang): ProvenanceText {
  const basis = PERIOD_BASIS[lang][period.basis];
  if (period.basis === 'stated' || period.basis === 'site') {
    const text = period.text?.[lang] ?? '';
    if (period.basis === 'stated' && period.quote) {
      return { text, basis: withQuote(basis, period.quote, lang) };
    }
    return { text, basis };
  }
  if (period.basis === 'as-of-report' && dates.length > 0) {
    return { text: useTranslations(lang)('period.asOfReport', { when: reportWhen(dates, lang) }), basis };
  }
  return { text: useTranslations(lang)('period.notStated'), basis: PERIOD_BASIS[lang]['not-stated'] };
}

/**
 * The period as every place that shows a figure without its basis shows it (tables, cards,
 * charts, data files, descriptions, structured data): its text with the marks it carries on the
 * statistic's own page, names the site identified or translated, and "the site's reading" for a
 * period the site reads. One formatter, so a mark never stays behind on one page.
 */
export function periodShown(
  period: IndicatorPeriod,
  dates: readonly string[],
  lang: Lang,
  names: readonly MarkedName[],
): string {
  const text = withNameMarks(periodText(period, dates, lang).text, names, lang);
  return period.basis === 'site' ? text + inParentheses(useTranslations(lang)('figure.siteReading'), lang) : text;
}

/**
 * A statistic's title as its citations and structured data give it: with the period its figure
 * holds for, from the same texts as the period beside the figure, and with its mark where the
 * date is the report's rather than stated, or the period the site's reading: “在京国际组织（截至
 * 2025年10月16日，报道的发布日期）” / “International organizations in Beijing (as of 16 October
 * 2025, the report’s publication date)”. A figure with no period, or a title naming its stated
 * period already, keeps its title alone. Names are left unmarked: each output marks them in the
 * whole title, as it does in titles.
 */
export function titleWithPeriod(title: string, period: IndicatorPeriod, dates: readonly string[], lang: Lang): string {
  const t = useTranslations(lang);
  let phrase: string | undefined;
  if (period.basis === 'as-of-report' && dates.length > 0) {
    phrase = t('period.asOfDate', { when: reportWhen(dates, lang) }) + comma(lang) + t('date.basis.reportDate');
  } else if (period.basis === 'stated' && period.text && !title.includes(period.text[lang])) {
    // A title that names its period already (“… Index 2025”) is not given it twice.
    phrase = period.text[lang];
  } else if (period.basis === 'site' && period.text) {
    phrase = period.text[lang] + comma(lang) + PERIOD_BASIS[lang].site;
  }
  return phrase ? title + inParentheses(phrase, lang) : title;
}

/**
 * A figure where it stands without its page's period row (search results, related lists): its
 * value, then its period with the marks its page gives it: "15 events, 14th Five-Year Plan period
 * (site’s reading)" / "15场，“十四五”时期（本站解读）".
 */
export function figureShown(
  indicator: Pick<Indicator, 'value' | 'qualifier' | 'unit' | 'statedAs' | 'citations' | 'period'>,
  dates: readonly string[],
  lang: Lang,
  names: readonly MarkedName[],
): string {
  return `${figureParts(indicator, lang).text}${comma(lang)}${periodShown(indicator.period, dates, lang, names)}`;
}

const DATE_BASIS = byLang((t): Record<DateBasis, string> => ({
  stated: t('date.basis.stated'),
  deadline: t('date.basis.deadline'),
  'from-name': t('date.basis.fromName'),
  'report-date': t('date.basis.reportDate'),
  site: t('date.basis.site'),
}));

const PRECISION = byLang((t): Record<'year' | 'month' | 'day', string> => ({
  year: t('date.precision.year'),
  month: t('date.precision.month'),
  day: t('date.precision.day'),
}));

export function datePrecision(isoDate: string): 'year' | 'month' | 'day' {
  return (['year', 'month', 'day'] as const)[isoDate.split('-').length - 1];
}

export interface EventDateText extends ProvenanceText {
  /** The source's words for the date, when it gives them. */
  quote?: string;
  /** The words `text` puts before and after the date itself (a deadline's). */
  before: string;
  after: string;
}

/**
 * An event's date as every output states it: a deadline reads "by March 2025" / "2025年3月前",
 * a range "2021–2025", and the basis says where the date comes from (and, when the source
 * states it, to what precision). No output states more precision than `date` holds.
 */
export function eventDateText(
  data: Pick<TimelineEvent, 'date' | 'endDate' | 'dateBasis' | 'dateQuote'>,
  lang: Lang,
): EventDateText {
  const range = formatDateRange(data.date, data.endDate, lang);
  // A deadline's words around the date: pages put them around the date's <time> elements.
  const [before, after = ''] =
    data.dateBasis === 'deadline' ? useTranslations(lang)('date.deadline').split('{date}') : ['', ''];
  const text = `${before}${range}${after}`;
  let basis = DATE_BASIS[lang][data.dateBasis];
  if (data.dateBasis === 'stated') basis += `${comma(lang)}${PRECISION[lang][datePrecision(data.date)]}`;
  if (data.dateQuote) basis = withQuote(basis, data.dateQuote, lang);
  return { text, basis, quote: data.dateQuote, before, after };
}

/** Whether a date may be given to machines (JSON-LD startDate) as the event's date. */
export function isSourceDate(basis: DateBasis): boolean {
  return basis === 'stated' || basis === 'report-date';
}

export type NameStatus = 'certain' | 'identified' | 'translated';

/** The words that mark a name the site identified or translated, in the page's language. */
export const NAME_MARK = byLang((t): Record<Exclude<NameStatus, 'certain'>, string> => ({
  identified: t('name.mark.identified'),
  translated: t('name.mark.translated'),
}));

/** The mark as plain text after a name, for <title>, citations, feeds and JSON-LD. */
export function nameMarkText(status: Exclude<NameStatus, 'certain'>, lang: Lang): string {
  return inParentheses(NAME_MARK[lang][status], lang);
}

/** A name the site identified or translated, as it is written (certain names need no mark). */
export interface MarkedName {
  text: string;
  status: Exclude<NameStatus, 'certain'>;
}

/**
 * Non-certain names from places and glossary terms: the Chinese name, and, for a thing the site
 * identified, the English one too where it is not the source's own wording (such a place is
 * titled by the name the site identified in both languages; a translated name's English is the
 * source's). A name written the same in both languages (BEIJING
 * PASS) is the source's own.
 */
export function markedNames(
  entries: readonly { title: { zh: string; en: string }; status: NameStatus; sourceWording?: string }[],
): MarkedName[] {
  const names = new Map<string, MarkedName>();
  // The name without its title marks (《…》, “…”) is what appears inside longer titles.
  const add = (name: string, status: MarkedName['status']) => {
    const bare = name.replace(/^[《“]|[》”]$/g, '');
    names.set(bare, { text: bare, status });
  };
  for (const { title, status, sourceWording } of entries) {
    if (status === 'certain' || title.zh === title.en) continue;
    add(title.zh, status);
    // Identified: the thing is the site's judgement, so its English name is too, unless the source's.
    if (status === 'identified' && sourceWording !== undefined && title.en !== sourceWording) add(title.en, status);
  }
  return [...names.values()].sort((a, b) => b.text.length - a.text.length);
}

/** The marked names of the curated places and glossary terms: what every output marks. */
export function markedNamesOf(entries: {
  places: readonly { data: { title: { zh: string; en: string }; nameStatus: NameStatus; sourceWording?: string } }[];
  glossary: readonly { data: { title: { zh: string; en: string }; status: NameStatus; sourceWording: string } }[];
}): MarkedName[] {
  return markedNames([
    ...entries.places.map(({ data }) => ({
      title: data.title,
      status: data.nameStatus,
      sourceWording: data.sourceWording,
    })),
    ...entries.glossary.map(({ data }) => ({
      title: data.title,
      status: data.status,
      sourceWording: data.sourceWording,
    })),
  ]);
}

export interface NameSegment {
  text: string;
  name?: MarkedName;
}

const namesByPhrase = new WeakMap<readonly MarkedName[], { phrases: string[]; byPhrase: Map<string, MarkedName> }>();

/** Splits a text into plain runs and the non-certain names in it (longest name first). */
export function splitNames(text: string, names: readonly MarkedName[]): NameSegment[] {
  if (names.length === 0) return [{ text }];
  let lookup = namesByPhrase.get(names);
  if (!lookup) {
    lookup = { phrases: names.map((name) => name.text), byPhrase: new Map(names.map((name) => [name.text, name])) };
    namesByPhrase.set(names, lookup);
  }
  const segments: NameSegment[] = [];
  let last = 0;
  for (const match of phraseMatcher(lookup.phrases).find(text)) {
    // A match inside the closing mark kept with the previous name is skipped.
    if (match.start < last) continue;
    if (match.start > last) segments.push({ text: text.slice(last, match.start) });
    let end = match.end;
    // Keep a closing title mark with its name, so the mark follows 《…》 rather than splitting it.
    if (/^[》”]/.test(text.slice(end))) end += 1;
    segments.push({ text: text.slice(match.start, end), name: lookup.byPhrase.get(match.phrase) });
    last = end;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** A text with every non-certain name followed by its mark, for places that take plain text. */
export function withNameMarks(text: string, names: readonly MarkedName[], lang: Lang): string {
  return splitNames(text, names)
    .map((segment) => (segment.name ? segment.text + nameMarkText(segment.name.status, lang) : segment.text))
    .join('');
}
