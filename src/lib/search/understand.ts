/**
 * What a reader's query means before Pagefind sees it, and the search that never leaves a
 * reader with nothing while some word of the query is on the site. Shared by the search page
 * (src/browser/search/search-page.ts) and the Node harness (scripts/search-index.mjs), so the query
 * table scores exactly what readers get. Runs in the browser: keep it small.
 *
 * Pagefind ANDs the words of a query that occur somewhere in the index and drops the rest
 * (DESIGN.md, "Search notes"), so common words ("how", "are", 有, 多少) that occur somewhere
 * but never with the rest empty the result list. They are dropped here. On the Chinese index,
 * Chinese runs are cut into words as Pagefind 1.6 cuts them (Intl.Segmenter); the English index
 * stores a Chinese run as one word (matched by its beginning), so there a run stays whole.
 */
import type { Lang } from '../../i18n/index';
import { normalizeQuery } from './query';
import { holdsWord, type ExcerptSource } from './presence';

/** Question words and function words of English queries (compared lower-cased). */
const ENGLISH_STOP_WORDS = new Set(
  (
    'a an the is are was were be been am do does did how many much what which who whom whose where when why ' +
    'in on at of to for from by with and or there this that these those it its have has had can could will ' +
    'would should i me my we our you your they their about as into than so if any some tell show list give please'
  ).split(' '),
);

/** Question words and particles of Chinese queries, as Intl.Segmenter cuts them. */
const CHINESE_STOP_WORDS = new Set(
  (
    '多少 几 几个 第几 哪些 哪个 哪里 哪儿 哪 什么 什么时候 怎么 怎样 如何 是 的 有 吗 呢 吧 呀 啊 了 么 请问 ' +
    '是否 有没有 多大 多久 何时 在 和 与 及 到 都 也 中 为 被 从 对 我 你 我们 想 知道 一下 共 一共 总共 目前'
  ).split(' '),
);

