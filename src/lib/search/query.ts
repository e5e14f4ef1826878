/**
 * Search queries and the search page's URL state. Runs in the browser (the search page's
 * script) as well as in tests, so it imports no dictionaries: keep it small.
 */
import ranking from './ranking.json';
import type { SearchKind } from '../content/kinds';

export type { SearchKind };

/** URL parameters of `/{lang}/search/`: `?q=…&also=1&kind=place&kind=event`. */
export const SEARCH_PARAMS = { query: 'q', alsoOtherLanguage: 'also', kind: 'kind' } as const;

/**
 * Pagefind ranking options (search-ranking.json), shared by the search page and the Node
 * harness (scripts/search-index.mjs), so the query table ranks exactly as readers' browsers do.
 * A match in a page's title (its entity's name) counts most; the kind label and date are
 * searchable but must not outrank names. `pageLength` 0: a page is not ranked down for its length,
 * since an entry's page holds its name once however much it says (a long entry page lost to a
 * short page that merely mentions the words); the source documents are searched after the
 * entries anyway (bundles.ts).
 */
export const SEARCH_RANKING: {
  metaWeights: Record<string, number>;
  pageLength?: number;
  termFrequency?: number;
  termSaturation?: number;
  termSimilarity?: number;
} = ranking;

/** What the search page shows, read from and written to its URL so a search can be shared. */
export interface SearchState {
  /** The query as the reader typed it (normalised only when searching). */
  query: string;
  /** Whether the other language's index is merged into the results. */
  alsoOtherLanguage: boolean;
  /** Kinds to keep; empty means every kind. */
  kinds: SearchKind[];
}

/**
 * The query Pagefind is given. NFKC folds full-width digits and letters (１２７ → 127,
 * ＡＰＥＣ → APEC) and the ideographic space into their ordinary forms, which is how the
 * index stores them; whitespace runs collapse and the ends are trimmed.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/**
 * Reads the search state from a URL query string. `known` are the search kinds in their order
 * (SEARCH_KINDS of src/lib/content/kinds.ts; the search page's script reads them from its form,
 * so that the kinds' definitions stay out of the browser's bundle): other kinds and repeated
 * values are dropped.
 */
export function parseSearchState(search: string | URLSearchParams, known: readonly SearchKind[]): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const kinds = params.getAll(SEARCH_PARAMS.kind);
  return {
    query: params.get(SEARCH_PARAMS.query) ?? '',
    alsoOtherLanguage: params.get(SEARCH_PARAMS.alsoOtherLanguage) === '1',
    kinds: known.filter((kind) => kinds.includes(kind)),
  };
}

/** The query string for a search state, without defaults, so shared URLs stay short; kinds in their given order. */
export function searchStateQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set(SEARCH_PARAMS.query, query);
  if (state.alsoOtherLanguage) params.set(SEARCH_PARAMS.alsoOtherLanguage, '1');
  for (const kind of new Set(state.kinds)) params.append(SEARCH_PARAMS.kind, kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filter object Pagefind expects for the selected kinds (none selected: no filter). */
export function kindFilter(kinds: readonly SearchKind[]): Record<string, string[]> {
  return kinds.length > 0 ? { kind: [...kinds] } : {};
}
