// One statistic as JSON: its object of /data/indicators.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRow } from '../../../lib/format/indicator-table';
import { reportDates } from '../../../lib/format/provenance';
import { getKnowledge } from '../../../registry';

export const getStaticPaths: GetStaticPaths = async () => {
  const { indicators } = await getKnowledge();
  return indicators.map((entry) => ({ params: { id: entry.id } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const { indicatorById, sourceBySlug } = await getKnowledge();
  const entry = indicatorById.get(params.id!)!;
  const body = {
    ...indicatorRow(entry.id, entry.data, site!.href, reportDates(entry.data.citations, sourceBySlug)),
    citations: entry.data.citations,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
