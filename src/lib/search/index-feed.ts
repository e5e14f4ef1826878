/**
 * Pages go to the search index as they are rendered, not after the whole site is written.
 *
 * `scripts/build.mjs` starts Pagefind's indexer (its own process) before the Astro build and
 * hands it over here in the same process; the middleware (src/middleware.ts) gives it each HTML
 * page Astro renders. Astro renders on one core, so Pagefind parses and indexes on the other
 * while rendering goes on, instead of reading every file again once the site is written.
 * Without a handover (`astro dev`, `astro build` run alone) nothing is fed, and the build script
 * is the only caller that writes an index.
 */

/** The part of Pagefind's Node API (1.6) the feed uses. */
export interface PagefindIndexer {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
}

const HANDOVER = Symbol.for('beijing-exchange-site.search-index-feed');

/** Where a page goes: the index of its search bundle (src/lib/search/bundles.ts), named. */
export interface FeedTarget {
  name: string;
  indexer: PagefindIndexer;
}

interface Feed {
  /** The index a page's URL goes to; none for pages no bundle holds (homes, About, search). */
  route: (url: string) => FeedTarget | undefined;
  /** Pages sent and not yet indexed: rendering waits when Pagefind falls this far behind. */
  inFlight: Set<Promise<void>>;
  /** Pages indexed, per bundle. */
  pages: Record<string, number>;
  errors: string[];
}

type GlobalWithFeed = typeof globalThis & { [HANDOVER]?: Feed };

/** Enough to keep the indexer busy without holding thousands of pages in memory. */
const MAX_IN_FLIGHT = 32;

/** Called by the build script before the Astro build. */
export function openSearchIndexFeed(route: (url: string) => FeedTarget | undefined): void {
  (globalThis as GlobalWithFeed)[HANDOVER] = { route, inFlight: new Set(), pages: {}, errors: [] };
}

/** Whether a build script is collecting pages for the search index. */
export function searchIndexFeedOpen(): boolean {
  return (globalThis as GlobalWithFeed)[HANDOVER] !== undefined;
}

/**
 * Sends one rendered page. `url` is the page's path under the site root without the base path,
 * as Pagefind would compute it from the written file (`/en/sources/x/`).
 */
export async function feedSearchIndex(url: string, content: string): Promise<void> {
  const feed = (globalThis as GlobalWithFeed)[HANDOVER];
  const target = feed?.route(url);
  if (!feed || !target) return;
  const sent = target.indexer.addHTMLFile({ url, content }).then(
    (response) => {
      feed.pages[target.name] = (feed.pages[target.name] ?? 0) + 1;
      for (const error of response.errors) feed.errors.push(`${url}: ${error}`);
    },
    (error: unknown) => void feed.errors.push(`${url}: ${error instanceof Error ? error.message : String(error)}`),
  );
  const tracked = sent.finally(() => feed.inFlight.delete(tracked));
  feed.inFlight.add(tracked);
  if (feed.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(feed.inFlight);
}

/** Waits for every page sent, closes the feed and says how many pages each bundle's index was sent. */
export async function closeSearchIndexFeed(): Promise<{ pages: Record<string, number>; errors: string[] }> {
  const feed = (globalThis as GlobalWithFeed)[HANDOVER];
  if (!feed) return { pages: {}, errors: ['No search index feed was opened.'] };
  await Promise.all(feed.inFlight);
  delete (globalThis as GlobalWithFeed)[HANDOVER];
  return { pages: feed.pages, errors: feed.errors };
}
