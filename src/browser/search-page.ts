/**
 * The search page in the browser: Pagefind's Component UI (summary + results) driven by the
 * page's own GET form, whose fields are the URL state (?q=, also=1, kind=…). The form is
 * rendered by the server, so without JavaScript it still submits and the page says how to
 * search; with JavaScript every change runs the search and rewrites the URL in place.
 */
import { formatPartialDate } from '../lib/format/values';
import {
  isSearchKind,
  kindFilter,
  normalizeQuery,
  parseSearchState,
  searchStateQueryString,
  SEARCH_KINDS,
  SEARCH_PARAMS,
  SEARCH_RANKING,
  type SearchKind,
  type SearchState,
} from '../lib/search/query';
import type { Lang } from '../i18n/index';

/** The parts of the Component UI's API this page uses (pagefind-component-ui.js, 1.6). */
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
interface FilterCounts {
  [filter: string]: Record<string, number>;
}
interface ComponentInstance {
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  setTranslations(strings: Record<string, string>): void;
  /** `owner` keeps one callback per owner, so mounting an instance again does not add another. */
  on(event: 'filters', callback: (counts: { available: FilterCounts | null }) => void, owner: Element): void;
  getDisplaySubResults(result: ResultData, limit: number): SubResult[];
  focusNextResults(from: Element): boolean;
  triggerLoad(): Promise<void>;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): void;
  getInstanceManager(): { getInstance(name: string): ComponentInstance };
}
type ResultsElement = HTMLElement & { resultTemplate: ((result: ResultData) => Element) | null };

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

// Under the site's base path (`/bj/pagefind/` for a site served at https://example.org/bj/).
const BASE_URL = import.meta.env.BASE_URL;
const BUNDLE_PATH = `${BASE_URL}pagefind/`;
const MAX_SUB_RESULTS = 3;

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) void start(form);

