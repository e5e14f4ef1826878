/**
 * The places of a built page where a statistic's figure is shown as plain text: meta tags
 * (descriptions, Open Graph, the search metadata Pagefind shows with a result), JSON-LD strings,
 * Dataset JSON-LD, and the list items and table rows that show a `<Figure>`. Each is one
 * context: a figure found in it must carry, in the same context, the marks its own page shows.
 */
import * as cheerio from 'cheerio';
import { LANGUAGES, useTranslations, type Lang } from '../../src/i18n/index';
import { curatedEntries } from './content';

export interface FigureContext {
  where: string;
  text: string;
}

/** Every string in a JSON-LD block (names, descriptions, nested places). */
export function jsonLdStrings(block: string): string[] {
  const strings: string[] = [];
  JSON.stringify(JSON.parse(block), (_, value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    return value;
  });
  return strings;
}

/** The plain-text contexts of one built HTML page. */
export function pageContexts(html: string): FigureContext[] {
  const $ = cheerio.load(html);
  const contexts: FigureContext[] = [];
  $('meta[content]').each((_, element) => {
    const meta = $(element);
    contexts.push({ where: `meta[${meta.attr('name') ?? meta.attr('property')}]`, text: meta.attr('content') ?? '' });
  });
  // Structured data states a figure in a Dataset (an event's or place's summary is prose, checked with the prose).
  $('script[type="application/ld+json"]').each((_, element) => {
    const block = JSON.parse($(element).text()) as { '@type'?: string };
    if (block['@type'] !== 'Dataset') return;
    for (const text of jsonLdStrings($(element).text())) contexts.push({ where: 'json-ld', text });
  });
  // A figure in a list or a table row: the item is what a reader reads it with.
  $('li:has([data-figure]), tr:has([data-figure]), [data-indicator]').each((_, element) => {
    contexts.push({ where: 'list', text: $(element).text().replace(/\s+/g, ' ') });
  });
  return contexts;
}

/** How many times a text says a period is the site's reading (“the site’s reading”, or “site’s reading” alone). */
export function siteReadingCount(text: string, lang: Lang): number {
  const t = useTranslations(lang);
  const [long, short] = [t('period.basis.site'), t('figure.siteReading')];
  // The longer phrase may hold the shorter one (English): each occurrence counts once.
  const withoutLong = text.split(long);
  return withoutLong.length - 1 + withoutLong.join('\u0000').split(short).length - 1;
}

/**
 * An entry's summary (an event's, a place's) is prose: it states a figure in a sentence with its
 * context and is checked with the prose. A description that is such a summary (whole, or cut with
 * "…") is not a figure shown on its own.
 */
const summaries = LANGUAGES.flatMap((lang) =>
  [...curatedEntries('events'), ...curatedEntries('places')].map(({ data }) => data.summary[lang]),
);
export const isSummary = (text: string): boolean =>
  summaries.some((summary) => summary.startsWith(text.replace(/…$/, '')));
