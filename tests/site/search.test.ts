import { markedNamesOf, withNameMarks } from '../../src/lib/format/provenance';
import { readdirSync, readFileSync } from 'node:fs';
import { curatedEntries, sourceDocuments } from '../helpers/content';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  comma,
  LANGUAGES,
  listSeparator,
  otherLang,
  useTranslations,
  type Lang,
  type UiKey,
} from '../../src/i18n/index';
import { checkSiteContent } from '../../src/lib/read/site-content';
import type { CuratedEntry } from '../../src/lib/content/entries';
import { CURATED_KIND_IDS, CURATED_KINDS } from '../../src/lib/content/kinds';
import { isStopWord, queryWords } from '../../src/lib/search/understand';
import { SEARCH_BUNDLES, type SearchBundle } from '../../src/lib/search/bundles';
import { entryUrl } from '../../src/lib/urls/urls';
import { builtPages, DIST, readPage } from '../helpers/site';
import { searchBuiltIndex, type SearchAnswer, type SearchRequest } from '../helpers/search';
import { figuresOf, writeScores, type Figures, type ScoredQuery } from '../helpers/search-figures';
import {
  QUERY_TABLE,
  QUERY_TABLE_AS_WRITTEN,
  READER_QUERIES,
  READER_QUERIES_AS_WRITTEN,
  type QueryCase,
  type ReaderQuery,
} from './search-queries';

/** Runs every case of a table grouped by (language, merge switch): one Node process per group. */
function runCases<Case extends { lang: Lang; also?: boolean; query: string }>(cases: Case[]): Map<Case, SearchAnswer> {
  const answers = new Map<Case, SearchAnswer>();
  for (const lang of LANGUAGES) {
    for (const also of [false, true]) {
      const group = cases.filter((c) => c.lang === lang && Boolean(c.also) === also);
      if (group.length === 0) continue;
      const requests: SearchRequest[] = group.map((c) => ({ query: c.query }));
      searchBuiltIndex(lang, requests, { also, top: 10 }).answers.forEach((answer, index) =>
        answers.set(group[index], answer),
      );
    }
  }
  return answers;
}

function describeResults(answer: SearchAnswer): string {
  return `${answer.count} results: ${answer.results.map((r) => r.url).join(', ') || 'none'}`;
}

describe('the query table', () => {
  let answers: Map<QueryCase, SearchAnswer>;
  beforeAll(() => {
    answers = runCases(QUERY_TABLE);
  });

  it('has at least 40 queries, some of each sort', () => {
    expect(QUERY_TABLE_AS_WRITTEN.length).toBeGreaterThanOrEqual(40);
    expect(QUERY_TABLE_AS_WRITTEN.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(4);
    expect(QUERY_TABLE_AS_WRITTEN.filter((c) => c.also).length).toBeGreaterThanOrEqual(4);
    expect(QUERY_TABLE_AS_WRITTEN.filter((c) => /[\uFF10-\uFF19]/.test(c.query)).length).toBeGreaterThanOrEqual(2);
    // Rows whose entry is gone are left out; what is left still asks for pages.
    expect(QUERY_TABLE.filter((c) => c.expect !== null).length).toBeGreaterThan(0);
  });

  it.each(QUERY_TABLE.map((c) => [`${c.lang}${c.also ? '+also' : ''} “${c.query}” (${c.why})`, c] as const))(
    '%s',
    (_, c) => {
      const answer = answers.get(c)!;
      if (c.expect === null) {
        expect(answer.count, describeResults(answer)).toBe(0);
        return;
      }
      const urls = answer.results.map((result) => result.url);
      const rank = urls.indexOf(c.expect);
      expect(
        rank,
        `${c.expect} should be ${c.first ? 'first' : 'in the top 3'}; ${describeResults(answer)}`,
      ).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(c.first ? 1 : 3);
      if (c.section) expect(answer.results[rank].sections).toContain(c.section);
    },
  );

  it('needs the query normalised: raw full-width digits do not find the figure', () => {
    // Guards the normalisation itself: were the index to fold widths, the table's full-width rows would be pointless.
    const rows = QUERY_TABLE.filter((c) => c.expect !== null && /^[\uFF10-\uFF19]+$/.test(c.query));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const raw = searchBuiltIndex(row.lang, [{ query: row.query }], { raw: true }).answers[0];
      expect(
        raw.results.map((result) => result.url),
        row.query,
      ).not.toContain(row.expect);
    }
  });
});

