/**
 * The search page in the browser: pagefind.js searched through the site's query function
 * (src/lib/search/understand.ts, shared with the Node harness the tests use), driven by the
 * page's own GET form, whose fields are the URL state (?q=, also=1, kind=…). The form is
 * rendered by the server, so without JavaScript it still submits and the page says how to
 * search; with JavaScript every change runs the search and rewrites the URL in place.
 *
 * The index is two bundles (src/lib/search/bundles.ts), each with its own Pagefind instance:
 * the curated entries' results are shown as soon as they are found; then the source documents'
 * bundle is loaded (the first time) and searched, and its results follow.
 */
import { formatPartialDate } from '../lib/format/values';
import { excerptRuns } from '../lib/search/excerpt';
import {
  normalizeQuery,
  parseSearchState,
  searchStateQueryString,
  SEARCH_PARAMS,
  SEARCH_RANKING,
  type SearchKind,
  type SearchState,
} from '../lib/search/query';
import { SEARCH_BUNDLES, type SearchBundle } from '../lib/search/bundles';
import { bundleInstances } from '../lib/search/instances';
import {
  searchBundlesInOrder,
  type PagefindResult,
  type PagefindSearch,
  type ReaderSearch,
} from '../lib/search/understand';
import type { Lang } from '../i18n/index';

/** The parts of pagefind.js (1.6) this page uses. */
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface Result extends PagefindResult {
  data(): Promise<ResultData>;
}
interface Pagefind extends PagefindSearch<Result> {
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}
type IndexSet = 'own' | 'merged';