/** A question word, particle or function word of either language, which a query may drop. */
export function isStopWord(word: string): boolean {
  return ENGLISH_STOP_WORDS.has(word.toLowerCase().replace(/['’]s$/u, '')) || CHINESE_STOP_WORDS.has(word);
}

/** A measure word right after 多少/几 belongs to the question (多少家, 几个), not to the subject. */
const QUANTITY_QUESTIONS = new Set(['多少', '几', '第几']);
const MEASURE_WORDS = new Set('家个条场处位年座项名次种所'.split(''));

const HAN = /\p{Script=Han}/u;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** The words of a query as the index holds them: on the Chinese index, Chinese runs cut into words. */
function segment(query: string, lang: Lang): string[] {
  if (!segmenter) return query.split(' ').filter(Boolean);
  const words: string[] = [];
  for (const part of query.split(' ')) {
    if (!HAN.test(part) || lang === 'en') {
      if (part) words.push(part);
      continue;
    }
    const cut: string[] = [];
    for (const { segment: word, isWordLike } of segmenter.segment(part)) if (isWordLike) cut.push(word);
    words.push(...joinUnknownNames(cut, words.at(-1)));
  }
  return words;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** A word the question puts around what it asks for: a stop word, or a measure word after 多少/几. */
function isQuestionWord(word: string, previous: string | undefined): boolean {
  return isStopWord(word) || (MEASURE_WORDS.has(word) && previous !== undefined && QUANTITY_QUESTIONS.has(previous));
}

/** Whether a single character at the edge of a run belongs to the question, not to a name. */
function isQuestionPart(character: string, previous: string | undefined, edge: 'start' | 'end'): boolean {
  // 中 opens many names (中关村, 中欧); it is a particle only after a word (规划中).
  return !(edge === 'start' && character === '中') && isQuestionWord(character, previous);
}

/**
 * Intl.Segmenter cuts a name it does not know (中关村, 望京, 亮马河) into single characters,
 * and a character alone is found on every page that has it in any word (关 in 相关, 京 in
 * 北京). Two or more such characters in a row are searched as what they are, one exact phrase
 * (`"中关村"`), after question words and particles at either end (有, 几家, 在, 吗) are set apart.
 */
export function joinUnknownNames(words: readonly string[], before?: string): string[] {
  const joined: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    let start = 0;
    let end = run.length;
    while (start < end && isQuestionPart(run[start], start > 0 ? run[start - 1] : (joined.at(-1) ?? before), 'start'))
      start += 1;
    while (end > start && isQuestionPart(run[end - 1], run[end - 2], 'end')) end -= 1;
    const name = run.slice(start, end);
    joined.push(...run.slice(0, start), ...(name.length > 1 ? [`"${name.join('')}"`] : name), ...run.slice(end));
    run = [];
  };
  for (const word of words) {
    if (SINGLE_HAN.test(word)) {
      run.push(word);
      continue;
    }
    endRun();
    joined.push(word);
  }
  endRun();
  return joined;
}

/** A word of the query that is an exact phrase for Pagefind: typed in quotes, or a joined name. */
export const isPhrase = (word: string) => /^".+"$/u.test(word);

/**
 * The words of a query that say what the reader is looking for, for the index of `lang`:
 * normalised (NFKC), cut into words, question words and particles dropped. A query made only
 * of such words keeps them all; a quoted query (an exact phrase for Pagefind) stays as typed.
 */
export function queryWords(raw: string, lang: Lang): string[] {
  const query = normalizeQuery(raw);
  if (isPhrase(query)) return [query];
  const words = segment(query, lang);
  const kept = words.filter((word, index) => !isQuestionWord(word, words[index - 1]));
  return kept.length > 0 ? kept : words;
}

/** The parts of a Pagefind instance (pagefind.js 1.6) the search uses. */
export interface PagefindResult extends ExcerptSource {
  id: string;
  score: number;
}
export interface PagefindSearch<Result extends PagefindResult> {
  search(
    term: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: Result[]; filters?: Record<string, Record<string, number>> } | null>;
}

export interface ReaderSearch<Result extends PagefindResult> {
  /** The words searched for. */
  words: string[];
  /**
   * `all`: some page holds every word as typed (a page holding most of them, strongly, may rank
   * above it). `closest`: no page holds them all; the results are the pages holding some (partial
   * matches). `none`: no word of the query is on the site.
   */
  match: 'all' | 'closest' | 'none';
  results: Result[];
  /** Words of the query no page holds as typed (a Latin word Pagefind would match only cut short). */
  absent: string[];
  /** Result counts per filter value, when they count exactly the results (pages holding every word). */
  filters?: Record<string, Record<string, number>>;
  /** With `closest`: how many of the query's words the page holding the most of them lacks. */
  missing?: number;
}

/**
 * Pagefind's search for some words, ranked as Pagefind ranks them, where a phrase among them (a
 * name queryWords joined, or a query typed in quotes) decides which pages match. Pagefind takes a
 * phrase only as a whole query, and ranks such an exact search without its weights (a page
 * naming 雁栖湖 in passing above the place's own page): so the phrase says which pages have it
 * as written, and the search of its words how they rank. A joined name the site has is a word
 * of the site, and the pages holding its characters apart follow every page that has it (社保
 * also finds 社会保障); one the site has nowhere finds nothing, since its characters alone would
 * find any page (望京 in 展望 and 北京). A phrase typed in quotes finds only itself.
 */
async function searchWords<Result extends PagefindResult>(
  pagefind: PagefindSearch<Result>,
  words: readonly string[],
  filters: Record<string, string[]>,
  typedPhrase: boolean,
  phrasePages: Map<string, Promise<Set<string>>>,
): ReturnType<PagefindSearch<Result>['search']> {
  const phrases = words.filter(isPhrase);
  const ranked = await pagefind.search(words.map((word) => (isPhrase(word) ? word.slice(1, -1) : word)).join(' '), {
    filters,
  });
  if (phrases.length === 0 || !ranked) return ranked;
  // Each phrase is looked up once per query: the search of all words and of each alone share it.
  const pagesWith = (phrase: string) => {
    let pages = phrasePages.get(phrase);
    if (!pages) {
      pages = pagefind.search(phrase, { filters }).then((answer) => new Set(answer?.results.map((r) => r.id)));
      phrasePages.set(phrase, pages);
    }
    return pages;
  };
  const having = await Promise.all(phrases.map(pagesWith));
  const hasEvery = (result: Result) => having.every((pages) => pages.has(result.id));
  const written = ranked.results.filter(hasEvery);
  const apart = typedPhrase || written.length === 0 ? [] : ranked.results.filter((result) => !hasEvery(result));
  // Scaled so that each follows every page with the phrase, in the merged ranking too.
  const lowest = Math.min(...written.map((result) => result.score));
  const highest = Math.max(...apart.map((result) => result.score));
  const scale = Math.min(1, lowest / highest / 2);
  const results = [...written, ...apart.map((result) => ({ ...result, score: result.score * scale }))];
  // Pagefind's counts per kind count the pages before the phrase was looked for.
  return { results, filters: results.length === ranked.results.length ? ranked.filters : undefined };
}

/**
 * Searches the index of `lang` (and any index merged into it) as a reader means the query.
 *
 * Every word is searched alone and a page's scores for the words it holds are added, then
 * scaled by the share of the words it holds (the coordination factor of classic Lucene). A page holding every word is not always the one
 * meant: the glossary and the source documents name nearly everything, so they hold all of
 * "how many sister cities does Beijing have" while the statistic that answers it holds
 * "sister cities" in its aliases and title, with far higher weight, and lacks only the word
 * every page shares. When no page holds every word, the results are the closest matches and
 * the page says so.
 */
export async function searchAsReaderMeans<Result extends PagefindResult>(
  pagefind: PagefindSearch<Result>,
  raw: string,
  lang: Lang,
  filters: Record<string, string[]> = {},
): Promise<ReaderSearch<Result>> {
  let words = queryWords(raw, lang);
  if (words.length === 0) return { words, match: 'none', results: [], absent: [] };
  const typedPhrase = isPhrase(normalizeQuery(raw));
  const phrasePages = new Map<string, Promise<Set<string>>>();
  const together = await searchWords(pagefind, words, filters, typedPhrase, phrasePages);
  const all = together?.results ?? [];
  if (all.length > 0 && words.length === 1) {
    if (!(await holdsWord(all, words[0]))) return { words, match: 'none', results: [], absent: words };
    return { words, match: 'all', results: all, filters: together?.filters, absent: [] };
  }
  // Word by word; Chinese runs cut into words on either index when no page holds them all.
  if (all.length === 0) words = queryWords(raw, 'zh');
  if (all.length === 0 && words.length === 1) return { words, match: 'none', results: [], absent: words };
  const alone = await Promise.all(
    words.map((word) => searchWords(pagefind, [word], filters, typedPhrase, phrasePages)),
  );
  // A word the site does not hold is answered as absent: its results are pages with a word cut short.
  const held = await Promise.all(alone.map((answer, index) => holdsWord(answer?.results ?? [], words[index])));
  const absent = words.filter((_, index) => !held[index]);
  const { results: ranked, most } = rankByWords(
    alone.filter((_, index) => held[index]),
    words.length,
  );
  if (all.length > 0 && absent.length === 0) {
    // A page with every word keeps the result of the search for all of them: its excerpt marks them all.
    const withEvery = new Map(all.map((result) => [result.id, result]));
    const results = ranked.map((result) => withEvery.get(result.id) ?? result);
    // Pagefind's counts per kind count the pages with every word: given only when those are all the results.
    const counts = results.length === all.length ? together?.filters : undefined;
    return { words, match: 'all', results, filters: counts, absent };
  }
  if (ranked.length === 0) return { words, match: 'none', results: ranked, absent };
  return { words, match: 'closest', results: ranked, absent, missing: words.length - most };
}

/**
 * The pages of the searches for each word alone: a page's scores for the words it holds are
 * added, then scaled by the share of the `count` words it holds; `most`: the most words a page holds.
 */
function rankByWords<Result extends PagefindResult>(
  answers: readonly ({ results: Result[] } | null)[],
  count: number,
): { results: Result[]; most: number } {
  const pages = new Map<string, { result: Result; words: number; score: number }>();
  for (const answer of answers) {
    for (const result of answer?.results ?? []) {
      const page = pages.get(result.id);
      if (page) {
        page.words += 1;
        page.score += result.score;
      } else {
        pages.set(result.id, { result, words: 1, score: result.score });
      }
    }
  }
  const rank = (page: { words: number; score: number }) => (page.score * page.words) / count;
  const sorted = [...pages.values()].sort((a, b) => rank(b) - rank(a));
  return { results: sorted.map((page) => page.result), most: Math.max(0, ...sorted.map((page) => page.words)) };
}