/**
 * What readers type beyond names, scored as a whole: top-1, top-3 and mean reciprocal rank per
 * language go to test-results/search-reader-queries.json and into benchmarks/search.md.
 */
describe('the reader query table', () => {
  let scored: ScoredQuery[];
  beforeAll(() => {
    const answers = runCases(READER_QUERIES);
    scored = READER_QUERIES.map((c: ReaderQuery) => {
      const answer = answers.get(c)!;
      const urls = answer.results.map((result) => result.url);
      const index = urls.indexOf(c.expect);
      return {
        lang: c.lang,
        sort: c.sort,
        query: c.query,
        expect: c.expect,
        rank: index >= 0 ? index + 1 : null,
        count: answer.count,
        top: urls.slice(0, 3),
      };
    });
    const figures: Record<string, Figures> = {};
    for (const lang of LANGUAGES) figures[lang] = figuresOf(scored.filter((q) => q.lang === lang));
    figures.all = figuresOf(scored);
    writeScores('search-reader-queries.json', scored, figures);
    console.log(
      Object.entries(figures)
        .map(([key, f]) => `${key}: top-1 ${f.top1.toFixed(3)}, top-3 ${f.top3.toFixed(3)}, MRR ${f.mrr.toFixed(3)}`)
        .join('\n'),
    );
  });

  it('has at least 120 queries, in both languages, of every sort', () => {
    expect(READER_QUERIES_AS_WRITTEN.length + QUERY_TABLE_AS_WRITTEN.length).toBeGreaterThanOrEqual(120);
    for (const lang of LANGUAGES) {
      expect(READER_QUERIES_AS_WRITTEN.filter((q) => q.lang === lang).length).toBeGreaterThan(60);
      // Rows whose entry is gone are left out; some are left to score.
      expect(READER_QUERIES.filter((q) => q.lang === lang).length).toBeGreaterThan(0);
    }
    const sorts = new Set(READER_QUERIES_AS_WRITTEN.map((q) => q.sort));
    for (const sort of [
      'question',
      'abbreviation',
      'synonym',
      'spelling',
      'pinyin',
      'number',
      'mixed',
      'other-language',
    ])
      expect(sorts, sort).toContain(sort);
  });

  it('leaves a reader with nothing only when no word of the query is on the site', () => {
    for (const lang of LANGUAGES) {
      const empty = scored.filter((q) => q.lang === lang && q.count === 0);
      const words = empty.flatMap((q) => queryWords(q.query, 'zh'));
      const found = searchBuiltIndex(
        lang,
        words.map((query) => ({ query })),
        { raw: true },
      ).answers;
      for (const answer of found) expect(answer.count, `“${answer.query}” is on the site`).toBe(0);
    }
  });

  it('expects only pages that exist', () => {
    const pages = new Set(builtPages());
    for (const q of READER_QUERIES) expect(pages, q.query).toContain(q.expect);
  });
});

