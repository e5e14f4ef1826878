/**
 * Records what each page reads while a build renders it (src/lib/incremental/reads.ts), for the
 * next build's cache keys (src/registry/cache-keys.ts). It does not change any page: Astro does
 * not see middleware changes when it reuses pages, so middleware must never shape the output.
 */
import { resolve } from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { appendLines, CACHE_DIR, pageKey, readsFiles } from './lib/incremental/page-reads-file';
import { cacheKeyOf, recordingReads } from './lib/incremental/reads';

/** Where rendered pages' reads go (the build runs from the project's root). */
const renderedRecord = readsFiles(resolve(CACHE_DIR)).rendered;

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV || !context.isPrerendered) return next();
  // The whole body is read inside the record: a page streams, and reads as it streams.
  const [response, reads] = await recordingReads(async () => {
    const rendered = await next();
    const body = await rendered.arrayBuffer();
    return new Response(body, { status: rendered.status, statusText: rendered.statusText, headers: rendered.headers });
  });
  appendLines(renderedRecord, [
    {
      page: pageKey(context.routePattern, context.params),
      pathname: context.url.pathname,
      reads: [...reads.keys()].sort(),
      // The key the next build will give the page if nothing it read changes.
      cacheKey: cacheKeyOf(context.props, reads),
    },
  ]);
  return response;
});
