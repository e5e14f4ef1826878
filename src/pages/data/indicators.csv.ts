// Every statistic as CSV, one row each.
import type { APIRoute } from 'astro';
import { csvResponse, indicatorRecords } from '../../registry/indicator-downloads';

export const GET: APIRoute = async ({ site }) => csvResponse(await indicatorRecords(site!.href));