/** Every indicator, place and event, by its name in either language, from either language's pages. */
describe('every entity is found by its name', () => {
  interface NameCase {
    lang: Lang;
    query: string;
    expect: string;
    section?: string;
  }
  const entities = [
    ...curatedEntries('indicators').map(({ id, data }) => ({
      name: data.title,
      path: `statistics/${id}`,
      anchor: undefined as string | undefined,
    })),
    ...curatedEntries('places').map(({ id, data }) => ({
      name: data.title,
      path: `places/${id}`,
      anchor: undefined as string | undefined,
    })),
    ...curatedEntries('events').map(({ id, data }) => ({
      name: data.title,
      // An event is found on its own page.
      path: `timeline/${id}`,
      anchor: undefined as string | undefined,
    })),
  ] as { name: Record<Lang, string>; path: string | ((lang: Lang) => string); anchor?: string }[];
  const pathOf = (entity: (typeof entities)[number], lang: Lang) =>
    typeof entity.path === 'string' ? entity.path : entity.path(lang);
  const cases: NameCase[] = entities.flatMap((entity) =>
    LANGUAGES.flatMap((lang) =>
      [lang, otherLang(lang)].map((nameLang) => ({
        lang,
        query: entity.name[nameLang],
        expect: `/${lang}/${pathOf(entity, lang)}/`,
        section: entity.anchor ? `/${lang}/${pathOf(entity, lang)}/#${entity.anchor}` : undefined,
      })),
    ),
  );
  let answers: Map<NameCase, SearchAnswer>;
  beforeAll(() => {
    answers = runCases(cases);
  });

  it('covers the 15 indicators, 10 places and 6 events, four ways each', () => {
    expect(entities.length).toBeGreaterThanOrEqual(31);
    expect(cases.length).toBe(entities.length * 4);
  });

  it.each(cases.map((c) => [`${c.lang} index: “${c.query}”`, c] as const))('%s', (_, c) => {
    const answer = answers.get(c)!;
    const rank = answer.results.findIndex((result) => result.url === c.expect);
    expect(rank, `${c.expect} not in the top 3; ${describeResults(answer)}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    if (c.section) expect(answer.results[rank].sections, 'the event’s own anchor is offered').toContain(c.section);
  });
});

/** The curated entries as the validation stage reads them, each with where it lives on a `lang` page. */
function entriesWithPages() {
  const { content } = checkSiteContent('.');
  return CURATED_KIND_IDS.flatMap((kind) =>
    (content.entries[kind] as CuratedEntry[]).map((entry) => {
      const { section } = CURATED_KINDS[kind];
      return {
        entry,
        // Every entry is found on its own page.
        page: (lang: Lang) => `/${lang}/${section}/${entry.id}/`,
        anchor: (_lang: Lang): string | undefined => undefined,
      };
    }),
  );
}

describe('search terms, other names and names in the other language', () => {
  const entries = entriesWithPages();
  interface Case {
    lang: Lang;
    query: string;
    expect: string;
    section?: string;
    /** Where the entry must come at the latest. */
    within: number;
  }
  // A search term or another name is what readers type: its entry among the first three. An entry with a page of
  // its own comes first by its other-language name; an event, one anchor of the long timeline
  // page, among the first three; a glossary term, which points to its entry's page, after that
  // page. Anchored entries have their own anchor offered.
  const cases: Case[] = entries.flatMap(({ entry, page, anchor }) =>
    LANGUAGES.flatMap((lang) => [
      ...[...entry.data.searchTerms[lang], ...entry.data.names[lang].map(({ name }) => name)].map((query) => ({
        lang,
        query,
        expect: page(lang),
        within: 3,
      })),
      {
        lang,
        query: entry.data.title[otherLang(lang)],
        expect: page(lang),
        section: anchor(lang),
        within: entry.kind === 'glossary' ? 10 : entry.kind === 'events' ? 3 : 1,
      },
    ]),
  );
  let answers: Map<Case, SearchAnswer>;
  beforeAll(() => {
    answers = runCases(cases);
  });

  it('has search terms to check, in both languages', () => {
    for (const lang of LANGUAGES)
      expect(cases.filter((c) => c.lang === lang && c.within === 3).length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [`${c.lang} index: “${c.query}”`, c] as const))('%s', (_, c) => {
    const answer = answers.get(c)!;
    const rank = answer.results.findIndex((result) => result.url === c.expect);
    expect(rank, `${c.expect} not in the first ${c.within}; ${describeResults(answer)}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(c.within);
    if (c.section) expect(answer.results[rank].sections, 'the entry’s own anchor is offered').toContain(c.section);
  });

  it('indexes each entry’s search terms below its title and never shows them as names', () => {
    for (const { entry, page, anchor } of entries) {
      for (const lang of LANGUAGES) {
        const terms = entry.data.searchTerms[lang];
        const $ = readPage(page(lang));
        const scope = anchor(lang) ? $(`#${entry.id}`) : $('main');
        const indexed = scope.find('[data-pagefind-index-attrs="data-search-terms"]');
        expect(indexed.length, `${page(lang)} ${entry.id}`).toBe(terms.length > 0 ? 1 : 0);
        if (terms.length === 0) continue;
        expect(indexed.attr('data-search-terms')).toBe(terms.join(listSeparator(lang)));
        expect(indexed.is('[hidden]'), 'not shown, not read out').toBe(true);
        const weight = Number(indexed.attr('data-pagefind-weight'));
        expect(weight).toBeGreaterThan(1);
        expect(weight, 'below the title (an h1 weighs 7)').toBeLessThan(7);
        // “Also known as” lists names only, each a claim with its status.
        const shown = scope.find('.also-known-as').text();
        for (const term of terms.filter((term) => !entry.data.names[lang].some(({ name }) => name === term))) {
          expect(shown, `${page(lang)} ${entry.id}`).not.toContain(term);
        }
      }
    }
  });
});

interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The pages a bundle holds, with their text and filters, read from its built fragments. */
function bundlePages(bundle: SearchBundle): IndexedPage[] {
  const directory = join(DIST, bundle.path, 'fragment');
  return readdirSync(directory).map((name) => {
    const fragment = gunzipSync(readFileSync(join(directory, name))).toString('utf8');
    return JSON.parse(fragment.slice(fragment.indexOf('{'))) as IndexedPage;
  });
}

/** Text without spaces, and without the zero-width spaces Pagefind puts between the words it cuts Chinese into. */
const compact = (text: string) => text.replace(/[\s\u200b]+/g, '');

/** The text Pagefind holds for each indexed page, in every bundle. */
function indexedTexts(): IndexedPage[] {
  return SEARCH_BUNDLES.flatMap(bundlePages);
}

describe('what results show', () => {
  it('excerpts come from the entry’s own text: no related-link lists, “cited by” lists or citation panels', () => {
    const texts = indexedTexts();
    expect(texts.length).toBe(builtPages().filter((path) => readPage(path)('main[data-pagefind-body]').length).length);
    const blocks = 'section[aria-labelledby="related-heading"], .point-uses, .cite-panel';
    let checked = 0;
    for (const { url, content } of texts) {
      const t = useTranslations(url.startsWith('/zh/') ? 'zh' : 'en');
      const $ = readPage(url);
      const inBlocks = $('main').find(blocks).text();
      const main = $('main').clone();
      main.find(blocks).remove();
      // A block's label says where its text would be: checked wherever the rest of the page lacks it.
      for (const label of [t('related.title'), t('point.citedBy'), t('cite.page'), t('cite.fact')]) {
        if (!inBlocks.includes(label) || main.text().includes(label)) continue;
        expect(content, `${url} indexes a block labelled “${label}”`).not.toContain(label);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(texts.length);
  });

  it('indexes a source document’s own text, not the labels and site notes every source page repeats', () => {
    const sources = indexedTexts().filter(({ url }) => /^\/(zh|en)\/sources\/[^/]+\/$/.test(url));
    expect(sources.length).toBe(LANGUAGES.length * sourceDocuments().length);
    let left = 0;
    for (const { url, content } of sources) {
      const t = useTranslations(url.startsWith('/zh/') ? 'zh' : 'en');
      const $ = readPage(url);
      const indexed = compact(content);
      // The page's labels and notes, which every source page has: indexed, they would make
      // every document a result for their words. Checked where the rest of the page lacks them
      // (an editor's note may use the same word).
      const furniture = '.meta-list dt, .meta-list code, p.muted, .point-uses, .translation-tag';
      const shown = compact($('main').find(furniture).text());
      const main = $('main').clone();
      main.find(furniture).remove();
      const rest = compact(main.text());
      const labels: UiKey[] = ['source.seedFile', 'source.markersHelp', 'source.titleTranslation', 'point.unused'];
      let onPage = 0;
      for (const label of [...labels, 'point.translation' as const].map((key) => compact(t(key)))) {
        if (!shown.includes(label) || rest.includes(label)) continue;
        expect(indexed, `${url} indexes “${label}”`).not.toContain(label);
        onPage += 1;
      }
      // Every source page names its seed file; which other labels it shows depends on how far
      // its document is curated (a document just added has no translations or unused points).
      expect(onPage, url).toBeGreaterThanOrEqual(1);
      left += onPage;
      // What the document says stays searchable: its title and every point's text.
      expect(indexed).toContain(compact($('h1').first().text()));
      $('main [data-seed-text]').each((_, point) => expect(indexed).toContain(compact($(point).text())));
    }
    expect(left).toBeGreaterThanOrEqual(sources.length);
  });

  it('indexes an entry’s own names, figures and quotes, not the labels and headings every entry page repeats', () => {
    const pages = indexedTexts();
    // Labels, headings and notes the site puts on every page of a kind. Indexed, each would make
    // every such page a result for its words (“location”, 相关, 来源), and a Chinese query cut
    // into single characters would match them on every page.
    const labels: UiKey[] = [
      'otherName.label',
      'aliases.label',
      'editorNote',
      'places.facts',
      'places.facts.kind',
      'places.facts.location',
      'places.facts.namedIn',
      'places.facts.statistics',
      'places.facts.events',
      'places.facts.notStated',
      'places.about',
      'places.references',
      'figure.quotes',
      'figure.translationOfPoint',
      'figure.period',
      'figure.comparedWith',
      'figure.sources',
      'figure.chart',
      'figure.chartTable',
      'glossary.sourceWording',
      'glossary.seePage',
      'glossary.groupIntro',
      'timeline.groupIntro',
      'related.title',
    ];
    // Rows whose value is the entry's own (its kind, a stated location, a period): the value stays.
    const ownValueRows: UiKey[] = [
      'places.facts.kind',
      'places.facts.location',
      'figure.period',
      'figure.comparedWith',
      'glossary.sourceWording',
      'editorNote',
    ];
    let checked = 0;
    let kept = 0;
    const leaks: string[] = [];
    const lost: string[] = [];
    for (const { url, content, meta } of pages) {
      const t = useTranslations(url.startsWith('/zh/') ? 'zh' : 'en');
      const $ = readPage(url);
      const indexed = compact(content);
      // An element's own text: its text nodes, not its children's; a label may end in a colon.
      const ownText = (element: Parameters<typeof $>[0]) =>
        compact(
          $(element)
            .contents()
            .filter((_, node) => node.type === 'text')
            .text(),
        ).replace(/[:：]$/, '');
      const listed = new Set(labels.map((key) => compact(t(key))));
      // The rest of the page's main text, without the labels and what Pagefind is told to skip:
      // where a label's word is still in it, the entry uses the word itself, and may be found by it.
      const main = $('main').clone();
      const labelled = main.find('*').filter((_, element) => listed.has(ownText(element)));
      const shown = new Set(labelled.toArray().map(ownText));
      labelled.each((_, element) => {
        $(element)
          .contents()
          .filter((_, node) => node.type === 'text')
          .remove();
      });
      main.find('[data-pagefind-ignore]').remove();
      const rest = compact(main.text());
      for (const label of shown) {
        if (rest.includes(label)) continue;
        if (indexed.includes(label)) leaks.push(`${url} indexes “${label}”`);
        checked += 1;
      }
      // What the entry says stays searchable: its name (the page's heading, or on a group page
      // each entry's title), its other-language name and aliases, its figure, the values of its
      // labelled rows, its editor's notes, its quotes and their translations.
      const own: string[] = [];
      const anchored = $('main [data-pagefind-title]');
      const heading = (element: Parameters<typeof $>[0]) => {
        const title = $(element).find('h2, h3').first().clone();
        title.find('.anchor-link').remove();
        return title.text();
      };
      const name = $('main h1').first();
      if (anchored.length > 0) anchored.each((_, element) => void own.push(heading(element)));
      // A name left out of the text is searched as the result's title, so no snippet repeats it.
      else if (name.is('[data-pagefind-ignore]')) {
        if (compact(meta.title ?? '') !== compact(name.text())) lost.push(`${url} is not titled “${name.text()}”`);
      } else own.push(name.text());
      $('main .figure-big, main blockquote').each((_, element) => void own.push($(element).text()));
      // Labelled texts without their labels: the other-language name, the aliases, the notes,
      // the translations of quotes.
      $('main .other-name, main .also-known-as, main aside.note, main .point-zh').each((_, element) => {
        const value = $(element).clone();
        value
          .find('*')
          .addBack()
          .contents()
          .filter((_, node) => node.type === 'text' && listed.has(compact($(node).text()).replace(/[:：]$/, '')))
          .remove();
        own.push(value.text());
      });
      const rowLabels = new Set(ownValueRows.map((key) => compact(t(key))));
      $('main dt').each((_, dt) => {
        if (rowLabels.has(compact($(dt).text()))) own.push($(dt).next('dd').contents().not('*').text());
      });
      for (const text of own.map(compact).filter(Boolean)) {
        if (!indexed.includes(text)) lost.push(`${url} does not index “${text}”`);
        kept += 1;
      }
    }
    expect(leaks).toEqual([]);
    expect(lost).toEqual([]);
    // Every curated entry shows several of these labels, and has a name and quotes of its own.
    const entryPages = pages.filter(({ filters }) => filters.kind?.[0] !== 'source').length;
    expect(entryPages).toBeGreaterThan(0);
    expect(checked).toBeGreaterThanOrEqual(3 * entryPages);
    expect(kept).toBeGreaterThanOrEqual(3 * entryPages);
  });

  it('gives a statistic’s result its figure and period, with their marks, as its page shows them', () => {
    const statistics = entriesWithPages().filter(({ entry }) => entry.kind === 'indicators');
    for (const lang of LANGUAGES) {
      const answers = searchBuiltIndex(
        lang,
        statistics.map(({ entry }) => ({ query: entry.data.title[lang] })),
        { top: 10 },
      ).answers;
      statistics.forEach(({ page }, index) => {
        const hit = answers[index].results.find((result) => result.url === page(lang));
        expect(hit, page(lang)).toBeDefined();
        // The figure, then its period with the marks it carries (names, the site's reading).
        const $ = readPage(page(lang));
        const period = $('.key-data .meta-list dd').first().clone();
        period.find('.provenance').remove();
        const shown = `${$('main .figure-big').text().trim()}${comma(lang)}${period.text().replace(/\s+/g, ' ').trim()}`;
        expect(hit!.meta.figure.startsWith(shown), `${hit!.meta.figure} / ${shown}`).toBe(true);
      });
    }
  });
});

describe('the index', () => {
  const pages = builtPages();
  const indexedPages = pages.filter((path) => readPage(path)('main[data-pagefind-body]').length === 1);
  const kindOf = (path: string) => readPage(path)('meta[data-pagefind-filter="kind[content]"]').attr('content');
  const entryOf = (bundle: SearchBundle) =>
    JSON.parse(readFileSync(join(DIST, bundle.path, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };

  it('has one index per language in each bundle, with exactly that language’s pages of the bundle’s kinds', () => {
    for (const bundle of SEARCH_BUNDLES) {
      const { languages } = entryOf(bundle);
      const mine = indexedPages.filter((path) => (bundle.kinds as string[]).includes(kindOf(path) ?? ''));
      expect(mine.length, bundle.name).toBeGreaterThan(0);
      expect(Object.keys(languages).sort()).toEqual(['en', 'zh-cn']);
      expect(languages['zh-cn'].page_count, bundle.name).toBe(mine.filter((path) => path.startsWith('/zh/')).length);
      expect(languages.en.page_count, bundle.name).toBe(mine.filter((path) => path.startsWith('/en/')).length);
    }
  });

  it('puts every indexed page in exactly one bundle: the curated entries in the first, the source documents in the last', () => {
    const held = SEARCH_BUNDLES.map((bundle) => bundlePages(bundle));
    const urls = held.flat().map((page) => page.url);
    expect(urls.length, 'no page in two bundles').toBe(new Set(urls).size);
    expect([...urls].sort()).toEqual([...indexedPages].sort());
    SEARCH_BUNDLES.forEach((bundle, index) => {
      for (const page of held[index]) expect(bundle.kinds, page.url).toContain(page.filters.kind?.[0]);
    });
    expect(SEARCH_BUNDLES[0].kinds).not.toContain('source');
    expect(held.at(-1)!.every((page) => page.filters.kind?.[0] === 'source')).toBe(true);
    // The first bundle is what a first search loads: it must not grow with the source documents.
    expect(held[0].length).toBeLessThan(indexedPages.length);
  });

  it('lists the curated entries before the source documents when the entries hold every word', () => {
    let compared = 0;
    for (const lang of LANGUAGES) {
      const titles = entriesWithPages().map(({ entry }) => ({ query: entry.data.title[lang] as string }));
      for (const answer of searchBuiltIndex(lang, titles, { top: 200 }).answers) {
        if (answer.match !== 'all') continue;
        const kinds = answer.results.map((result) => result.kind);
        const firstSource = kinds.indexOf('source');
        if (firstSource <= 0) continue;
        expect(
          kinds.slice(firstSource).every((kind) => kind === 'source'),
          `${lang} “${answer.query}”: ${describeResults(answer)}`,
        ).toBe(true);
        compared += 1;
      }
    }
    expect(compared, 'some names are found among the entries and in the source documents').toBeGreaterThan(0);
  });

  it('indexes every entry’s own page; not lists or their groups, homes, About, data or search', () => {
    for (const path of ['/', '/zh/', '/en/', '/zh/search/', '/en/search/'])
      expect(indexedPages, path).not.toContain(path);
    for (const lang of LANGUAGES)
      for (const section of ['statistics', 'places', 'sources', 'timeline', 'glossary', 'about', 'data'])
        expect(indexedPages, `/${lang}/${section}/`).not.toContain(`/${lang}/${section}/`);
    const entryPages = pages.filter((path) =>
      /^\/(zh|en)\/(statistics|places|sources|timeline|glossary)\/(?!by-)[^/]+\/$/.test(path),
    );
    expect(entryPages.length).toBeGreaterThan(50);
    for (const path of entryPages) expect(indexedPages, path).toContain(path);
    for (const path of indexedPages) expect(readPage(path)('[data-pagefind-body]').is('main'), path).toBe(true);
    // Group pages only list what entry pages say: each entry is one result, on its own page.
    for (const path of pages.filter((page) => /\/by-[a-z]+\//.test(page)))
      expect(indexedPages, path).not.toContain(path);
  });

  it('indexes each event and glossary term once, on its own page, titled by its name', () => {
    for (const lang of LANGUAGES)
      for (const kind of ['events', 'glossary'] as const) {
        const expected = curatedEntries(kind).map(({ id }) => entryUrl(lang, kind, id));
        const indexed = indexedPages.filter((path) => expected.includes(path));
        expect(indexed.sort(), `${lang} ${kind}`).toEqual(expected.sort());
        for (const { id } of curatedEntries(kind)) {
          // Its name as the page's heading shows it, with the marks of names the site identified or translated.
          const $ = readPage(entryUrl(lang, kind, id));
          const title = $('meta[data-pagefind-meta="title[content]"]').attr('content')!;
          expect(compact(title), id).toBe(compact($('main h1').text()));
          // Said once: a match of the name alone shows the entry's description, not the name again.
          expect($('main h1').is('[data-pagefind-ignore]'), id).toBe(true);
          expect($('meta[data-pagefind-meta="description[content]"]').attr('content'), id).toBeTruthy();
        }
      }
  });

  it('leaves header, footer and skip link out: their words find only pages whose main content has them', () => {
    // Quoted: Pagefind trims a word it does not hold until some word matches ("Skip" finds "%s").
    const probes: { lang: Lang; query: string; word: RegExp }[] = [
      { lang: 'en', query: '"checks"', word: /check/i }, // footer
      { lang: 'en', query: '"summaries"', word: /summar/i }, // footer
      { lang: 'en', query: '"Skip"', word: /skip/i }, // skip link
      { lang: 'zh', query: '"核对"', word: /核对/ }, // footer
      { lang: 'zh', query: '"摘要"', word: /摘要/ }, // footer
    ];
    for (const lang of LANGUAGES) {
      const mine = probes.filter((probe) => probe.lang === lang);
      searchBuiltIndex(lang, mine, { top: 100 }).answers.forEach((answer, index) => {
        for (const result of answer.results) {
          const main = readPage(result.url)('main').text();
          expect(main, `“${mine[index].query}” found ${result.url} though its main content lacks it`).toMatch(
            mine[index].word,
          );
        }
      });
    }
  });

  it('sets filters and metadata only through <meta> tags in the head, never as text in the body', () => {
    for (const path of pages) {
      const $ = readPage(path);
      const tagged = $('[data-pagefind-filter], [data-pagefind-meta]');
      tagged.each((_, element) => {
        expect(element.tagName, `${path}: ${$.html(element)}`).toBe('meta');
        expect($(element).parents('head').length, path).toBe(1);
      });
    }
  });

  it('gives each content page its kind, title and date', () => {
    // A name the site identified carries its mark in the result's title too.
    const names = markedNamesOf({ places: curatedEntries('places'), glossary: curatedEntries('glossary') });
    for (const { id, data } of curatedEntries('places')) {
      const $ = readPage(`/en/places/${id}/`);
      expect($('meta[data-pagefind-filter="kind[content]"]').attr('content'), id).toBe('place');
      expect($('meta[data-pagefind-meta="title[content]"]').attr('content'), id).toBe(
        withNameMarks(data.title.en, names, 'en'),
      );
      expect($('meta[data-pagefind-meta="kind[content]"]').attr('content'), id).toBe(
        useTranslations('en')('search.kind.place'),
      );
    }
    for (const { slug, published } of sourceDocuments()) {
      const source = readPage(`/zh/sources/${slug}/`);
      expect(source('meta[data-pagefind-meta="date[content]"]').attr('content'), slug).toBe(published ?? undefined);
      expect(source('meta[data-pagefind-meta="kind[content]"]').attr('content'), slug).toBe('来源文档');
    }
  });

  it('counts pages per kind in the filter exactly as the built pages say', () => {
    for (const lang of LANGUAGES) {
      const expected: Record<string, number> = {};
      for (const path of indexedPages.filter((p) => p.startsWith(`/${lang}/`))) {
        const kind = readPage(path)('meta[data-pagefind-filter="kind[content]"]').attr('content');
        if (kind) expected[kind] = (expected[kind] ?? 0) + 1;
      }
      const { filters } = searchBuiltIndex(lang, []);
      expect(filters.kind, lang).toEqual(expected);
      expect(Object.keys(expected).sort()).toEqual(['event', 'glossary', 'place', 'source', 'statistic']);
    }
  });

  it('filters results by kind', () => {
    const [all, places, statistics] = searchBuiltIndex(
      'en',
      [
        { query: 'Sanlitun' },
        { query: 'Sanlitun', filters: { kind: ['place'] } },
        { query: 'Sanlitun', filters: { kind: ['statistic'] } },
      ],
      { top: 50 },
    ).answers;
    expect(new Set(all.results.map((r) => r.kind)).size).toBeGreaterThan(1);
    expect(places.count).toBeGreaterThan(0);
    expect(places.results.every((r) => r.kind === 'place')).toBe(true);
    expect(statistics.results.every((r) => r.kind === 'statistic')).toBe(true);
    expect(places.count + statistics.count).toBeLessThan(all.count);
  });
});

/**
 * Names Intl.Segmenter does not know are cut into single characters, and a character alone is
 * on most pages (关 in 相关). Cases are taken from the built index itself: where Pagefind's
 * fragments (words parted by U+200B) hold two or more one-character words in a row, and pairs
 * of such characters no page has together.
 */
describe('Chinese names cut into single characters', () => {
  const cut = new Intl.Segmenter('zh', { granularity: 'word' });
  const singleHan = /^\p{Script=Han}$/u;
  // Cut into single characters, none of them a question word or particle.
  const searchedWhole = (name: string) =>
    [...cut.segment(name)].every((s) => singleHan.test(s.segment) && !isStopWord(s.segment));
  let pages: { url: string; text: string; words: string[] }[];
  beforeAll(() => {
    pages = indexedTexts()
      .filter(({ url }) => url.startsWith('/zh/'))
      .map(({ url, content }) => ({ url, text: compact(content), words: content.split(/[\s\u200b]+/u) }));
  });

  it('finds a name where the site has it as written, before pages holding its characters apart', () => {
    const names = new Map<string, number>();
    for (const { words } of pages) {
      let run: string[] = [];
      for (const word of [...words, '']) {
        if (singleHan.test(word)) run.push(word);
        else {
          if (run.length >= 2) names.set(run.join(''), 0);
          run = [];
        }
      }
    }
    for (const name of names.keys()) names.set(name, pages.filter(({ text }) => text.includes(name)).length);
    const cases = [...names].filter(([name, count]) => count > 0 && searchedWhole(name)).slice(0, 12);
    expect(cases.length).toBeGreaterThan(0);
    const { answers } = searchBuiltIndex(
      'zh',
      cases.map(([query]) => ({ query })),
      { top: 1000 },
    );
    for (const [index, [name]] of cases.entries()) {
      const urls = answers[index].results.map((result) => result.url);
      // Pages that hold the name as words (Pagefind matches words, not characters inside a longer word).
      const asWords = new RegExp(
        `\\|${[...name].map((character) => character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\|?')}\\|`,
      );
      const having = pages.filter(({ words }) => asWords.test(`|${words.join('|')}|`)).map(({ url }) => url);
      for (const url of having) expect(urls, `“${name}” finds ${url}`).toContain(url);
      // Within each bundle (the entries', then the documents'), the pages with the name come first.
      for (const inBundle of [
        urls.filter((url) => !url.includes('/sources/')),
        urls.filter((url) => url.includes('/sources/')),
      ]) {
        const firstApart = inBundle.findIndex((url) => !having.includes(url));
        if (firstApart >= 0)
          expect(
            inBundle.slice(firstApart).some((url) => having.includes(url)),
            `“${name}”: ${inBundle}`,
          ).toBe(false);
      }
    }
  });

  it('finds nothing for a name the site does not have, though each of its characters is on some page', () => {
    const characters = [...new Set(pages.flatMap(({ words }) => words.filter((word) => singleHan.test(word))))].sort();
    const absent: string[] = [];
    for (const first of characters) {
      for (const second of characters) {
        const name = first + second;
        if (first === second || !searchedWhole(name) || pages.some(({ text }) => text.includes(name))) continue;
        absent.push(name);
        break;
      }
      if (absent.length === 8) break;
    }
    expect(absent.length).toBeGreaterThan(0);
    const { answers } = searchBuiltIndex(
      'zh',
      absent.map((query) => ({ query })),
    );
    for (const [index, name] of absent.entries()) {
      expect(answers[index], `“${name}”: ${describeResults(answers[index])}`).toMatchObject({
        match: 'none',
        count: 0,
      });
    }
  });
});
