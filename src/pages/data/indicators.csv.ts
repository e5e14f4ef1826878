import type { APIRoute } from 'astro';
import { indicatorRow, toCsv } from '../../lib/format/indicator-table';
import { getKnowledge } from '../../registry';
import { reportDates } from '../../lib/format/provenance';

export const GET: APIRoute = async ({ site }) => {
  const { indicators, sourceBySlug } = await getKnowledge();
  const rows = indicators.map((entry) =>
    indicatorRow(entry.id, entry.data, site!.href, reportDates(entry.data.citations, sourceBySlug)),
  );
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
