/**
 * Exact names first: among the first results, a page named exactly what the reader typed comes
 * before the rest, whatever its score. Runs in the browser: keep it small.
 */
import { normalizeQuery } from './query';

/** Between the names of the glossary terms in a page's `names` metadata (src/lib/page/index-meta.ts). */
export const NAMES_SEPARATOR = ' | ';

/** A result whose metadata can be read (pagefind.js 1.6 loads it with the page's fragment). */
export interface NamedResult {
  data?: () => Promise<{ meta?: Record<string, string | undefined> }>;
}

const comparable = (text: string) =>
  normalizeQuery(text)
    .replace(/^["“]|["”]$/gu, '')
    .toLocaleLowerCase('en');

/**
 * How exactly a page is named by the query: 0 when a glossary term that the page explains is
 * named so (its `names`, which a term that points to no page holds for itself), 1 when its title
 * is, 2 otherwise: so an entry comes before the term page that points to it.
 */
async function exactness(result: NamedResult, query: string): Promise<number> {
  const meta = (await result.data?.())?.meta ?? {};
  if ((meta.names ?? '').split(NAMES_SEPARATOR).some((name) => comparable(name) === query)) return 0;
  return comparable(meta.title ?? '') === query ? 1 : 2;
}

/**
 * The results with those among the first `depth` that the query names exactly moved to the
 * front (names before titles), the order otherwise kept. The first results' data is what the
 * search page shows first anyway.
 */
export async function exactNamesFirst<Result extends NamedResult>(
  results: readonly Result[],
  raw: string,
  depth = 10,
): Promise<Result[]> {
  const query = comparable(raw);
  if (!query) return [...results];
  const head = results.slice(0, depth);
  const ranks = await Promise.all(head.map((result) => exactness(result, query)));
  const order = head.map((result, index) => ({ result, rank: ranks[index], index }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return [...order.map(({ result }) => result), ...results.slice(depth)];
}
