/**
 * How a claim's provenance reads, in one place: the period beside a figure, the date of an
 * event, the status of a name. The pages, the data files (CSV/JSON), the RSS feeds and JSON-LD
 * all call these, so none of them can state more than the others (or than the source).
 */
import { phraseMatcher } from '../text/phrases';
import type { Lang } from '../../i18n/index';
import type { Citation, DateBasis, IndicatorPeriod, TimelineEvent } from '../content/schemas';
import { formatDateRange, formatPartialDate } from './values';

export interface ProvenanceText {
  /** What is shown beside the figure or as the date: "as of the report (16 October 2025)". */
  text: string;
  /** Where it comes from, in a short phrase a reader can trust: "stated by the source". */
  basis: string;
}

const PERIOD_BASIS: Record<Lang, Record<IndicatorPeriod['basis'], string>> = {
  zh: {
    stated: '来源原文',
    site: '本站的解读',
    'as-of-report': '来源未说明时期，日期为报道日期',
    'not-stated': '来源未说明时期',
  },
  en: {
    stated: 'stated by the source',
    site: 'the site’s reading',
    'as-of-report': 'no period stated; the date is the report’s',
    'not-stated': 'the source states no period',
  },
};

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

/**
 * The period beside a figure. `stated` and `site` periods are the entry's words; a figure the
 * source gives no period for reads "as of the report (date)" when its document is dated, else
 * "not stated": never a plan period the source does not state.
 */
export function periodText(period: IndicatorPeriod, dates: readonly string[], lang: Lang): ProvenanceText {
  const basis = PERIOD_BASIS[lang][period.basis];
  if (period.basis === 'stated' || period.basis === 'site') {
    const text = period.text?.[lang] ?? '';
    if (period.basis === 'stated' && period.quote) {
      return { text, basis: lang === 'zh' ? `${basis}：“${period.quote}”` : `${basis}: “${period.quote}”` };
    }
    return { text, basis };
  }
  if (period.basis === 'as-of-report' && dates.length > 0) {
    const when = listOf(
      dates.map((date) => formatPartialDate(date, lang)),
      lang,
    );
    return { text: lang === 'zh' ? `据报道（${when}）` : `as of the report (${when})`, basis };
  }
  return { text: lang === 'zh' ? '未说明' : 'not stated', basis: PERIOD_BASIS[lang]['not-stated'] };
}

const DATE_BASIS: Record<Lang, Record<DateBasis, string>> = {
  zh: {
    stated: '来源写明的日期',
    deadline: '来源所述期限，时态不明',
    'from-name': '年份取自名称',
    'report-date': '报道的发布日期',
    site: '年份由本站补充，来源未写明',
  },
  en: {
    stated: 'date stated by the source',
    deadline: 'a deadline the source states; tense unclear',
    'from-name': 'year read from a name in the source',
    'report-date': 'the report’s publication date',
    site: 'years added by the site; the sources give none',
  },
};

const PRECISION: Record<Lang, Record<'year' | 'month' | 'day', string>> = {
  zh: { year: '精确到年', month: '精确到月', day: '精确到日' },
  en: { year: 'to the year', month: 'to the month', day: 'to the day' },
};

export function datePrecision(isoDate: string): 'year' | 'month' | 'day' {
  return (['year', 'month', 'day'] as const)[isoDate.split('-').length - 1];
}

/**
 * An event's date as every output states it: a deadline reads "by March 2025" / "2025年3月前",
 * a range "2021–2025", and the basis says where the date comes from (and, when the source
 * states it, to what precision). No output states more precision than `date` holds.
 */
export function eventDateText(
  data: Pick<TimelineEvent, 'date' | 'endDate' | 'dateBasis' | 'dateQuote'>,
  lang: Lang,
): ProvenanceText & { quote?: string } {
  const range = formatDateRange(data.date, data.endDate, lang);
  const text = data.dateBasis === 'deadline' ? (lang === 'zh' ? `${range}前` : `by ${range}`) : range;
  let basis = DATE_BASIS[lang][data.dateBasis];
  if (data.dateBasis === 'stated')
    basis +=
      lang === 'zh' ? `，${PRECISION.zh[datePrecision(data.date)]}` : `, ${PRECISION.en[datePrecision(data.date)]}`;
  if (data.dateQuote) basis += lang === 'zh' ? `：“${data.dateQuote}”` : `: “${data.dateQuote}”`;
  return { text, basis, quote: data.dateQuote };
}

/** Whether a date may be given to machines (JSON-LD startDate) as the event's date. */
export function isSourceDate(basis: DateBasis): boolean {
  return basis === 'stated' || basis === 'report-date';
}

export type NameStatus = 'certain' | 'identified' | 'translated';

/** The words that mark a name the site identified or translated, in the page's language. */
export const NAME_MARK: Record<Lang, Record<Exclude<NameStatus, 'certain'>, string>> = {
  zh: { identified: '本站识别', translated: '本站译名' },
  en: { identified: 'site’s identification', translated: 'site’s translation' },
};

/** The mark as plain text after a name, for <title>, citations, feeds and JSON-LD. */
export function nameMarkText(status: Exclude<NameStatus, 'certain'>, lang: Lang): string {
  return lang === 'zh' ? `（${NAME_MARK.zh[status]}）` : ` (${NAME_MARK.en[status]})`;
}

/** A name whose Chinese form the site identified or translated (certain names need no mark). */
export interface MarkedName {
  zh: string;
  status: Exclude<NameStatus, 'certain'>;
}

/** Non-certain names from places and glossary terms; a name written the same in both languages (BEIJING PASS) is the source's own. */
export function markedNames(
  entries: readonly { title: { zh: string; en: string }; status: NameStatus }[],
): MarkedName[] {
  const names = new Map<string, MarkedName>();
  for (const { title, status } of entries) {
    if (status === 'certain' || title.zh === title.en) continue;
    // The name without its title marks (《…》, “…”) is what appears inside longer titles.
    const bare = title.zh.replace(/^[《“]|[》”]$/g, '');
    names.set(bare, { zh: bare, status });
  }
  return [...names.values()].sort((a, b) => b.zh.length - a.zh.length);
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
    lookup = { phrases: names.map((name) => name.zh), byPhrase: new Map(names.map((name) => [name.zh, name])) };
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
