/**
 * Whether the site holds a word of a query as the reader typed it. Pagefind never says a word
 * is missing: it trims a word it does not hold until some indexed word begins like it ("APEC"
 * finds the article "a", "Zhongguancun" finds "Zhong"), and its results and highlights then
 * read as hits. The words it highlighted in a result's excerpt tell which word it matched.
 * Runs in the browser: keep it small.
 */

/** Letters of a Latin-script word, lower-cased, without the punctuation Pagefind marks with it. */
const latin = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'’-]+$/u;

/** Whether a word is written in Latin letters (and digits): the words Pagefind stems and trims. */
export function isLatinWord(word: string): boolean {
  return LATIN_WORD.test(word) && /\p{Script=Latin}/u.test(word);
}

/** The words an excerpt highlights. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/gu)].map((match) => match[1]);
}

/** Endings an English stemmer takes off or changes (city, cities; embassy, embassies; host, hosted). */
const ENDINGS = new Set([
  '',
  's',
  'es',
  'ies',
  'y',
  'i',
  'ied',
  'e',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'ly',
  'ion',
  'ions',
]);

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether a highlighted word is the query's word, or a form of it: it begins with the whole
 * word (embassy → embassy's), or both share all but the ending a stemmer changes (cities and
 * city, embassies and embassy). A word cut short to its first letters (a for APEC, Zhong for
 * Zhongguancun) is not, and never one of fewer than 3 letters unless the query typed it so.
 */
export function isFormOf(marked: string, word: string): boolean {
  const found = latin(marked);
  const typed = latin(word);
  if (found.startsWith(typed)) return true;
  // Cut short: only by an ending (embassy for embassy's or embassies), never to its first letters.
  if (typed.startsWith(found)) return found.length >= 4 && ENDINGS.has(typed.slice(found.length));
  const shared = commonPrefix(found, typed);
  return shared >= 3 && ENDINGS.has(found.slice(shared)) && ENDINGS.has(typed.slice(shared));
}

/**
 * The parts of a pagefind.js (1.6) result the check reads: the positions of the words it
 * matched, and its page's text (loaded on demand). Not its excerpt: pagefind.js keeps one copy
 * of a page's data and writes each search's excerpt into it, so searches running together see
 * each other's highlights.
 */
export interface ExcerptSource {
  words?: number[];
  data?: () => Promise<{ content: string; raw_content?: string; meta?: Record<string, string | undefined> }>;
}

/** The words of a result's page at the positions it matched, cut as pagefind.js cuts them. */
async function matchedWords(result: ExcerptSource): Promise<string[]> {
  const page = await result.data!();
  const text = page.raw_content ?? page.content;
  const words = text.includes('\u200B') ? text.split('\u200B') : text.split(/[^\S\uFEFF]+/u);
  return (result.words ?? []).map((position) => words[position] ?? '');
}

/**
 * Whether the results of a search for one word hold that word: a Latin word is held when the
 * first result matched it, or a form of it; a result matched in its metadata only (no position
 * in its text: an entry's name is its title, not its text) holds it when a word of its metadata
 * is a form of it. Chinese words and exact phrases are matched as written.
 */
export async function holdsWord(results: readonly ExcerptSource[], word: string): Promise<boolean> {
  if (results.length === 0) return false;
  const first = results[0];
  if (!isLatinWord(word) || !first.data || !first.words) return true;
  const found = await matchedWords(first);
  if (found.length > 0) return found.some((marked) => isFormOf(marked, word));
  const meta = Object.values((await first.data()).meta ?? {}).join(' ');
  return !meta || meta.split(/[^\p{L}\p{N}'’-]+/u).some((metaWord) => isFormOf(metaWord, word));
}

/**
 * Whether a highlight is worth showing: a Latin-script highlight of 1 or 2 letters (an article,
 * a prefix Pagefind trimmed a word to) marks nothing a reader looked for, unless `words` (what
 * was searched for) has it so.
 */
export function isShownHighlight(text: string, words: readonly string[]): boolean {
  const letters = latin(text);
  if (!isLatinWord(text) || letters.length >= 3) return true;
  return words.some((word) => latin(word) === letters);
}
