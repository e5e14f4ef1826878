// One statistic as JSON: its object of /data/indicators.json.
import type { APIRoute } from 'astro';
import { indicatorPaths, indicatorRecords, jsonResponse } from '../../../registry/indicator-downloads';

export const getStaticPaths = indicatorPaths;
export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse((await indicatorRecords(site!.href, params.id))[0]);
