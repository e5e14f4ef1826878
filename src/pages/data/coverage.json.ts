import type { APIRoute } from 'astro';
import { getCoverage } from '../../registry';

/**
 * Point coverage, published as data: every seed point is cited by an entry, listed as not
 * used with a reason, or pending (waiting for an editor). The validation stage
 * (src/lib/read/site-content.ts) enforces the rules; this route only publishes the result.
 */
export const GET: APIRoute = async () => {
  const { total, cited, listedUnused, pending } = await getCoverage();
  const body = { total, cited, listedUnused, pending };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
