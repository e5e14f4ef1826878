/**
 * The search page in the browser, as a custom element (`<search-page>`) around the page's own
 * GET form, whose fields are the URL state (?q=, also=1, kind=…). The form is rendered by the
 * server, so without JavaScript it still submits and the page says how to search; with
 * JavaScript every change runs the search (pagefind.js through the site's query function,
 * src/lib/search/understand.ts, shared with the Node harness the tests use) and rewrites the
 * URL in place. The index is two bundles (src/lib/search/bundles.ts): the curated entries' results are shown
 * at once; then the source documents' bundle is loaded (the first time), and its results follow.
 *
 * State apart from rendering: the URL's search state (src/lib/search/query.ts), `ResultPages`
 * (./paging.ts); elements from ./render.ts, and what is said of an absent query ./absence.ts.
 */
import {
  normalizeQuery,
  parseSearchState,
  searchStateQueryString,
  SEARCH_PARAMS,
  SEARCH_RANKING,
  type SearchKind,
  type SearchState,
} from '../../lib/search/query';
import { SEARCH_BUNDLES, type SearchBundle } from '../../lib/search/bundles';
import { bundleInstances } from '../../lib/search/instances';
import { searchBundlesInOrder } from '../../lib/search/in-order';
import type { Lang } from '../../i18n/index';
import { BASE_URL, loadPagefind, type IndexSet, type Pagefind, type PagefindModule, type Result } from './pagefind';
import { ResultPages } from './paging';
import { renderResult, resultParts, summaryText, type ResultLabels } from './render';
import { hideAbsence, loadWords, showNothingFound, summaryLine, type AbsenceParts } from './absence';
import { correctSpelling, type CorrectedSearch } from '../../lib/search/correct';

/** The parts of the page the element reads and writes, found once. */
interface SearchView {
  form: HTMLFormElement;
  queryField: HTMLInputElement;
  alsoField: HTMLInputElement;
  kindFields: HTMLInputElement[];
  status: HTMLElement;
  container: HTMLElement;
  summary: HTMLElement;
  closest: HTMLElement;
  list: HTMLElement;
  pending: HTMLElement;
  more: HTMLButtonElement;
  absence: AbsenceParts;
}

