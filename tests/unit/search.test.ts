import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindFilter, normalizeQuery, parseSearchState, searchStateQueryString } from '../../src/lib/search/query';
import { SEARCH_KINDS } from '../../src/lib/content/kinds';
import { searchPagePath } from '../../src/lib/urls/urls';
import { isSearchShortcut, type KeyPress } from '../../src/lib/search/shortcut';
import { excerptRuns, resultSnippet } from '../../src/lib/search/excerpt';
import { NAMES_SEPARATOR } from '../../src/lib/search/exact';
import { queryWords, searchAsReaderMeans, type ReaderSearch } from '../../src/lib/search/understand';
import { combineAnswers, searchBundlesInOrder } from '../../src/lib/search/in-order';
import {
  isIndexed,
  pagefindBundleInputs,
  pagefindLanguage,
  searchIndexFields,
  searchKindOf,
  termNamesOf,
} from '../../src/lib/page/index-meta';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles';
import { bundleInstances } from '../../src/lib/search/instances';
import { KINDS } from '../../src/lib/content/kinds';

describe('normalizeQuery', () => {
  it('folds full-width digits, letters and punctuation to their ordinary forms (NFKC)', () => {
    expect(normalizeQuery('１２７')).toBe('127');
    expect(normalizeQuery('３５，０００')).toBe('35,000');
    expect(normalizeQuery('ＡＰＥＣ')).toBe('APEC');
    expect(normalizeQuery('２８９个重点街区')).toBe('289个重点街区');
  });
  it('trims and collapses whitespace, the ideographic space included', () => {
    expect(normalizeQuery('  三里屯 \u3000 使馆\t')).toBe('三里屯 使馆');
    expect(normalizeQuery('\u3000')).toBe('');
  });
  it('leaves Chinese characters and ordinary text as typed', () => {
    expect(normalizeQuery('第四使馆区')).toBe('第四使馆区');
    expect(normalizeQuery('Fourth Embassy District')).toBe('Fourth Embassy District');
  });
});

describe('search page URL state', () => {
  it('reads the query, the merge switch and known kinds, in a fixed order', () => {
    expect(
      parseSearchState(
        '?q=%E4%B8%89%E9%87%8C%E5%B1%AF&also=1&kind=place&kind=bogus&kind=statistic&kind=place',
        SEARCH_KINDS,
      ),
    ).toEqual({
      query: '三里屯',
      alsoOtherLanguage: true,
      kinds: ['statistic', 'place'],
    });
    expect(parseSearchState('', SEARCH_KINDS)).toEqual({ query: '', alsoOtherLanguage: false, kinds: [] });
    expect(parseSearchState('?also=yes', SEARCH_KINDS).alsoOtherLanguage).toBe(false);
  });
  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    const state = { query: '127 embassies', alsoOtherLanguage: true, kinds: ['place', 'statistic'] as const };
    const written = searchStateQueryString({ ...state, kinds: [...state.kinds] });
    // Written in the state's order (the form's, which is the kinds'); read back in the kinds' order.
    expect(written).toBe('?q=127+embassies&also=1&kind=place&kind=statistic');
    expect(parseSearchState(written, SEARCH_KINDS)).toEqual({ ...state, kinds: ['statistic', 'place'] });
    expect(searchStateQueryString({ query: '  ', alsoOtherLanguage: false, kinds: [] })).toBe('');
  });
  it('links the search page of each language, with a query when given', () => {
    expect(searchPagePath('zh')).toBe('/zh/search/');
    expect(searchPagePath('en', { query: '三里屯' })).toBe('/en/search/?q=%E4%B8%89%E9%87%8C%E5%B1%AF');
  });
  it('filters by kind only when some kinds are chosen', () => {
    expect(kindFilter([])).toEqual({});
    expect(kindFilter(['event'])).toEqual({ kind: ['event'] });
  });
});

