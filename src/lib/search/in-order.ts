/**
 * The answers of the search bundles (src/lib/search/bundles.ts), searched one after another
 * and combined into one. Runs in the browser: keep it small.
 */
import type { Lang } from '../../i18n/index';
import { exactNamesFirst } from './exact';
import { searchAsReaderMeans, type PagefindResult, type PagefindSearch, type ReaderSearch } from './understand';

/** Adds one bundle's page counts per filter value to `sum`: the counts over every bundle. */
export function addFilterCounts(
  sum: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
): void {
  for (const [name, values] of Object.entries(counts)) {
    const total = (sum[name] ??= {});
    for (const [value, count] of Object.entries(values)) total[value] = (total[value] ?? 0) + count;
  }
}

/**
 * Whether a bundle's answer yields to a later one whose results hold every word: it has only
 * partial matches, and its best holds no more than half the words of the query (or one of two).
 * A question names words an entry does not repeat ("how many … were set up"), which a long
 * source document holds by chance; an entry holding most of the others is still the answer.
 */
const yields = (answer: ReaderSearch<PagefindResult>) =>
  answer.match === 'closest' &&
  (answer.words.length < 3 || (answer.missing ?? answer.words.length) * 2 >= answer.words.length);

/**
 * One answer from the answers of the bundles searched in order (src/lib/search/bundles.ts): the
 * results of each in turn, so the curated entries come before the source documents. A bundle
 * whose results hold every word comes before one that has only partial matches far from the
 * query (`yields`). Counts per filter value are added up, and given only when every bundle's are exact.
 */
export function combineAnswers<Result extends PagefindResult>(
  answers: readonly ReaderSearch<Result>[],
): ReaderSearch<Result> {
  const held = answers.some((answer) => answer.match === 'all');
  const behind = (answer: ReaderSearch<Result>) => Number(held && yields(answer));
  const ordered = [...answers].sort((a, b) => behind(a) - behind(b));
  const results = ordered.flatMap((answer) => answer.results);
  const match = answers.some((answer) => answer.match === 'all') ? 'all' : results.length > 0 ? 'closest' : 'none';
  let filters: Record<string, Record<string, number>> | undefined = {};
  for (const answer of answers) {
    if (answer.results.length === 0) continue;
    if (!answer.filters) {
      filters = undefined;
      break;
    }
    addFilterCounts(filters, answer.filters);
  }
  const words = answers.find((answer) => answer.results.length > 0)?.words ?? answers[0]?.words ?? [];
  // A word is absent when no bundle holds it.
  const absent = [...new Set(answers.flatMap((answer) => answer.absent))].filter((word) =>
    answers.every((answer) => answer.absent.includes(word) || !answer.words.includes(word)),
  );
  return { words, match, results, absent, ...(filters ? { filters } : {}) };
}

/** A bundle to search: the kinds it holds and its Pagefind instance (made when first needed). */
export interface SearchedBundle<Result extends PagefindResult> {
  kinds: readonly string[];
  instance: () => Promise<PagefindSearch<Result>>;
}

/**
 * Searches the bundles in order, as a reader means the query (searchAsReaderMeans), skipping a
 * bundle that holds none of the selected kinds. `soFar` gets the answer so far after each bundle
 * but the last, so that the entries are shown before the source documents are searched; the
 * next bundle waits for it, and is not searched at all if it returns false (a newer query).
 */
export async function searchBundlesInOrder<Result extends PagefindResult>(
  bundles: readonly SearchedBundle<Result>[],
  raw: string,
  lang: Lang,
  kinds: readonly string[],
  soFar?: (answer: ReaderSearch<Result>) => Promise<boolean> | boolean,
): Promise<ReaderSearch<Result>> {
  const searched = bundles.filter((bundle) => kinds.length === 0 || bundle.kinds.some((kind) => kinds.includes(kind)));
  const answers: ReaderSearch<Result>[] = [];
  for (const [index, bundle] of searched.entries()) {
    const filters: Record<string, string[]> = kinds.length > 0 ? { kind: [...kinds] } : {};
    const answer = await searchAsReaderMeans(await bundle.instance(), raw, lang, filters);
    // Within a bundle, names holding the query whole come first (exact.ts).
    answers.push({ ...answer, results: await exactNamesFirst(answer.results, raw) });
    if (index < searched.length - 1 && soFar && !(await soFar(await exactFirst(combineAnswers(answers), raw)))) break;
  }
  return exactFirst(combineAnswers(answers), raw);
}

/** An answer with the pages the query names exactly first, whichever bundle holds them (exact.ts). */
async function exactFirst<Result extends PagefindResult>(
  answer: ReaderSearch<Result>,
  raw: string,
): Promise<ReaderSearch<Result>> {
  return { ...answer, results: await exactNamesFirst(answer.results, raw, 10, false) };
}
