import type { Lang } from '../../i18n/index';

// Making an Intl formatter costs far more than using one: one per precision, reused. Numbers
// are formatted in one place, formatCount (./figures.ts).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formats a date at the precision it is known to: 2025 / 2025-03 / 2025-10-16. */
export function formatPartialDate(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (lang === 'zh') {
    return `${year}年` + (month ? `${month}月` : '') + (day ? `${day}日` : '');
  }
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const precision = day ? 'day' : month ? 'month' : 'year';
  let format = dateFormats.get(precision);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    dateFormats.set(precision, (format = new Intl.DateTimeFormat('en-GB', options)));
  }
  return format.format(date);
}

/** The label of a list group of a month or year (`2025-03` → March 2025), or `undated` for any other key. */
export function periodLabel(key: string, lang: Lang, undated: string): string {
  return /^\d{4}(-\d{2})?$/.test(key) ? formatPartialDate(key, lang) : undated;
}

/**
 * A period as its two ends and the dash between them. Chinese writes a range of whole years
 * with one 年 and an em dash ("2016—2020年"), other ranges with the em dash between full dates;
 * English uses an en dash. The ends stay separate so each can sit in its own <time>.
 */
export function formatDateRangeParts(
  start: string,
  end: string,
  lang: Lang,
): { start: string; dash: string; end: string } {
  if (lang === 'zh') {
    const yearsOnly = !start.includes('-') && !end.includes('-');
    return { start: yearsOnly ? start : formatPartialDate(start, lang), dash: '—', end: formatPartialDate(end, lang) };
  }
  return { start: formatPartialDate(start, lang), dash: '–', end: formatPartialDate(end, lang) };
}

/** A date, or a period when `end` is given, as one string (see formatDateRangeParts). */
export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end) return formatPartialDate(start, lang);
  const parts = formatDateRangeParts(start, end, lang);
  return parts.start + parts.dash + parts.end;
}