describe('the search shortcut', () => {
  const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });
  it('is Ctrl+K or ⌘K, either case', () => {
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }))).toBe(true);
  });
  it('is not K alone, another key, extra modifiers, or a key an IME is composing', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
    expect(isSearchShortcut(press('j', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, isComposing: true }))).toBe(false);
  });
});

describe('what the index is told about a page', () => {
  it('maps each content kind to one filter value; other pages have none', () => {
    expect(searchKindOf('statistics')).toBe('statistic');
    expect(searchKindOf('timeline')).toBe('event');
    expect(searchKindOf('places')).toBe('place');
    expect(searchKindOf('glossary')).toBe('glossary');
    expect(searchKindOf('sources')).toBe('source');
    expect(searchKindOf('about')).toBeUndefined();
    expect(
      new Set(['statistics', 'timeline', 'places', 'glossary', 'sources'].map((k) => searchKindOf(k as never))),
    ).toEqual(new Set(SEARCH_KINDS));
  });
  it('indexes entry pages, not lists or their groups, homes, About, data or search', () => {
    expect(isIndexed('places', 'places/sanlitun')).toBe(true);
    expect(isIndexed('sources', 'sources/some-source')).toBe(true);
    // Every event and term has its own page, its one result; its group page only lists it again.
    expect(isIndexed('timeline', 'timeline/some-event')).toBe(true);
    expect(isIndexed('glossary', 'glossary/some-term')).toBe(true);
    expect(isIndexed('timeline', 'timeline/by-month/2025-10')).toBe(false);
    expect(isIndexed('glossary', 'glossary/by-initial/b')).toBe(false);
    expect(isIndexed('timeline', 'timeline')).toBe(false);
    expect(isIndexed('glossary', 'glossary')).toBe(false);
    expect(isIndexed('sources', 'sources/by-month/2025-10')).toBe(false);
    expect(isIndexed('places', 'places')).toBe(false);
    expect(isIndexed('statistics', 'statistics')).toBe(false);
    expect(isIndexed('about', 'about')).toBe(false);
    expect(isIndexed('data', 'data')).toBe(false);
    expect(isIndexed('search', 'search')).toBe(false);
    expect(isIndexed('home', '')).toBe(false);
  });
  it('gives title, kind label and date as metadata', () => {
    expect(
      searchIndexFields({ kind: 'timeline', title: '“十五五”规划', date: '2025-10' }, (kind) => `<${kind}>`),
    ).toEqual({
      filter: { kind: 'event' },
      meta: { title: '“十五五”规划', kind: '<event>', date: '2025-10' },
    });
    expect(searchIndexFields({ kind: 'about', title: 'About' }, () => 'x')).toEqual({
      filter: undefined,
      meta: { title: 'About' },
    });
  });
  it("gives a statistic's figure as metadata, so its result can show the answer", () => {
    expect(
      searchIndexFields({ kind: 'statistics', title: 'Total', figure: 'over 35,000 enterprises' }, () => 'Statistics')
        .meta,
    ).toEqual({ title: 'Total', kind: 'Statistics', figure: 'over 35,000 enterprises' });
  });
  it('names the index of each language as Pagefind does: the html lang, lower-cased', () => {
    expect(pagefindLanguage('zh')).toBe('zh-cn');
    expect(pagefindLanguage('en')).toBe('en');
  });
});

