/**
 * Exact names first: among the first results, a page named exactly what the reader typed comes
 * before the rest, whatever its score; then a page whose name holds the query whole, as a
 * phrase, before pages that only hold its words apart. Runs in the browser: keep it small.
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

/** A name or query with its quotation marks dropped and its spaces made one: “北京服务”机场 → 北京服务机场. */
const phraseForm = (text: string) =>
  comparable(text)
    .replace(/["“”'‘’「」『』《》]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether a query is more than one word (a phrase whose words a page could hold apart). */
const isManyWords = (query: string) => [...WORDS.segment(query)].filter((part) => part.isWordLike).length > 1;

/**
 * Whether `name` holds `phrase` whole, as words: not inside a longer word (`service` in
 * `services`, 要镇 in 重要镇, which is 重要 and 镇).
 */
export function holdsPhrase(name: string, phrase: string): boolean {
  const text = phraseForm(name);
  const edges = new Set([text.length, ...[...WORDS.segment(text)].map((part) => part.index)]);
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (edges.has(at) && edges.has(at + phrase.length)) return true;
  }
  return false;
}

/**
 * How exactly a page is named by the query: 0 when a glossary term that the page explains is
 * named so (its `names`, which a term that points to no page holds for itself), 1 when its title
 * is, 2 when its title or names hold a query of several words whole (`phrase`), 3 otherwise: so
 * an entry comes before the term page that points to it, and both before pages that only hold
 * the query's words apart.
 */
async function exactness(result: NamedResult, query: string, phrase: string | undefined): Promise<number> {
  const meta = (await result.data?.())?.meta ?? {};
  const names = (meta.names ?? '').split(NAMES_SEPARATOR).filter(Boolean);
  if (names.some((name) => comparable(name) === query)) return 0;
  if (comparable(meta.title ?? '') === query) return 1;
  return phrase && [meta.title ?? '', ...names].some((name) => holdsPhrase(name, phrase)) ? 2 : 3;
}

/**
 * The results with those among the first `depth` that the query names exactly moved to the
 * front (names before titles), then, with `phrases`, those whose names hold the query as a
 * phrase; the order otherwise kept. The search moves phrases within one bundle's results only
 * (src/lib/search/in-order.ts), so a source document is not put before the entries. The first
 * results' data is what the search page shows first anyway.
 */
export async function exactNamesFirst<Result extends NamedResult>(
  results: readonly Result[],
  raw: string,
  depth = 10,
  phrases = true,
): Promise<Result[]> {
  const query = comparable(raw);
  if (!query) return [...results];
  const phrase = phrases && isManyWords(query) ? phraseForm(query) : undefined;
  const head = results.slice(0, depth);
  const ranks = await Promise.all(head.map((result) => exactness(result, query, phrase)));
  const order = head.map((result, index) => ({ result, rank: ranks[index], index }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return [...order.map(({ result }) => result), ...results.slice(depth)];
}