async function start(form: HTMLFormElement): Promise<void> {
  const data = form.dataset;
  const lang = data.lang as Lang;
  const strings = JSON.parse(data.pagefindStrings ?? '{}') as Record<string, string>;
  const kindLabels = JSON.parse(data.kindLabels ?? '{}') as Record<SearchKind, string>;
  const queryField = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_PARAMS.query}"]`)!;
  const alsoField = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_PARAMS.alsoOtherLanguage}"]`)!;
  const kindFields = [...form.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_PARAMS.kind}"]`)];
  const status = document.querySelector<HTMLElement>('#search-status')!;
  const container = document.querySelector<HTMLElement>('#search-results')!;

  let state: SearchState = parseSearchState(location.search);
  writeForm(state);
  // Null until the Component UI has loaded; what the reader does meanwhile only updates the state.
  let components: PagefindComponents | null = null;
  let instance: ComponentInstance | null = null;
  let instanceReady: Promise<void> = Promise.resolve();
  const configured = new Set<string>();

  // Listen at once: a reader may type while the Component UI is still loading.
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
    if (event.key === 'ArrowDown' && instance?.focusNextResults(queryField)) event.preventDefault();
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
  // Back/forward between states of this page (e.g. after following a shared link).
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search);
    writeForm(state);
    void search();
  });

  status.textContent = status.dataset.loading ?? '';
  status.hidden = false;
  try {
    components = await loadComponentUi();
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

  async function search(): Promise<void> {
    if (!components) return;
    // Component UI instances read their options once, so each index set is its own instance:
    // "own" searches this language, "merged" adds the other language's index.
    const name = state.alsoOtherLanguage ? 'merged' : 'own';
    if (container.dataset.instance !== name) {
      instance = mount(components, name);
      instanceReady = instance.triggerLoad();
    }
    const current = instance!;
    // Searches started while Pagefind is still loading can finish in any order (Component UI
    // 1.6), so wait for the load, then search for whatever the state is by then.
    await instanceReady;
    if (current !== instance) return;
    current.triggerSearchWithFilters(normalizeQuery(state.query), kindFilter(state.kinds));
  }

  function writeForm(current: SearchState): void {
    queryField.value = current.query;
    alsoField.checked = current.alsoOtherLanguage;
    for (const field of kindFields) field.checked = current.kinds.includes(field.value as SearchKind);
  }

  function mount(components: PagefindComponents, name: 'own' | 'merged'): ComponentInstance {
    if (!configured.has(name)) {
      components.configureInstance(name, {
        bundlePath: BUNDLE_PATH,
        baseUrl: BASE_URL,
        ranking: SEARCH_RANKING,
        excerptLength: lang === 'zh' ? 40 : 24,
        // Search on the main thread: the index is small, and the worker would be 12 KB more to fetch.
        noWorker: true,
        // An absolute URL: Pagefind skips a merge whose path starts like its own bundle's.
        mergeIndex:
          name === 'merged'
            ? [
                {
                  bundlePath: new URL(BUNDLE_PATH, location.origin).href,
                  language: data.otherPagefindLanguage,
                  baseUrl: BASE_URL,
                  ranking: SEARCH_RANKING,
                },
              ]
            : [],
      });
      configured.add(name);
    }
    const current = components.getInstanceManager().getInstance(name);
    current.setTranslations(strings);
    current.on('filters', ({ available }) => showKindCounts(available), form);

    const summary = document.createElement('pagefind-summary');
    const results = document.createElement('pagefind-results') as ResultsElement;
    for (const element of [summary, results]) element.setAttribute('instance', name);
    results.resultTemplate = (result) => renderResult(result, current);
    container.replaceChildren(summary, results);
    container.dataset.instance = name;
    return current;
  }

  function showKindCounts(available: FilterCounts | null): void {
    for (const kind of SEARCH_KINDS) {
      const count = form.querySelector<HTMLElement>(`[data-kind-count="${kind}"]`);
      if (count) count.textContent = state.query.trim() && available ? `(${available.kind?.[kind] ?? 0})` : '';
    }
  }

  function renderResult(result: ResultData, current: ComponentInstance): Element {
    const item = element('li', 'pf-result search-result');
    const resultLang = /^\/(zh|en)\//.exec(result.url)?.[1] as Lang | undefined;
    const fromOtherLanguage = resultLang !== undefined && resultLang !== lang;
    if (fromOtherLanguage) item.lang = resultLang === 'zh' ? 'zh-CN' : 'en';

    const facts: string[] = [];
    const kind = result.filters?.kind?.find(isSearchKind);
    if (kind) facts.push(kindLabels[kind]);
    if (result.meta.date) facts.push(formatPartialDate(result.meta.date, lang));
    if (fromOtherLanguage) facts.push(data.otherLanguageLabel ?? '');
    const about = element('p', 'search-result-about');
    about.lang = document.documentElement.lang; // labels are in the page's language
    about.textContent = facts.join(' · ');

    const heading = element('h2', 'search-result-title');
    const link = element('a', 'pf-result-link');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    item.append(heading, about, excerpt(result.excerpt));

    const sections = current.getDisplaySubResults(result, MAX_SUB_RESULTS);
    if (sections.length > 0) {
      const list = element('ul', 'search-result-sections');
      list.setAttribute('aria-label', data.sectionsLabel ?? '');
      for (const section of sections) {
        const entry = element('li');
        const sectionLink = element('a', 'pf-heading-link');
        sectionLink.href = section.url;
        sectionLink.textContent = section.title;
        entry.append(sectionLink, excerpt(section.excerpt));
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }
}

async function loadComponentUi(): Promise<PagefindComponents> {
  if (!window.PagefindComponents) {
    // A plain script from the index's own bundle; it defines the custom elements once.
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${BUNDLE_PATH}pagefind-component-ui.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`could not load ${script.src}`));
      document.head.append(script);
    });
  }
  if (!window.PagefindComponents) throw new Error('Pagefind Component UI did not start');
  return window.PagefindComponents;
}

/** An excerpt keeps Pagefind's <mark> highlights and nothing else from its HTML. */
function excerpt(html: string): HTMLElement {
  const paragraph = element('p', 'search-result-excerpt');
  const parsed = document.createElement('template');
  parsed.innerHTML = html;
  for (const node of parsed.content.childNodes) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      paragraph.append(mark);
    } else {
      paragraph.append(node.textContent ?? '');
    }
  }
  return paragraph;
}

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, className?: string): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}