describe('queryWords', () => {
  it('drops question words and particles, per language, and cuts Chinese as Pagefind does', () => {
    expect(queryWords('how many international organizations are in Beijing', 'en')).toEqual([
      'international',
      'organizations',
      'Beijing',
    ]);
    expect(queryWords('北京有多少国际组织', 'zh')).toEqual(['北京', '国际', '组织']);
    expect(queryWords('在京国际组织有多少家？', 'zh')).toEqual(['在京', '国际', '组织']);
    expect(queryWords("what is Beijing's rank", 'en')).toEqual(["Beijing's", 'rank']);
  });
  it('keeps a Chinese run whole for the English index, which stores it as one word', () => {
    expect(queryWords('三里屯', 'en')).toEqual(['三里屯']);
    expect(queryWords('三里屯 Sanlitun', 'zh')).toEqual(['三里', '屯', 'Sanlitun']);
  });
  it('searches a name the segmenter cuts into single characters as one phrase, without the question around it', () => {
    expect(queryWords('中关村', 'zh')).toEqual(['"中关村"']);
    expect(queryWords('在中关村', 'zh')).toEqual(['"中关村"']);
    expect(queryWords('望京有哪些外国人服务', 'zh')).toEqual(['"望京"', '外国', '人', '服务']);
    expect(queryWords('多少家外企', 'zh')).toEqual(['"外企"']);
    expect(queryWords('北京有几家外企', 'zh')).toEqual(['北京', '"外企"']);
    expect(queryWords('雁栖湖 门票', 'zh')).toEqual(['"雁栖湖"', '"门票"']);
    // Single characters next to words are words of their own; questions stay questions.
    expect(queryWords('北京有几家国际组织', 'zh')).toEqual(['北京', '国际', '组织']);
    expect(queryWords('重点街区与重要镇', 'zh')).toEqual(['重点', '"街区"', '重要', '镇']);
    // The English index holds a Chinese run as one word.
    expect(queryWords('中关村', 'en')).toEqual(['中关村']);
  });
  it('keeps a query made only of common words, and a quoted phrase, as typed', () => {
    expect(queryWords('what is', 'en')).toEqual(['what', 'is']);
    expect(queryWords('"second Sanlitun"', 'en')).toEqual(['"second Sanlitun"']);
    expect(queryWords('  １２７ ', 'en')).toEqual(['127']);
  });
});

