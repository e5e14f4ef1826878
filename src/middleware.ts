/**
 * Two steps run around every page's render:
 *
 * 1. `pageLanguage` gives the page its language and dictionary (`Astro.locals.lang`, `.t`), so
 *    components read them instead of being handed them. What it sets is computed by
 *    `pageLocals` in src/i18n/index.ts, a module every page imports: Astro's incremental build
 *    hashes a page's module graph, not the middleware, so the rule lives where a change to it
 *    renders the pages again. This file only wires it.
 * 2. `recordPageReads` records what each page reads while a build renders it
 *    (src/lib/incremental/reads.ts), for the next build's cache keys (src/registry/cache-keys.ts).
 *    It does not change any page.
 */
import { resolve } from 'node:path';
import { defineMiddleware, sequence } from 'astro:middleware';
import { pageLocals } from './i18n/index';
import { appendLines, CACHE_DIR, pageKey, readsFiles } from './lib/incremental/page-reads-file';
import { cacheKeyOf, recordingReads } from './lib/incremental/reads';
import { localizedPath } from './lib/urls/urls';
import { devContentProblems } from './registry';

/** Where rendered pages' reads go (the build runs from the project's root). */
const renderedRecord = readsFiles(resolve(CACHE_DIR)).rendered;

const pageLanguage = defineMiddleware((context, next) => {
  Object.assign(context.locals, pageLocals(context.params, context.url.pathname, import.meta.env.BASE_URL));
  return next();
});

const recordPageReads = defineMiddleware(async (context, next) => {
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

/**
 * 3. In `npm run dev` only: a page that fails to render or is not found while the content has
 *    problems (an entry that failed its checks, a link to it) sends the editor to the problems
 *    page, which lists them in the build's words, instead of a stack trace or a 404.
 */
const problemsInsteadOfCrash = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV) return next();
  const problemsPage = localizedPath(context.locals.lang ?? 'en', 'problems');
  const toProblems = () => devContentProblems().length > 0 && context.url.pathname !== problemsPage;
  try {
    const response = await next();
    // An entry that failed its checks has no page: its URL says where the problems are.
    return response.status === 404 && toProblems() ? context.redirect(problemsPage, 307) : response;
  } catch (error) {
    if (!toProblems()) throw error;
    return context.redirect(problemsPage, 307);
  }
});

export const onRequest = sequence(pageLanguage, problemsInsteadOfCrash, recordPageReads);
