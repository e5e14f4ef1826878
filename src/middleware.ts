/**
 * Build-time only: each HTML page Astro renders also goes to the search indexer the build script
 * opened (src/lib/search/index-feed.ts). Nothing else passes through here.
 */
import { defineMiddleware } from 'astro:middleware';
import { feedSearchIndex, searchIndexFeedOpen } from './lib/search/index-feed';

const BASE = import.meta.env.BASE_URL;

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!searchIndexFeedOpen() || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  // Pagefind's URLs are relative to the output folder, which holds the site without its base path.
  const path = context.url.pathname.startsWith(BASE)
    ? `/${context.url.pathname.slice(BASE.length)}`
    : context.url.pathname;
  await feedSearchIndex(path, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
