/**
 * A misspelt query answered as search engines answer it: when the site holds a word of the
 * query nowhere and no page holds the rest, the query with that word replaced by the nearest
 * word or name of the site (suggest.ts) is searched instead, and the page says so first ("No
 * page contains “Sanlitum”; showing results for “Sanlitun”"). Runs in the browser: keep it small.
 */
import type { PagefindResult, ReaderSearch } from './understand';

const HAN = /\p{Script=Han}/u;

/**
 * Whether a word is long enough to be taken for a misspelling of a near word rather than a
 * word of its own: one character changed in a two-character Chinese word (医保, 医疗) or a short
 * Latin word (visa, vise) makes another word, so those are only offered as suggestions.
 */
const correctable = (word: string) => {
  const bare = [...word.replace(/^"|"$/gu, '')];
  return bare.length >= (HAN.test(word) ? 3 : 5);
};

/** An answer, and the corrected query it is the answer to when the query as typed found too little. */
export type CorrectedSearch<Result extends PagefindResult> = ReaderSearch<Result> & { corrected?: string };

/**
 * `answer` (to `query`), or the answer to the first spelling suggestion when the query has
 * words the site does not hold, each long enough (`correctable`), no page holds every word, and
 * the suggestion's pages hold all of its words. `siteWords` is read only then.
 */
export async function correctSpelling<Result extends PagefindResult>(
  answer: ReaderSearch<Result>,
  query: string,
  search: (query: string) => Promise<ReaderSearch<Result>>,
  siteWords: () => Promise<string[]>,
): Promise<CorrectedSearch<Result>> {
  if (answer.match === 'all' || answer.absent.length === 0 || !answer.absent.every(correctable)) return answer;
  // The site's words and the edit distance are loaded only now: most queries never need them.
  const { spellingSuggestions } = await import('./suggest');
  const [suggestion] = spellingSuggestions(query, answer.absent, await siteWords(), 1);
  if (!suggestion) return answer;
  const corrected = await search(suggestion);
  return corrected.match === 'all' ? { ...corrected, corrected: suggestion } : answer;
}
