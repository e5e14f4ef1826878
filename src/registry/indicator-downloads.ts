/**
 * The statistics downloads: /data/indicators.{csv,json} with every figure and
 * /data/indicators/<id>.{csv,json} with one. All four read their rows here, so a column or a
 * citation field is added once.
 */
import type { GetStaticPaths } from 'astro';
import { indicatorRow, toCsv, type IndicatorRow } from '../lib/page/indicator-table';
import { reportDates } from '../lib/format/provenance';
import type { Citation, SourceEntry } from '../lib/content/schemas';
import { absoluteUrl, entryUrl } from '../lib/urls/urls';
import { getKnowledge } from './';
import { withCacheKeys } from './cache-keys';

/** A citation in the JSON: the quote, and its document's outlet, date and page as the CSV gives them. */
export interface CitationRecord extends Citation {
  outlet: { zh: string; en: string } | null;
  published: string | null;
  sourceUrl: string;
}

/** A row of the CSV; the JSON adds each citation's verbatim quote and its document's facts. */
export interface IndicatorRecord extends IndicatorRow {
  citations: CitationRecord[];
}

function sourceFacts(source: SourceEntry, origin: string): Omit<CitationRecord, keyof Citation> {
  return {
    outlet: source.outlet,
    published: source.published,
    sourceUrl: absoluteUrl(origin, entryUrl('en', 'sources', source.slug)),
  };
}

/** Every statistic's record, or the one with `id`. */
export async function indicatorRecords(origin: string, id?: string): Promise<IndicatorRecord[]> {
  const knowledge = await getKnowledge();
  // Only what is used is read: one statistic's file depends on it alone, not on every statistic.
  const entries = id === undefined ? knowledge.entries.indicators : [knowledge.entryById.indicators.get(id)!];
  const { sourceBySlug, markedNames } = knowledge;
  return entries.map((entry) => ({
    ...indicatorRow(
      entry.id,
      entry.data,
      origin,
      reportDates(entry.data.citations, sourceBySlug),
      markedNames,
      sourceBySlug,
    ),
    citations: entry.data.citations.map((citation) => ({
      ...citation,
      ...sourceFacts(sourceBySlug.get(citation.source)!, origin),
    })),
  }));
}

/** One download per statistic: `/data/indicators/<id>.csv` and `.json`. */
export const indicatorPaths: GetStaticPaths = async ({ routePattern }) =>
  withCacheKeys(
    routePattern,
    (await getKnowledge()).entries.indicators.map((entry) => ({ params: { id: entry.id } })),
  );

export function csvResponse(records: IndicatorRecord[]): Response {
  const rows = records.map(({ citations: _citations, ...row }) => row);
  // A byte-order mark first: spreadsheet programs (Excel on a Chinese Windows among them) read the
  // file as UTF-8 only when it opens with one.
  return new Response(`\uFEFF${toCsv(rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
}
