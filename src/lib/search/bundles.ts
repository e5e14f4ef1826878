/**
 * The search index is written as two Pagefind bundles, searched one after the other. Pagefind
 * loads a bundle's page list (one entry per indexed page) before its first search, so a single
 * index of every page makes the first search grow with the number of source documents. The
 * curated entries (statistics, places, events, terms: about a tenth of the pages) are the first
 * bundle: their results are shown at once. The source documents' full text is the second: its
 * results follow. Runs in the browser: keep it small.
 */
import { KIND_IDS, KINDS, type SearchKind } from '../content/kinds';

export interface SearchBundle {
  /** What the bundle holds, for code and messages. */
  name: 'entries' | 'sources';
  /** The bundle's folder in the built site, below the site's base path (ends with `/`). */
  path: string;
  /** The kinds of page it indexes: each kind is in exactly one bundle. */
  kinds: readonly SearchKind[];
  /**
   * Searched on the page's own thread rather than in Pagefind's web worker. The entries' index
   * is small, so searching it there is quick, and the first search does not download the
   * worker's script. The source documents' index is searched in the worker, where its longer
   * searches never hold up typing.
   */
  mainThread: boolean;
}

/** The search kinds whose pages a bundle holds: each kind's definition names its bundle. */
function kindsIn(bundle: SearchBundle['name']): SearchKind[] {
  return KIND_IDS.filter((kind) => KINDS[kind].searchBundle === bundle).map((kind) => KINDS[kind].searchKind);
}

/** In search order: a bundle's results come after those of the bundles before it. */
export const SEARCH_BUNDLES: readonly SearchBundle[] = [
  { name: 'entries', path: 'pagefind/', kinds: kindsIn('entries'), mainThread: true },
  // Inside the first bundle's folder: hosts' rules for /pagefind/ (caching, types) cover both.
  { name: 'sources', path: 'pagefind/sources/', kinds: kindsIn('sources'), mainThread: false },
];

/**
 * Pagefind's index chunk size (a word's page entries per file, `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`;
 * Pagefind's default is 20,000). A search loads the chunks holding its words, so smaller chunks
 * load fewer other words: what the first search loads from the entries' bundle. One setting for
 * Pagefind's service, so both bundles; the documents' page list grows by one entry per chunk.
 */
export const SEARCH_INDEX_CHUNK_SIZE = 5000;
