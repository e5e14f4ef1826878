// The same rows as the CSV, plus each citation's verbatim quote.
import type { APIRoute } from 'astro';
import { indicatorRecords, jsonResponse } from '../../registry/indicator-downloads';

export const GET: APIRoute = async ({ site }) => jsonResponse(await indicatorRecords(site!.href));
