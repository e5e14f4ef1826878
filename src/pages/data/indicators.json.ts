import type { APIRoute } from 'astro';
import { indicatorRow } from '../../lib/format/indicator-table';
import { getKnowledge } from '../../registry';
import { reportDates } from '../../lib/format/provenance';

/** The same rows as the CSV, plus each citation's verbatim quote. */
export const GET: APIRoute = async ({ site }) => {
  const { indicators, sourceBySlug } = await getKnowledge();
  const body = indicators.map((entry) => ({
    ...indicatorRow(entry.id, entry.data, site!.href, reportDates(entry.data.citations, sourceBySlug)),
    citations: entry.data.citations,
  }));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
