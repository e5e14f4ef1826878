/**
 * The search index is written as two Pagefind bundles, searched one after the other. Pagefind
 * loads a bundle's page list (one entry per indexed page) before its first search, so a single
 * index of every page makes the first search grow with the number of source documents. The
 * curated entries (statistics, places, events, terms: about a tenth of the pages) are the first
 * bundle: their results are shown at once. The source documents' full text is the second: its
 * results follow. Runs in the browser: keep it small.
 *
 * The later bundles are merged into the first one's Pagefind instance when first searched
 * (`mergeIndex`), so they share its WebAssembly (a second instance would download it again),
 * each tagged with a filter of its own (`mergeFilter`) that keeps each bundle's search to its
 * own pages.
 */
import type { SearchKind } from './query';

export interface SearchBundle {
  /** What the bundle holds; also the value of its `bundle` filter. */
  name: 'entries' | 'sources';
  /** The bundle's folder in the built site, below the site's base path (ends with `/`). */
  path: string;
  /** The kinds of page it indexes: each kind is in exactly one bundle. */
  kinds: readonly SearchKind[];
}

/** In search order: a bundle's results come after those of the bundles before it. */
export const SEARCH_BUNDLES: readonly SearchBundle[] = [
  { name: 'entries', path: 'pagefind/', kinds: ['statistic', 'event', 'place', 'glossary'] },
  // Inside the first bundle's folder: hosts' rules for /pagefind/ (caching, types) cover both.
  { name: 'sources', path: 'pagefind/sources/', kinds: ['source'] },
];

/** The synthetic filter a merged bundle's pages carry (its name), given to `mergeIndex`. */
export function bundleMergeFilter(bundle: SearchBundle): Record<string, string> {
  return { bundle: bundle.name };
}

/**
 * The filter that keeps a search to one bundle's pages. The first bundle's pages carry no
 * `bundle` filter (they are the instance's own index), so they are the pages of none of the
 * merged bundles; a page with no value of a filter matches no value of it.
 */
export function bundleOnlyFilter(bundle: SearchBundle): Record<string, unknown> {
  const merged = SEARCH_BUNDLES.slice(1).map((later) => later.name);
  return bundle === SEARCH_BUNDLES[0] ? { bundle: { none: merged } } : bundleMergeFilter(bundle);
}
