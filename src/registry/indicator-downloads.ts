/**
 * The statistics downloads: /data/indicators.{csv,json} with every figure and
 * /data/indicators/<id>.{csv,json} with one. All four read their rows here, so a column or a
 * citation field is added once.
 */
import type { GetStaticPaths } from 'astro';
import { indicatorRow, toCsv, type IndicatorRow } from '../lib/page/indicator-table';
import { reportDates } from '../lib/format/provenance';
import type { Citation } from '../lib/content/schemas';
import { getKnowledge } from './';
import { withCacheKeys } from './cache-keys';

/** A row of the CSV; the JSON adds each citation's verbatim quote. */
export interface IndicatorRecord extends IndicatorRow {
  citations: Citation[];
}

/** Every statistic's record, or the one with `id`. */
export async function indicatorRecords(origin: string, id?: string): Promise<IndicatorRecord[]> {
  const knowledge = await getKnowledge();
  // Only what is used is read: one statistic's file depends on it alone, not on every statistic.
  const entries = id === undefined ? knowledge.entries.indicators : [knowledge.entryById.indicators.get(id)!];
  const { sourceBySlug, markedNames } = knowledge;
  return entries.map((entry) => ({
    ...indicatorRow(entry.id, entry.data, origin, reportDates(entry.data.citations, sourceBySlug), markedNames),
    citations: entry.data.citations,
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
