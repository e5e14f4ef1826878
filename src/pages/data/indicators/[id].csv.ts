// One statistic as CSV: the header and its row of /data/indicators.csv.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRow, toCsv } from '../../../lib/format/indicator-table';
import { reportDates } from '../../../lib/format/provenance';
import { getKnowledge } from '../../../registry';

export const getStaticPaths: GetStaticPaths = async () => {
  const { indicators } = await getKnowledge();
  return indicators.map((entry) => ({ params: { id: entry.id } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { indicatorById, sourceBySlug } = await getKnowledge();
  const entry = indicatorById.get(params.id!)!;
  const row = indicatorRow(entry.id, entry.data, site!.href, reportDates(entry.data.citations, sourceBySlug));
  return new Response(toCsv([row]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