describe('searchAsReaderMeans', () => {
  /**
   * A stand-in index: a page holds words, each with a weight (a title's words weigh more); a
   * search ANDs its words, as Pagefind does, and scores a page by the weights of those words.
   */
  const standIn = (pages: Record<string, Record<string, number>>) => ({
    search: async (term: string) => {
      const words = term.toLowerCase().split(' ');
      const results = Object.entries(pages)
        .filter(([, held]) => words.every((word) => word in held))
        .map(([id, held]) => ({ id, term, score: words.reduce((sum, word) => sum + held[word], 0) }));
      return { results, filters: { kind: { page: results.length } } };
    },
  });
  const index = standIn({
    a: { sanlitun: 1, district: 1 },
    b: { embassy: 1, district: 1 },
    c: { embassy: 1 },
  });
  it('finds pages holding every word first, other things equal', async () => {
    const answer = await searchAsReaderMeans(index, 'what is the embassy district', 'en');
    expect(answer.match).toBe('all');
    expect(answer.results.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
  it('ranks a page holding the telling words strongly above one holding every word in passing', async () => {
    const site = standIn({
      glossary: { sister: 1, cities: 1, beijing: 1 },
      statistic: { sister: 4, cities: 7 },
      about: { beijing: 1 },
    });
    const answer = await searchAsReaderMeans(site, 'how many sister cities does Beijing have', 'en');
    expect(answer.match).toBe('all');
    expect(answer.results.map((r) => r.id)).toEqual(['statistic', 'glossary', 'about']);
    // The page with every word is shown as the search for all of them found it (its excerpt marks them all).
    expect(answer.results[1].term).toBe('sister cities Beijing');
    // Pagefind's counts per kind count the pages with every word: not these results.
    expect(answer.filters).toBeUndefined();
    expect((await searchAsReaderMeans(site, 'sister cities', 'en')).filters).toEqual({ kind: { page: 2 } });
  });
  it('falls back to the pages holding the most words, and says so', async () => {
    const answer = await searchAsReaderMeans(index, 'sanlitun embassy district', 'en');
    expect(answer.match).toBe('closest');
    expect(answer.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
  it('finds nothing only when no word is on the site', async () => {
    expect((await searchAsReaderMeans(index, 'xylophone', 'en')).match).toBe('none');
    expect((await searchAsReaderMeans(index, 'xylophone dinosaur', 'en')).results).toEqual([]);
  });

  /**
   * A Chinese stand-in with Pagefind's two ways to match: the query cut as Pagefind cuts it, a
   * single character found in any word holding it (关 in 相关); a quoted phrase only where the
   * page has it as written.
   */
  const cut = new Intl.Segmenter('zh', { granularity: 'word' });
  const chinese = (pages: Record<string, string[]>) => ({
    search: async (term: string) => {
      const phrase = /^"(.+)"$/u.exec(term)?.[1];
      const words = [...cut.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
      const holds = (held: string[], word: string) =>
        [...word].length === 1 ? held.some((w) => w.includes(word)) : held.includes(word);
      const results = Object.entries(pages)
        .filter(([, held]) => (phrase ? held.join(' ').includes(phrase) : words.every((w) => holds(held, w))))
        .map(([id, held]) => ({ id, score: held.length }));
      return { results };
    },
  });
  const places = chinese({
    district: ['相关', '数据', '三里屯', '展望', '北京'],
    services: ['望京', '外国', '服务', '社会', '保障'],
    guide: ['服务', '指南'],
    glossary: ['社保'],
  });
  it('finds a name cut into characters where it is written, not wherever one of its characters is', async () => {
    expect(await searchAsReaderMeans(places, '中关村', 'zh')).toMatchObject({ match: 'none', results: [] });
    // 望 and 京 are on the district's page too, in other words: it follows the page naming 望京.
    expect((await searchAsReaderMeans(places, '望京', 'zh')).results.map((r) => r.id)).toEqual([
      'services',
      'district',
    ]);
    const answer = await searchAsReaderMeans(places, '望京 服务', 'zh');
    expect(answer.words).toEqual(['"望京"', '服务']);
    expect(answer.match).toBe('all');
    expect(answer.results[0].id).toBe('services');
    expect(answer.results.map((r) => r.id)).toContain('guide');
    expect(answer.filters).toBeUndefined();
  });
  it('lists the pages holding a known name’s characters apart after those that have it as written', async () => {
    // The services page outranks the glossary on its own scores, yet follows it.
    const answer = await searchAsReaderMeans(places, '社保', 'zh');
    expect(answer.results.map((r) => r.id)).toEqual(['glossary', 'services']);
    expect(answer.results[0].score).toBeGreaterThan(answer.results[1].score);
    // Typed in quotes, a phrase finds only itself.
    expect((await searchAsReaderMeans(places, '"社保"', 'zh')).results.map((r) => r.id)).toEqual(['glossary']);
  });
  it('falls back to the other words when a name is nowhere on the site', async () => {
    const closest = await searchAsReaderMeans(places, '中关村服务', 'zh');
    expect(closest.match).toBe('closest');
    expect(closest.results.map((r) => r.id)).toEqual(['services', 'guide']);
  });
});

describe('the search bundles', () => {
  it('put every kind in exactly one bundle, the curated entries before the source documents', () => {
    const kinds = SEARCH_BUNDLES.flatMap((bundle) => bundle.kinds);
    expect([...kinds].sort()).toEqual([...SEARCH_KINDS].sort());
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(SEARCH_BUNDLES.findIndex((bundle) => bundle.kinds.includes('source'))).toBe(SEARCH_BUNDLES.length - 1);
    for (const bundle of SEARCH_BUNDLES) expect(bundle.path).toMatch(/^pagefind\/([a-z]+\/)?$/);
  });
  it('send each built page of a kind’s section to the index of the bundle holding that kind', () => {
    const inputs = pagefindBundleInputs();
    expect(inputs.map((input) => input.outputSubdir)).toEqual(SEARCH_BUNDLES.map((bundle) => bundle.path));
    // The bundles whose file pattern (what the build gives Pagefind) takes a built page's file.
    const bundlesOf = (url: string) =>
      inputs.filter((input) => matchesGlob(`${url.slice(1)}index.html`, input.glob)).map((input) => input.name);
    for (const kind of Object.values(KINDS)) {
      const holding = inputs.filter((input) => input.sections.includes(kind.section));
      expect(holding, kind.section).toHaveLength(1);
      expect(SEARCH_BUNDLES.find((b) => b.name === holding[0].name)!.kinds, kind.section).toContain(kind.searchKind);
      for (const lang of ['zh', 'en'])
        expect(bundlesOf(`/${lang}/${kind.section}/some-entry/`)).toEqual([holding[0].name]);
    }
    expect(bundlesOf('/en/sources/2025-10/')).toEqual(['sources']);
    expect(bundlesOf('/zh/timeline/by-month/2025-10/')).toEqual(['entries']);
    for (const path of ['/', '/en/', '/zh/about/', '/en/search/', '/en/data/', '/pagefind/places/x/', '/fr/places/x/'])
      expect(bundlesOf(path), path).toEqual([]);
  });
});

describe('the search bundles’ Pagefind instances', () => {
  interface FakeInstance {
    basePath: string;
    calls: string[];
    search(term: string): Promise<void>;
    mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  }
  function maker() {
    const made: FakeInstance[] = [];
    const log: string[] = [];
    const instanceOf = bundleInstances<FakeInstance>({
      baseUrl: '/bj/',
      create: (bundle, basePath) => {
        log.push(`create ${bundle.name}`);
        const instance: FakeInstance = {
          basePath,
          calls: [],
          search: async (term) => {
            // The WebAssembly starting: the next instance must not start before this ends.
            await new Promise((done) => setTimeout(done, 5));
            log.push(`ready ${bundle.name}`);
            instance.calls.push(`search ${JSON.stringify(term)}`);
          },
          mergeIndex: async (url, options) => void instance.calls.push(`merge ${url} ${options.language}`),
        };
        made.push(instance);
        return instance;
      },
      absoluteUrl: (basePath) => `https://example.org${basePath}`,
      mergeOptions: { language: 'en' },
    });
    return { made, log, instanceOf };
  }

  it('makes one instance per bundle and index set, at the bundle’s folder under the base path', async () => {
    const { made, instanceOf } = maker();
    const [entries, sources] = SEARCH_BUNDLES;
    const first = await instanceOf(entries, false);
    expect(await instanceOf(entries, false)).toBe(first);
    const merged = await instanceOf(entries, true);
    expect(merged).not.toBe(first);
    await instanceOf(sources, false);
    expect(made.map((instance) => instance.basePath)).toEqual([
      `/bj/${entries.path}`,
      `/bj/${entries.path}`,
      `/bj/${sources.path}`,
    ]);
    expect(first.calls).toEqual(['search ""']);
    // The other language's index, merged from the bundle's absolute URL.
    expect(merged.calls).toEqual(['search ""', `merge https://example.org/bj/${entries.path} en`]);
  });

  it('starts one instance only once the one before it runs', async () => {
    const { log, instanceOf } = maker();
    await Promise.all(SEARCH_BUNDLES.map((bundle) => instanceOf(bundle, false)));
    expect(log).toEqual(SEARCH_BUNDLES.flatMap((bundle) => [`create ${bundle.name}`, `ready ${bundle.name}`]));
  });
});

describe('searching the bundles in order', () => {
  type Hit = { id: string; score: number };
  const answer = (match: ReaderSearch<Hit>['match'], ids: string[], kinds?: Record<string, number>) => ({
    words: ['w'],
    absent: match === 'none' ? ['w'] : [],
    match,
    results: ids.map((id, index) => ({ id, score: 10 - index })),
    ...(kinds ? { filters: { kind: kinds } } : {}),
  });
  it('lists each bundle’s results in turn and adds up the counts per kind', () => {
    const combined = combineAnswers([
      answer('all', ['s1', 'p1'], { statistic: 1, place: 1 }),
      answer('all', ['d1'], { source: 1 }),
    ]);
    expect(combined.results.map((r) => r.id)).toEqual(['s1', 'p1', 'd1']);
    expect(combined.match).toBe('all');
    expect(combined.filters).toEqual({ kind: { statistic: 1, place: 1, source: 1 } });
  });
  it('puts a bundle whose results hold every word before one with only the closest matches', () => {
    const combined = combineAnswers([answer('closest', ['p1']), answer('all', ['d1'], { source: 1 })]);
    expect(combined.results.map((r) => r.id)).toEqual(['d1', 'p1']);
    expect(combined.match).toBe('all');
    expect(combined.filters, 'the closest matches are not counted exactly').toBeUndefined();
    expect(combineAnswers([answer('closest', ['p1']), answer('none', [])]).match).toBe('closest');
    expect(combineAnswers([answer('none', []), answer('none', [])])).toMatchObject({
      match: 'none',
      results: [],
      absent: ['w'],
    });
    // A word one bundle holds is not absent.
    expect(combineAnswers([answer('all', ['p1']), answer('none', [])]).absent).toEqual([]);
    // A bundle with no result counts nothing, exactly.
    expect(combineAnswers([answer('all', ['p1'], { place: 1 }), answer('none', [])]).filters).toEqual({
      kind: { place: 1 },
    });
  });
  const standIn = (ids: string[], searched: string[], name: string) => ({
    search: async (term: string, options?: { filters?: Record<string, string[]> }) => {
      searched.push(`${name}: ${term} ${JSON.stringify(options?.filters ?? {})}`);
      return { results: ids.map((id) => ({ id, score: 1 })), filters: { kind: { [name]: ids.length } } };
    },
  });
  it('shows the first bundle’s answer before searching the next, and skips a bundle of no kind chosen', async () => {
    const searched: string[] = [];
    const made: string[] = [];
    const bundles = [
      { kinds: ['place'], instance: async () => (made.push('entries'), standIn(['p1'], searched, 'place')) },
      { kinds: ['source'], instance: async () => (made.push('sources'), standIn(['d1'], searched, 'source')) },
    ];
    const progress: string[][] = [];
    const all = await searchBundlesInOrder(bundles, 'sanlitun', 'en', [], async (soFar) => {
      progress.push(soFar.results.map((r) => r.id));
      await Promise.resolve();
      expect(made, 'the second bundle is not loaded before the first answer is shown').toEqual(['entries']);
      return true;
    });
    expect(progress).toEqual([['p1']]);
    expect(all.results.map((r) => r.id)).toEqual(['p1', 'd1']);

    // A newer query stops the search after the answer so far: the next bundle is not searched.
    made.length = 0;
    const stopped = await searchBundlesInOrder(bundles, 'sanlitun', 'en', [], () => false);
    expect(stopped.results.map((r) => r.id)).toEqual(['p1']);
    expect(made).toEqual(['entries']);

    made.length = 0;
    searched.length = 0;
    const places = await searchBundlesInOrder(bundles, 'sanlitun', 'en', ['place']);
    expect(places.results.map((r) => r.id)).toEqual(['p1']);
    expect(made).toEqual(['entries']);
    expect(searched).toEqual(['place: sanlitun {"kind":["place"]}']);
  });
});

describe('excerptRuns', () => {
  it('merges adjacent highlights, or highlights apart only by spaces, into one', () => {
    expect(excerptRuns('来源以<mark>三里</mark><mark>屯</mark>为样板')).toEqual([
      { text: '来源以', mark: false },
      { text: '三里屯', mark: true },
      { text: '为样板', mark: false },
    ]);
    expect(excerptRuns('Fourth <mark>Embassy</mark> <mark>District</mark> is')[1]).toEqual({
      text: 'Embassy District',
      mark: true,
    });
  });
  it('drops the punctuation an excerpt starts with and moves punctuation out of highlights', () => {
    expect(excerptRuns('. <mark>Sanlitun:</mark> a “second <mark>Sanlitun”.</mark> What')).toEqual([
      { text: 'Sanlitun', mark: true },
      { text: ': a “second ', mark: false },
      { text: 'Sanlitun', mark: true },
      { text: '”. What', mark: false },
    ]);
  });
  it('decodes the entities Pagefind escapes', () => {
    expect(excerptRuns('<mark>R&amp;D</mark> &lt;center&gt;')).toEqual([
      { text: 'R&D', mark: true },
      { text: ' <center>', mark: false },
    ]);
  });
});

describe('an entry’s result', () => {
  it('shows the excerpt where the text matched, else the entry’s description, as text', () => {
    expect(resultSnippet('the <mark>Sanlitun</mark> area', 'A district.')).toBe('the <mark>Sanlitun</mark> area');
    // Matched in the name alone: the excerpt would be whatever comes first, so the description.
    expect(resultSnippet('Beijing Pass. Also known as', 'A <payment> card & more')).toBe(
      'A &lt;payment&gt; card &amp; more',
    );
    expect(resultSnippet('no highlight here', undefined)).toBe('no highlight here');
    expect(excerptRuns(resultSnippet('plain', 'x < y'))).toEqual([{ text: 'x < y', mark: false }]);
  });

  it('shows the description when every highlight falls on the entry’s names or search terms', () => {
    const names = ['Sanlitun', '三里屯', '“Beijing Service” points', 'expats'].join(NAMES_SEPARATOR);
    const description = 'A district.';
    // Matched by name: the excerpt would run names and labels together.
    expect(resultSnippet('<mark>Sanlitun.</mark> 三里屯 The source', description, names)).toBe(description);
    expect(resultSnippet('<mark>三里屯</mark> Sanlitun', description, names)).toBe(description);
    expect(resultSnippet('<mark>Beijing</mark> <mark>Service</mark> points. 北京', description, names)).toBe(
      description,
    );
    expect(resultSnippet('expatriates, <mark>expats</mark>, services', description, names)).toBe(description);
    // A highlighted word in the text: the excerpt, which shows where, without the names it opens with.
    const inText = 'the <mark>Sanlitun</mark> is a <mark>second</mark> scene';
    expect(resultSnippet(inText, description, names)).toBe(inText);
    expect(
      resultSnippet(`<mark>Sanlitun</mark>. 三里屯 (site’s translation) expats, ${inText}`, description, names),
    ).toBe(inText);
    expect(resultSnippet('<mark>Sanlitunxyz</mark> <mark>second</mark>', description, names)).toBe(
      '<mark>Sanlitunxyz second</mark>',
    );
    expect(resultSnippet('<mark>scene</mark>', description, names)).toBe('<mark>scene</mark>');
    // Every word searched is a name's: highlights on longer words they begin do not count.
    const longer = '<mark>Beijing Services</mark> listed';
    expect(resultSnippet(longer, description, names)).toBe(longer);
    expect(resultSnippet(longer, description, names, ['Beijing', 'Service'])).toBe(description);
    expect(resultSnippet(inText, description, names, ['second', 'Sanlitun'])).toBe(inText);
    // Nothing but names: the description.
    expect(resultSnippet('<mark>Sanlitun</mark>. 三里屯', description, names, ['second'])).toBe(description);
  });

  it('lends the names of the glossary terms that point to an entry to that entry’s page', () => {
    const term = (zh: string, en: string, page?: { kind: string; id: string }) => ({
      data: { title: { zh, en }, page },
    });
    const terms = [
      term('社会保障', 'social security', { kind: 'places', id: 'services' }),
      term('医疗', 'healthcare', { kind: 'places', id: 'services' }),
      term('航点', 'air points', { kind: 'indicators', id: 'services' }),
      term('三里屯', 'Sanlitun'),
    ];
    expect(termNamesOf(terms, { kind: 'places', id: 'services' }, 'zh')).toBe('社会保障 | 医疗');
    expect(termNamesOf(terms, { kind: 'places', id: 'services' }, 'en')).toBe('social security | healthcare');
    expect(termNamesOf(terms, { kind: 'places', id: 'elsewhere' }, 'en')).toBe('');
  });
});
