import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls/urls';

/** Crawlers may read everything; the sitemap (under the base path) lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, sitePath('/sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