// Under the site's base path (`/bj/pagefind/` for a site served at https://example.org/bj/).
const BASE_URL = import.meta.env.BASE_URL;
const SCRIPT_PATH = `${BASE_URL}${SEARCH_BUNDLES[0].path}pagefind.js`;
const MAX_SUB_RESULTS = 3;
/** Results shown at first and per "load more": each one fetches its own fragment. */
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const data = form.dataset;
  const lang = data.lang as Lang;
  const strings = JSON.parse(data.pagefindStrings ?? '{}') as Record<string, string>;
  const kindLabels = JSON.parse(data.kindLabels ?? '{}') as Record<SearchKind, string>;
  // The search kinds in their order, as the page lists them (src/lib/content/kinds.ts).
  const searchKinds = Object.keys(kindLabels) as SearchKind[];
  const isSearchKind = (value: string): value is SearchKind => Object.hasOwn(kindLabels, value);
  const queryField = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_PARAMS.query}"]`)!;
  const alsoField = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_PARAMS.alsoOtherLanguage}"]`)!;
  const kindFields = [...form.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_PARAMS.kind}"]`)];
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const container = document.querySelector<HTMLElement>('#search-results')!;

  const summary = element('p', 'search-summary');
  summary.id = 'search-summary';
  summary.setAttribute('role', 'status');
  // Said when no page holds every word of the query and the results are the closest matches.
  const closest = element('p', 'search-closest');
  closest.textContent = data.closestLabel ?? '';
  closest.hidden = true;
  const list = element('ol', 'search-result-list');
  list.setAttribute('aria-label', strings.results_label ?? '');
  // Said below the entries while the source documents are still being searched.
  const pending = element('p', 'search-pending muted');
  pending.textContent = data.pendingLabel ?? '';
  pending.hidden = true;
  const more = element('button', 'search-more');
  more.type = 'button';
  more.textContent = strings.load_more ?? '';
  more.hidden = true;
  container.replaceChildren(summary, closest, list, pending, more);

  let state: SearchState = parseSearchState(location.search, searchKinds);
  writeForm(state);
  let pagefindModule: PagefindModule | null = null;
  // Each made when first searched, once pagefind.js has loaded (below).
  const instanceOf = bundleInstances<Pagefind>({
    baseUrl: BASE_URL,
    create: (bundle, basePath) =>
      pagefindModule!.createInstance({
        basePath,
        baseUrl: BASE_URL,
        ranking: SEARCH_RANKING,
        excerptLength: lang === 'zh' ? 40 : 24,
        noWorker: bundle.mainThread,
      }),
    absoluteUrl: (basePath) => new URL(basePath, location.origin).href,
    mergeOptions: { language: data.otherPagefindLanguage, baseUrl: BASE_URL, ranking: SEARCH_RANKING },
  });
  /** Each search's number: an older search that finishes late never replaces a newer one. */
  let latest = 0;
  let found: Result[] = [];
  let rendered = 0;
  /** Ids of the results on screen, in order: a search's later bundles append to them. */
  let shownIds: string[] = [];

  // Listen at once: a reader may type while Pagefind is still loading.
  let composing = false;
  queryField.addEventListener('compositionstart', () => (composing = true));
  queryField.addEventListener('compositionend', () => {
    composing = false;
    update({ query: queryField.value });
  });
  queryField.addEventListener('input', () => {
    // While an IME is composing, the field holds pinyin, not the words the reader means.
    if (!composing) update({ query: queryField.value });
  });
  queryField.addEventListener('keydown', (event) => {
    const first = list.querySelector<HTMLAnchorElement>('a');
    if (event.key === 'ArrowDown' && first) {
      event.preventDefault();
      first.focus();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // results are already live; the URL is already this search's
    update({ query: queryField.value });
  });
  alsoField.addEventListener('change', () => update({ alsoOtherLanguage: alsoField.checked }));
  for (const field of kindFields) {
    field.addEventListener('change', () => {
      update({
        kinds: kindFields
          .filter((box) => box.checked)
          .map((box) => box.value)
          .filter(isSearchKind),
      });
    });
  }
  more.addEventListener('click', () => void renderMore(latest));
  // Back/forward between states of this page (e.g. after following a shared link).
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search, searchKinds);
    writeForm(state);
    void search();
  });

  status.textContent = status.dataset.loading ?? '';
  status.hidden = false;
  try {
    pagefindModule = (await import(/* @vite-ignore */ SCRIPT_PATH)) as PagefindModule;
    await instance(SEARCH_BUNDLES[0], indexSet());
  } catch {
    status.textContent = status.dataset.error ?? '';
    return;
  }
  status.hidden = true;
  status.textContent = '';
  void search();

  function update(change: Partial<SearchState>): void {
    state = { ...state, ...change };
    // replaceState: typing does not pile up history entries, yet Back from a result returns here.
    history.replaceState(null, '', location.pathname + searchStateQueryString(state));
    void search();
  }

  function indexSet(): IndexSet {
    return state.alsoOtherLanguage ? 'merged' : 'own';
  }

  /**
   * One Pagefind instance per bundle and index set, made when first searched: the source
   * documents' bundle is loaded only once the entries' results are on screen, and not at all
   * while the kinds chosen exclude it.
   */
  function instance(bundle: SearchBundle, set: IndexSet): Promise<Pagefind> {
    return instanceOf(bundle, set === 'merged');
  }

  async function search(): Promise<void> {
    if (!pagefindModule) return;
    const run = ++latest;
    const query = normalizeQuery(state.query);
    const set = indexSet();
    if (!query) {
      await show(run, query, set, null, true);
      return;
    }
    container.setAttribute('aria-busy', 'true');
    const bundles = SEARCH_BUNDLES.map((bundle) => ({ kinds: bundle.kinds, instance: () => instance(bundle, set) }));
    // The entries' results go on screen before the source documents are searched.
    const answer = await searchBundlesInOrder(bundles, query, lang, state.kinds, async (soFar) => {
      if (run === latest) await show(run, query, set, soFar, false);
      return run === latest;
    });
    if (run === latest) await show(run, query, set, answer, true);
  }

  async function show(
    run: number,
    query: string,
    set: IndexSet,
    answer: ReaderSearch<Result> | null,
    complete: boolean,
  ): Promise<void> {
    const results = answer?.results ?? [];
    // The results already on screen stay when this answer only adds to them (a later bundle's).
    const kept = container.dataset.query === query && shownIds.every((id, index) => results[index]?.id === id);
    found = results;
    rendered = kept ? shownIds.length : 0;
    const next = await nextResults(run, Math.max(0, PAGE_SIZE - rendered));
    if (run !== latest) return;
    if (kept) list.append(...next);
    else list.replaceChildren(...next);
    shownIds = found.slice(0, rendered).map((result) => result.id);
    container.dataset.query = query;
    more.hidden = rendered >= found.length;
    pending.hidden = complete;
    closest.hidden = answer?.match !== 'closest';
    summary.textContent = query ? summaryText(query, found.length) : '';
    container.dataset.instance = set;
    container.setAttribute('aria-busy', String(!complete));
    for (const kind of searchKinds) {
      const count = form.querySelector<HTMLElement>(`[data-kind-count="${kind}"]`);
      const counts = answer?.filters?.kind;
      if (count) count.textContent = query && counts ? `(${counts[kind] ?? 0})` : '';
    }
  }

  function summaryText(query: string, count: number): string {
    const key = count === 0 ? 'zero_results' : count === 1 ? 'one_result' : 'many_results';
    return (strings[key] ?? '').replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', query);
  }

  async function nextResults(run: number, count = PAGE_SIZE): Promise<Element[]> {
    const next = found.slice(rendered, rendered + count);
    rendered += next.length;
    const pages = await Promise.all(next.map((result) => result.data()));
    return run === latest ? pages.map(renderResult) : [];
  }

  async function renderMore(run: number): Promise<void> {
    const next = await nextResults(run);
    if (run !== latest) return;
    list.append(...next);
    shownIds = found.slice(0, rendered).map((result) => result.id);
    more.hidden = rendered >= found.length;
  }

  function writeForm(current: SearchState): void {
    queryField.value = current.query;
    alsoField.checked = current.alsoOtherLanguage;
    for (const field of kindFields) field.checked = current.kinds.includes(field.value as SearchKind);
  }

  function renderResult(result: ResultData): Element {
    const item = element('li', 'search-result');
    // Result URLs carry the base path the site is served under (`/bj/en/…`).
    const route = result.url.startsWith(BASE_URL) ? result.url.slice(BASE_URL.length - 1) : result.url;
    const resultLang = /^\/(zh|en)\//.exec(route)?.[1] as Lang | undefined;
    const fromOtherLanguage = resultLang !== undefined && resultLang !== lang;
    if (fromOtherLanguage) item.lang = resultLang === 'zh' ? 'zh-CN' : 'en';

    const facts: string[] = [];
    const kind = result.filters?.kind?.find(isSearchKind);
    if (kind) facts.push(kindLabels[kind]);
    if (result.meta.date) facts.push(formatPartialDate(result.meta.date, lang));
    if (fromOtherLanguage) facts.push(data.otherLanguageLabel ?? '');
    const about = element('p', 'search-result-about');
    about.lang = document.documentElement.lang; // labels are in the page's language
    // A statistic's figure, as its page shows it: the answer is on the results page.
    if (result.meta.figure) {
      const figure = element('strong', 'search-result-figure');
      if (fromOtherLanguage) figure.lang = item.lang;
      figure.textContent = result.meta.figure;
      about.append(figure, facts.length > 0 ? ' · ' : '');
    }
    about.append(facts.join(' · '));

    const heading = element('h2', 'search-result-title');
    const link = element('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    item.append(heading, about, excerpt(result.excerpt));

    // Sections with their own anchor (a timeline event, a glossary term), not the page's top.
    const sections = (result.sub_results ?? [])
      .filter((section) => section.url !== result.url && section.url.includes('#'))
      .slice(0, MAX_SUB_RESULTS);
    if (sections.length > 0) {
      const sectionList = element('ul', 'search-result-sections');
      sectionList.setAttribute('aria-label', data.sectionsLabel ?? '');
      for (const section of sections) {
        const entry = element('li');
        const sectionLink = element('a');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        entry.append(sectionLink, excerpt(section.excerpt));
        sectionList.append(entry);
      }
      item.append(sectionList);
    }
    return item;
  }
}

/** An excerpt: its text, with Pagefind's highlights merged and tidied (see excerptRuns). */
function excerpt(html: string): HTMLElement {
  const paragraph = element('p', 'search-result-excerpt');
  for (const run of excerptRuns(html)) {
    if (run.mark) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      paragraph.append(mark);
    } else {
      paragraph.append(run.text);
    }
  }
  return paragraph;
}

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className?: string): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}