class SearchPage extends HTMLElement {
  private view!: SearchView;
  private labels!: ResultLabels;
  private strings: Record<string, string> = {};
  private searchKinds: SearchKind[] = [];
  private state!: SearchState;
  private pages = new ResultPages<Result>();
  private pagefind: PagefindModule | null = null;
  private instanceOf!: (bundle: SearchBundle, merged: boolean) => Promise<Pagefind>;
  /** Each search's number: an older search that finishes late never replaces a newer one. */
  private latest = 0;
  private started = false;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    if (this.started || !form) return;
    this.started = true;
    this.readPage(form);
    this.listen();
    void this.load();
  }

  /** The page's labels and fields, and the results' container filled with its parts. */
  private readPage(form: HTMLFormElement): void {
    const data = form.dataset;
    const kindLabels = JSON.parse(data.kindLabels ?? '{}') as Record<SearchKind, string>;
    // The search kinds in their order, as the page lists them (src/lib/content/kinds.ts).
    this.searchKinds = Object.keys(kindLabels) as SearchKind[];
    this.strings = JSON.parse(data.pagefindStrings ?? '{}') as Record<string, string>;
    const lang = data.lang as Lang;
    this.labels = {
      lang,
      kindLabels,
      otherLanguage: data.otherLanguageLabel ?? '',
      sections: data.sectionsLabel ?? '',
      words: [],
    };
    const field = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    this.view = {
      form,
      queryField: field(SEARCH_PARAMS.query),
      alsoField: field(SEARCH_PARAMS.alsoOtherLanguage),
      kindFields: [...form.querySelectorAll<HTMLInputElement>(`input[name="${SEARCH_PARAMS.kind}"]`)],
      status: this.querySelector<HTMLElement>('#search-status')!,
      container: this.querySelector<HTMLElement>('#search-results')!,
      ...resultParts(data, this.strings),
      absence: {
        browse: this.querySelector<HTMLElement>('.search-none')!,
        suggestions: this.querySelector<HTMLElement>('.search-suggestions')!,
        other: this.querySelector<HTMLElement>('.search-other-language')!,
        otherList: this.querySelector<HTMLElement>('.search-other-language ol')!,
      },
    };
    const { container, summary, closest, list, pending, more } = this.view;
    container.replaceChildren(summary, closest, list, pending, more);
    this.instanceOf = bundleInstances<Pagefind>({
      baseUrl: BASE_URL,
      create: (bundle, basePath) =>
        this.pagefind!.createInstance({
          basePath,
          baseUrl: BASE_URL,
          ranking: SEARCH_RANKING,
          excerptLength: lang === 'zh' ? 40 : 24,
          noWorker: bundle.mainThread,
        }),
      absoluteUrl: (basePath) => new URL(basePath, location.origin).href,
      mergeOptions: { language: data.otherPagefindLanguage, baseUrl: BASE_URL, ranking: SEARCH_RANKING },
    });
    this.state = parseSearchState(location.search, this.searchKinds);
    this.writeForm();
  }

  /** At once: a reader may type while Pagefind is still loading. */
  private listen(): void {
    const { form, queryField, alsoField, kindFields, list, more } = this.view;
    let composing = false;
    queryField.addEventListener('compositionstart', () => (composing = true));
    queryField.addEventListener('compositionend', () => {
      composing = false;
      this.update({ query: queryField.value });
    });
    queryField.addEventListener('input', () => {
      // While an IME is composing, the field holds pinyin, not the words the reader means.
      if (!composing) this.update({ query: queryField.value });
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
      this.update({ query: queryField.value });
    });
    alsoField.addEventListener('change', () => this.update({ alsoOtherLanguage: alsoField.checked }));
    for (const box of kindFields) {
      box.addEventListener('change', () => {
        const checked = kindFields.filter((field) => field.checked).map((field) => field.value);
        this.update({ kinds: this.searchKinds.filter((kind) => checked.includes(kind)) });
      });
    }
    more.addEventListener('click', () => void this.showMore(this.latest));
    // Back/forward between states of this page (e.g. after following a shared link).
    window.addEventListener('popstate', () => {
      this.state = parseSearchState(location.search, this.searchKinds);
      this.writeForm();
      void this.search();
    });
  }

  private async load(): Promise<void> {
    const { status } = this.view;
    status.textContent = status.dataset.loading ?? '';
    status.hidden = false;
    try {
      this.pagefind = await loadPagefind();
      await this.instance(SEARCH_BUNDLES[0]);
    } catch {
      status.textContent = status.dataset.error ?? '';
      return;
    }
    status.hidden = true;
    status.textContent = '';
    void this.search();
  }

  private update(change: Partial<SearchState>): void {
    this.state = { ...this.state, ...change };
    // replaceState: typing does not pile up history entries, yet Back from a result returns here.
    history.replaceState(null, '', location.pathname + searchStateQueryString(this.state));
    void this.search();
  }

  private indexSet(): IndexSet {
    return this.state.alsoOtherLanguage ? 'merged' : 'own';
  }

  /**
   * One Pagefind instance per bundle and index set, made when first searched: the source
   * documents' bundle is loaded only once the entries' results are on screen, and not at all
   * while the kinds chosen exclude it.
   */
  private instance(bundle: SearchBundle): Promise<Pagefind> {
    return this.instanceOf(bundle, this.indexSet() === 'merged');
  }

  private async search(): Promise<void> {
    if (!this.pagefind) return;
    const run = ++this.latest;
    const query = normalizeQuery(this.state.query);
    const set = this.indexSet();
    if (!query) return this.show(run, query, set, null, true);
    this.view.container.setAttribute('aria-busy', 'true');
    const bundles = SEARCH_BUNDLES.map((bundle) => ({
      kinds: bundle.kinds,
      instance: () => this.instanceOf(bundle, set === 'merged'),
    }));
    const { lang } = this.labels;
    // The entries' results go on screen before the source documents are searched.
    const answer = await searchBundlesInOrder(bundles, query, lang, this.state.kinds, async (soFar) => {
      if (run === this.latest) await this.show(run, query, set, soFar, false);
      return run === this.latest;
    });
    const search = (text: string) => searchBundlesInOrder(bundles, text, lang, this.state.kinds);
    const words = () => loadWords(this.view.form.dataset.wordsUrl ?? '');
    if (run === this.latest)
      await this.show(run, query, set, await correctSpelling(answer, query, search, words), true);
  }

  private async show(
    run: number,
    query: string,
    set: IndexSet,
    answer: CorrectedSearch<Result> | null,
    complete: boolean,
  ): Promise<void> {
    // The results already on screen stay when this answer only adds to them (a later bundle's).
    const kept = this.pages.receive(query, answer?.results ?? []);
    this.labels.words = answer?.words ?? [];
    const next = await this.render(run, this.pages.take(this.pages.firstPageRemainder()));
    if (run !== this.latest) return;
    const { container, list, more, pending, closest, summary } = this.view;
    if (kept) list.append(...next);
    else list.replaceChildren(...next);
    this.pages.commit(query);
    // The query whose results are on screen, for whoever watches the page (the search benchmark).
    container.dataset.query = query;
    more.hidden = !this.pages.hasMore;
    pending.hidden = complete;
    closest.hidden = answer?.match !== 'closest';
    summary.textContent = query
      ? summaryLine(this.view.form.dataset, query, answer, complete, () =>
          summaryText(this.strings, query, this.pages.total),
        )
      : '';
    if (complete) void this.nothingFound(run, query, answer);
    container.dataset.instance = set;
    container.setAttribute('aria-busy', String(!complete));
    for (const kind of this.searchKinds) {
      const count = this.view.form.querySelector<HTMLElement>(`[data-kind-count="${kind}"]`);
      const counts = answer?.filters?.kind;
      if (count) count.textContent = query && counts ? `(${counts[kind] ?? 0})` : '';
    }
  }

  /**
   * For a query that found nothing: the indexes, spelling suggestions from the site's words, and
   * the other language's results (its index merged, as with the page's switch).
   */
  private async nothingFound(run: number, query: string, answer: CorrectedSearch<Result> | null): Promise<void> {
    const { absence, form } = this.view;
    hideAbsence(absence);
    if (!query || !answer || answer.results.length > 0) return;
    await showNothingFound(absence, query, answer.absent, form.dataset.wordsUrl ?? '');
    if (this.indexSet() === 'merged' || run !== this.latest) return;
    const bundles = SEARCH_BUNDLES.map((bundle) => ({
      kinds: bundle.kinds,
      instance: () => this.instanceOf(bundle, true),
    }));
    const other = await searchBundlesInOrder(bundles, query, this.labels.lang, this.state.kinds);
    const shown = await this.render(run, other.match === 'all' ? other.results.slice(0, 5) : []);
    if (run !== this.latest || shown.length === 0) return;
    absence.otherList.replaceChildren(...shown);
    absence.other.hidden = false;
  }

  /** Each result's elements, once its data has loaded; none when a newer search has begun. */
  private async render(run: number, results: Result[]): Promise<Element[]> {
    const pages = await Promise.all(results.map((result) => result.data()));
    return run === this.latest ? pages.map((page) => renderResult(page, this.labels, BASE_URL)) : [];
  }

  private async showMore(run: number): Promise<void> {
    const next = await this.render(run, this.pages.take());
    if (run !== this.latest) return;
    this.view.list.append(...next);
    this.pages.commit(normalizeQuery(this.state.query));
    this.view.more.hidden = !this.pages.hasMore;
  }

  private writeForm(): void {
    const { queryField, alsoField, kindFields } = this.view;
    queryField.value = this.state.query;
    alsoField.checked = this.state.alsoOtherLanguage;
    for (const field of kindFields) field.checked = this.state.kinds.includes(field.value as SearchKind);
  }
}

customElements.define('search-page', SearchPage);
