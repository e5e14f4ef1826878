// One statistic as CSV: the header and its row of /data/indicators.csv.
import type { APIRoute } from 'astro';
import { csvResponse, indicatorPaths, indicatorRecords } from '../../../registry/indicator-downloads';

export const getStaticPaths = indicatorPaths;
export const GET: APIRoute = async ({ params, site }) => csvResponse(await indicatorRecords(site!.href, params.id));
