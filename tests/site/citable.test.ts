/**
 * Issue 5 on the built site: URLs that keep working, citations that machines and people can
 * use, and metadata that says the same thing everywhere. Pages are parsed with htmlparser2 and
 * not kept (what several checks need of a page, its ids and alternates, is): the bench runs the
 * URL and link checks on 23,000 pages.
 */
import { KINDS, kindOfSection } from '../../src/lib/content/kinds';
import { isGroupPath } from '../../src/lib/urls/groups';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { brokenUrls, builtUrls, MANIFEST_FILE, readManifest } from '../../scripts/lib/url-manifest.mjs';
import pkg from '../../package.json';
import { loadBuiltPage } from '../helpers/fast-html';
import { DIST, builtPages } from '../helpers/site';
import { pendingSources, sourceDocuments } from '../helpers/content';

const pages = builtPages();
const isPage = new Set(pages);
/** A built page, parsed fast (tests/helpers/fast-html.ts). */
const readPage = (path: string) => loadBuiltPage(DIST, path);
const sources = sourceDocuments();
const sourcePages = (lang: string) => sources.map(({ slug }) => `/${lang}/sources/${slug}/`);
/** Item pages of a section (`statistics`, `places`) in a language. */
const itemPages = (lang: string, section: string) =>
  pages.filter((page) => new RegExp(`^/${lang}/${section}/[^/]+/$`).test(page));
/** The group pages of a list (`/en/timeline/by-month/2025-03/`), where its anchored entries live. */
const groupPages = (lang: string, section: string) =>
  pages.filter((page) => new RegExp(`^/${lang}/${section}/by-[a-z]+/([^/]+/)+$`).test(page));
/** Group pages that list entries: those no finer group page lies under (the others are indexes of their parts). */
const entryGroupPages = (lang: string, section: string) =>
  groupPages(lang, section).filter((page, _, all) => !all.some((other) => other !== page && other.startsWith(page)));
interface PageFacts {
  /** The ids that name one element each (a fragment's targets). */
  anchors: ReadonlySet<string>;
  canonical: string | undefined;
  /** `[hreflang, href]` of each alternate link. */
  alternates: [string, string][];
}
const factsByPage = new Map<string, PageFacts>();
/** What several checks need of a page, from one parse, kept for the whole file (not the page's tree). */
function factsOf(path: string, parsed?: cheerio.CheerioAPI): PageFacts {
  if (!factsByPage.has(path)) {
    const $ = parsed ?? readPage(path);
    const counts = new Map<string, number>();
    for (const element of $('[id]').toArray()) {
      const id = $(element).attr('id')!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    factsByPage.set(path, {
      anchors: new Set([...counts].filter(([, count]) => count === 1).map(([id]) => id)),
      canonical: $('link[rel="canonical"]').attr('href'),
      alternates: $('link[rel="alternate"][hreflang]')
        .toArray()
        .map((element) => [$(element).attr('hreflang')!, $(element).attr('href')!]),
    });
  }
  return factsByPage.get(path)!;
}
const languagePages = pages.filter((page) => page !== '/');
/** A URL of a source's own: its pages, and the citation files of its points (`…_sources_<slug>_g1_2.bib`). */
const belongsToSource = (url: string, slug: string) =>
  url.endsWith(`/sources/${slug}/`) ||
  new RegExp(`_sources_${slug.replace(/-/g, '_')}_(core|g\\d+)_\\d+\\.[a-z]+$`).test(url);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const canonicalOf = ($: cheerio.CheerioAPI) => $('link[rel="canonical"]').attr('href')!;
const origin = new URL(canonicalOf(readPage('/'))).origin;

/** Every JSON-LD object of a page, parsed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD is read as untyped JSON
function jsonLdOf(path: string): Record<string, any>[] {
  const $ = readPage(path);
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()));
}

describe('URLs that never break', () => {
  const manifest = readManifest(readFileSync(MANIFEST_FILE, 'utf8'));

  it('builds every URL of the manifest as a page, a file, or a redirect to one', () => {
    expect(brokenUrls(DIST, manifest)).toEqual([]);
  });

  it('lists every built URL in the manifest (run `npm run urls:update` after adding pages)', () => {
    // A document just added and still pending may wait for its URLs to be listed (the editor
    // runs `npm run urls:update` when curating it); once one of its URLs is listed, all must be.
    const waiting = pendingSources().filter((slug) => !manifest.some((url) => belongsToSource(url, slug)));
    const listed = new Set(manifest);
    const missing = builtUrls(DIST).filter(
      (url: string) => !listed.has(url) && !waiting.some((slug) => belongsToSource(url, slug)),
    );
    expect(missing, 'not in urls/published.txt: run `npm run urls:update`').toEqual([]);
  });

  it('uses lowercase ASCII slugs with a trailing slash, the same in both languages', () => {
    for (const page of languagePages) {
      expect(page).toMatch(/^\/(zh|en)\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/);
      // Initial groups are each language's own (a term's initial is its title's).
      if (page.includes('/by-initial/')) continue;
      const counterpart = page.replace(/^\/(zh|en)\//, (_, lang) => (lang === 'zh' ? '/en/' : '/zh/'));
      expect(isPage.has(counterpart), `${page}: no ${counterpart}`).toBe(true);
    }
  });

  it('gives every timeline event, glossary term and source point a fragment id with a visible link to it', () => {
    const facts = [
      ['/en/timeline/', '.timeline > li[id]'],
      ['/zh/glossary/', 'article.glossary-entry[id]'],
      ...entryGroupPages('en', 'timeline').map((page) => [page, '.timeline > li[id]'] as const),
      ...entryGroupPages('zh', 'glossary').map((page) => [page, 'article.glossary-entry[id]'] as const),
      ...sourcePages('en').map((page) => [page, 'li.point[id]'] as const),
    ] as const;
    for (const [page, selector] of facts) {
      const $ = readPage(page);
      // A list shows its entries itself only while it is short (tests/site/list-groups.test.ts).
      if (!/^\/(zh|en)\/(timeline|glossary)\/$/.test(page)) expect($(selector).length, page).toBeGreaterThan(0);
      $(selector).each((_, element) => {
        const id = $(element).attr('id')!;
        expect($(element).find(`a[href="#${id}"]`).length, `${page}#${id}`).toBeGreaterThan(0);
      });
    }
  });
});

describe('heading anchors', () => {
  it('gives every section heading an id, so any part of a page can be linked to', () => {
    const missing: string[] = [];
    for (const page of languagePages) {
      const $ = readPage(page);
      // Card titles that link to their own page are not sections.
      $('main h2, main h3').each((_, element) => {
        const heading = $(element);
        if (heading.find('a[href]:not(.anchor-link)').length > 0 || heading.closest('[id]:not(main)').length > 0)
          return;
        if (!heading.attr('id')) missing.push(`${page}: ${heading.text().trim()}`);
      });
    }
    expect(missing).toEqual([]);
  });
});

describe('language alternates and canonical URLs', () => {
  it('gives every page an absolute canonical URL that is its own address', () => {
    for (const page of pages) expect(factsOf(page).canonical, page).toBe(origin + page);
  });

  it('links its own language, the other where it has a counterpart, and x-default, with absolute URLs', () => {
    for (const page of pages) {
      const alternates = Object.fromEntries(factsOf(page).alternates);
      // An initial's page has no counterpart: the other language files its terms under other initials.
      const expected = page.includes('/by-initial/')
        ? [page.startsWith('/zh/') ? 'zh-CN' : 'en', 'x-default'].sort()
        : ['en', 'x-default', 'zh-CN'];
      expect(Object.keys(alternates).sort(), page).toEqual(expected);
      expect(alternates['x-default']).toBe(`${origin}/`);
      for (const href of Object.values(alternates)) expect(href, page).toMatch(/^https?:\/\//);
    }
  });

  it.each(pages)('%s: every hreflang alternate names it back', (page) => {
    // x-default is the language chooser `/`, the fallback of every page: it names the homes only.
    const alternates = factsOf(page).alternates.filter(([hreflang]) => hreflang !== 'x-default');
    for (const [hreflang, href] of alternates) {
      const target = new URL(href).pathname;
      const back = factsOf(target).alternates.map(([, link]) => link);
      expect(back, `${page} names ${target} as its ${hreflang} alternate, which does not name it back`).toContain(
        origin + page,
      );
    }
  });

  it('lists every page in the sitemap with the same alternates', () => {
    const sitemap = cheerio.load(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8'), { xml: true });
    const locs = sitemap('url > loc')
      .toArray()
      .map((element) => sitemap(element).text());
    expect(locs.sort()).toEqual(pages.map((page) => origin + page).sort());
    const timeline = sitemap('url').filter(
      (_, element) => sitemap(element).find('loc').text() === `${origin}/zh/timeline/`,
    );
    const links = timeline
      .find('xhtml\\:link')
      .toArray()
      .map((element) => `${sitemap(element).attr('hreflang')} ${sitemap(element).attr('href')}`);
    expect(links.sort()).toEqual([`en ${origin}/en/timeline/`, `x-default ${origin}/`, `zh-CN ${origin}/zh/timeline/`]);
  });
});

describe('structured data', () => {
  const required: Record<string, string[]> = {
    BreadcrumbList: ['itemListElement'],
    WebPage: ['name', 'url', 'inLanguage', 'dateModified'],
    Article: ['headline', 'url', 'author', 'publisher', 'citation', 'dateModified'],
    Dataset: ['name', 'description', 'url', 'creator', 'distribution'],
    Place: ['name', 'url'],
    // startDate only where the source states the date (tests/site/provenance.test.ts), location
    // only where the entry names its venue (tests/site/machine-text.test.ts).
    Event: ['name', 'url'],
  };

  it('parses every JSON-LD block, each with the fields its type requires', () => {
    for (const page of languagePages) {
      for (const block of jsonLdOf(page)) {
        expect(block['@context'], page).toBe('https://schema.org');
        const fields = required[block['@type']];
        expect(fields, `${page}: unexpected type ${block['@type']}`).toBeDefined();
        for (const field of fields) expect(block[field], `${page} ${block['@type']}.${field}`).toBeTruthy();
      }
    }
  });

  it('ends every page’s BreadcrumbList with the page itself, from its language home', () => {
    for (const page of languagePages) {
      const [trail] = jsonLdOf(page).filter((block) => block['@type'] === 'BreadcrumbList');
      const items = trail.itemListElement as { position: number; item: string; name: string }[];
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
      expect(items[0].item, page).toBe(origin + page.slice(0, 4));
      expect(items.at(-1)!.item, page).toBe(origin + page);
    }
  });

  it('describes each indicator as a Dataset with the CSV as a distribution, citing its source points', () => {
    const indicatorPages = pages.filter((page) => /^\/(zh|en)\/statistics\/[a-z0-9-]+\/$/.test(page));
    expect(indicatorPages.length).toBeGreaterThan(10);
    for (const page of indicatorPages) {
      const [data] = jsonLdOf(page).filter((block) => block['@type'] === 'Dataset');
      expect(data.url).toBe(origin + page);
      // Named as the page's citations name it: its title, with the period its figure holds for.
      const $ = readPage(page);
      expect(data.name).toBe($('meta[name="citation_title"]').attr('content'));
      expect(data.name.startsWith($('h1').text().trim()), page).toBe(true);
      expect(data.distribution).toContainEqual({
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${origin}/data/indicators.csv`,
      });
      for (const citation of data.citation)
        expect(citation).toMatch(new RegExp(`^${origin}/(zh|en)/sources/[a-z0-9-]+/#(core|g\\d+)-\\d+$`));
    }
  });

  it('describes places as Place, timeline entries as Event and source pages as Articles citing the document', () => {
    for (const page of itemPages('en', 'places'))
      expect(
        jsonLdOf(page).map((block) => block['@type']),
        page,
      ).toContain('Place');
    // Each event is described at its own page, there and on the month's page that lists it.
    expect(groupPages('zh', 'timeline').length).toBeGreaterThan(0);
    for (const page of groupPages('zh', 'timeline')) {
      const $ = readPage(page);
      const ids = $('.timeline > li[id]')
        .toArray()
        .map((element) => $(element).attr('id')!);
      const events = jsonLdOf(page).filter((block) => block['@type'] === 'Event');
      expect(events.map((event) => event.url).sort(), page).toEqual(
        ids.map((id) => `${origin}/zh/timeline/${id}/`).sort(),
      );
      for (const id of ids)
        expect(
          jsonLdOf(`/zh/timeline/${id}/`)
            .filter((block) => block['@type'] === 'Event')
            .map((event) => event.url),
        ).toEqual([`${origin}/zh/timeline/${id}/`]);
    }
    for (const { slug, title, outlet, published } of sources) {
      const [article] = jsonLdOf(`/en/sources/${slug}/`).filter((block) => block['@type'] === 'Article');
      expect(article.citation, slug).toMatchObject({
        '@type': outlet ? 'NewsArticle' : 'CreativeWork',
        headline: title,
        ...(published ? { datePublished: published } : {}),
      });
    }
  });
});

describe('citation panels', () => {
  it('has a page-level panel on every language page except search, readable without script', () => {
    for (const page of languagePages.filter((path) => !path.includes('/search/'))) {
      const $ = readPage(page);
      const panel = $('details#cite.cite-panel-page');
      expect(panel.length, page).toBe(1);
      const formats = panel
        .find('[data-format]')
        .toArray()
        .map((element) => $(element).attr('data-format'));
      // A page citing an original report offers it first; the site's own formats follow.
      const originals = formats.filter((format) => format?.startsWith('original-'));
      expect(formats.slice(0, originals.length), page).toEqual(originals);
      expect(formats.slice(originals.length, originals.length + 6), page).toEqual(
        page.startsWith('/zh/')
          ? ['gbt7714', 'apa', 'mla', 'bibtex', 'ris', 'csl']
          : ['apa', 'gbt7714', 'mla', 'bibtex', 'ris', 'csl'],
      );
      // Copy buttons only appear when the script runs.
      expect(panel.find('button.cite-copy:not([hidden])').length).toBe(0);
    }
  });

  it('writes BibTeX and RIS that parse back to the page’s title, URL and date of last update', async () => {
    for (const page of [itemPages('zh', 'statistics')[0], '/en/timeline/', sourcePages('zh').at(-1)!]) {
      const $ = readPage(page);
      const title = $('meta[name="citation_title"]').attr('content');
      const date = $('meta[name="citation_online_date"]').attr('content')!.split('/').map(Number);
      for (const format of ['bibtex', 'ris']) {
        const text = $(`#cite pre[data-format="${format}"]`).text();
        const [item] = (await Cite.async(text)).data as {
          title: string;
          URL: string;
          issued: { 'date-parts': number[][] };
        }[];
        expect(item.title, `${page} ${format}`).toBe(title);
        expect(item.URL, `${page} ${format}`).toBe(origin + page);
        expect(item.issued['date-parts'][0], `${page} ${format}`).toEqual(date);
      }
      const [csl] = JSON.parse($('#cite pre[data-format="csl"]').text());
      // An entry's page is cited as its kind says (a statistic is a dataset); lists and sources as web pages.
      const [, , section, slug] = page.split('/');
      const kind = kindOfSection(section);
      const type = kind && slug && !isGroupPath(`${section}/${slug}`) ? KINDS[kind].citationType : 'webpage';
      expect(csl).toMatchObject({ title, URL: origin + page, type });
    }
  });

  it('cites each fact at its own URL, in GB/T 7714, APA and MLA', () => {
    // An event or a term is cited at its own page, also where a list shows it; a source point at its anchor.
    for (const [page, selector] of [
      ['/zh/timeline/', '.timeline > li[id]'],
      ['/en/glossary/', 'article.glossary-entry[id]'],
      ...groupPages('zh', 'timeline').map((page) => [page, '.timeline > li[id]'] as const),
      ...groupPages('en', 'glossary').map((page) => [page, 'article.glossary-entry[id]'] as const),
      ...sourcePages('zh').map((page) => [page, 'li.point[id]'] as const),
    ] as const) {
      const $ = readPage(page);
      $(selector).each((_, element) => {
        const id = $(element).attr('id')!;
        const panel = $(element).find('details.cite-panel-fact');
        expect(panel.length, `${page}#${id}`).toBe(1);
        const url = page.includes('/sources/')
          ? `${origin}${page}#${id}`
          : `${origin}${page.split('/by-')[0].replace(/\/?$/, '/')}${id}/`;
        expect(panel.find('[data-format="gbt7714"]').text().trim()).toMatch(
          new RegExp(`\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${escapeRegExp(url)}\\.$`),
        );
        expect(panel.find('[data-format="apa"]').text().trim()).toMatch(
          new RegExp(`Retrieved \\w+ \\d{1,2}, \\d{4}, from ${escapeRegExp(url)}$`),
        );
        expect(panel.find('[data-format="mla"]').text()).toContain(url.replace(/^https?:\/\//, ''));
      });
    }
  });

  it('cites the original document on source pages: title, outlet and date as far as they are known', () => {
    for (const { slug, title, titleEn, outlet, published } of sources) {
      const $ = readPage(`/en/sources/${slug}/`);
      const gbt = $('#cite [data-format="original-gbt7714"]').text().trim();
      expect(gbt, slug).toMatch(new RegExp(`^${escapeRegExp(title)}\\[EB/OL\\]\\. `));
      if (outlet) expect(gbt, slug).toContain(`${outlet.zh}, `);
      if (published) expect(gbt, slug).toMatch(new RegExp(`${published}\\.$`));
      const apa = $('#cite [data-format="original-apa"]').text().trim();
      expect(apa.startsWith(title), slug).toBe(true);
      if (titleEn) expect(apa, slug).toContain(`[${titleEn}]`);
      if (outlet) expect(apa, slug).toMatch(new RegExp(`${escapeRegExp(outlet.en)}\\.$`));
      if (published) expect(apa, slug).toContain(`(${published.slice(0, 4)}`);
    }
  });

  it('gives Google Scholar and Zotero their citation_* tags on every page', () => {
    for (const page of languagePages) {
      const $ = readPage(page);
      const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
      expect(meta('citation_title'), page).toBeTruthy();
      expect(meta('citation_author'), page).toBe(
        page.startsWith('/zh/') ? '北京国际交往中心功能建设' : 'Beijing as an International Exchange Center',
      );
      expect(meta('citation_publication_date'), page).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_online_date'), page).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_language'), page).toBe(page.slice(1, 3));
      expect(meta('citation_public_url'), page).toBe(origin + page);
    }
  });
});

describe('dates, version, feeds and data', () => {
  it('dates each page from the git history of its content files, and shows the site version', () => {
    const lastCommit = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'src/content/events'], {
      encoding: 'utf8',
    })
      .trim()
      .slice(0, 10);
    for (const page of ['/zh/timeline/', '/en/timeline/']) {
      const $ = readPage(page);
      expect($('.page-meta time').attr('datetime')).toBe(lastCommit);
      expect($('meta[name="citation_online_date"]').attr('content')).toBe(lastCommit.replace(/-/g, '/'));
      expect($('.page-meta').text()).toContain(pkg.version);
    }
  });

  it('publishes an RSS feed of timeline events per language, each linking to its own page', () => {
    for (const lang of ['zh', 'en']) {
      const feed = cheerio.load(readFileSync(join(DIST, lang, 'timeline', 'feed.xml'), 'utf8'), { xml: true });
      const links = feed('item > link')
        .toArray()
        .map((element) => feed(element).text());
      const anchors = groupPages(lang, 'timeline').flatMap((page) => {
        const $ = readPage(page);
        return $('.timeline > li[id]')
          .toArray()
          .map((element) => `${origin}/${lang}/timeline/${$(element).attr('id')}/`);
      });
      const everyEvent = JSON.parse(readFileSync(join(DIST, lang, 'timeline', 'anchors.json'), 'utf8'));
      expect(anchors.length).toBe(Object.keys(everyEvent).length);
      expect(links.sort()).toEqual(anchors.sort());
      expect(feed('channel > language').text()).toBe(lang === 'zh' ? 'zh-cn' : 'en');
    }
  });

  it('documents exactly the columns that /data/indicators.csv has, with highlighted examples', () => {
    const file = readFileSync(join(DIST, 'data', 'indicators.csv'));
    // UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese columns right.
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = file
      .toString('utf8')
      .replace(/^\uFEFF/u, '')
      .split(/\r?\n/)[0];
    const columns = header.split(',').map((column) => column.replace(/^"|"$/g, ''));
    for (const lang of ['zh', 'en']) {
      const $ = readPage(`/${lang}/data/`);
      expect(
        $('table tbody th code')
          .toArray()
          .map((element) => $(element).text()),
      ).toEqual(columns);
      const examples = $('main pre.astro-code');
      expect(examples.map((_, element) => $(element).attr('data-language')).get()).toEqual(['js', 'python', 'r']);
      // Shiki ran at build time: tokens are coloured for the light and the dark theme, by class.
      expect(examples.first().find('span[class*="shl-"][class*="shd-"]').length).toBeGreaterThan(3);
    }
  });
});

// Page weight, inline scripts and styles: tests/quality/budget.test.ts and security.test.ts.
describe('scripts and styles', () => {
  it('colours highlighted code by classes that code.css defines (tests/quality/security.test.ts: no inline style)', () => {
    const css = readFileSync('src/styles/code.css', 'utf8');
    const used = new Set<string>();
    for (const page of pages) {
      const $ = readPage(page);
      $('pre.astro-code span[class]').each((_, element) => {
        for (const name of $(element).attr('class')!.split(/\s+/)) if (/^sh[ld]?-/.test(name)) used.add(name);
      });
    }
    expect(used.size).toBeGreaterThan(5);
    for (const name of used) expect(css, name).toContain(`.${name} {`);
  });

  // Its size: tests/quality/budget.test.ts (the script every page with one shares).
  it('loads one shared script, with the copy buttons', () => {
    const $ = readPage('/en/timeline/');
    expect($('script[src]').length).toBe(1);
    const src = $('script[src]').attr('src')!;
    expect(readFileSync(join(DIST, src), 'utf8')).toContain('clipboard');
  });
});

describe('machine-readable citations of single facts', () => {
  it('links each fact to its page’s CSL-JSON file, whose item for it has the fact’s title and URL', () => {
    for (const page of [
      entryGroupPages('zh', 'glossary')[0],
      entryGroupPages('en', 'timeline').at(-1)!,
      sourcePages('en').at(-1)!,
    ]) {
      const $ = readPage(page);
      const panels = $('details.cite-panel-fact');
      expect(panels.length, page).toBeGreaterThan(0);
      const hrefs = new Set(
        panels
          .find('a[download][data-format="csl"]')
          .toArray()
          .map((link) => $(link).attr('href')),
      );
      // One file per page, next to it, for every fact on it.
      expect([...hrefs], page).toEqual([`${page}cite.json`]);
      const items = JSON.parse(readFileSync(join(DIST, page, 'cite.json'), 'utf8')) as { id: string }[];
      expect(items.length, page).toBe(panels.length);
      const byId = new Map(items.map((item) => [item.id, item]));
      for (const element of panels.toArray()) {
        const panel = $(element);
        const url = panel.find('a.cite-url').attr('href')!;
        // The hidden label reads "：title" / ": title" after the visible "Cite".
        const title = panel
          .find('summary .visually-hidden')
          .text()
          .replace(/^\s*[:：]\s*/, '')
          .trim();
        const key = panel.find('a[download]').attr('data-key')!;
        expect(byId.get(key), `${page} ${key}`).toMatchObject({ title, URL: url });
      }
    }
  });

  it('keeps a CSL-JSON file on each list page with every fact of the list, at its own page', () => {
    for (const [page, selector] of [
      ['/zh/glossary/', 'article.glossary-entry[id]'],
      ['/en/timeline/', '.timeline > li[id]'],
    ] as const) {
      const items = JSON.parse(readFileSync(join(DIST, page, 'cite.json'), 'utf8')) as { URL: string }[];
      // Every entry of the list (its anchor map names them all), shown on the list or not.
      const ids = Object.keys(JSON.parse(readFileSync(join(DIST, page, 'anchors.json'), 'utf8')));
      const $ = readPage(page);
      for (const element of $(selector).toArray()) expect(ids, page).toContain($(element).attr('id'));
      expect(items.map((item) => new URL(item.URL).pathname).sort(), page).toEqual(
        ids.map((id) => `${page}${id}/`).sort(),
      );
    }
  });

  it('still serves the per-fact files published before, whose BibTeX and RIS parse back to the fact', async () => {
    const published = readFileSync('urls/published.txt', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/cite/'));
    for (const file of published) {
      const text = readFileSync(join(DIST, file), 'utf8');
      const items = file.endsWith('.json') ? JSON.parse(text) : (await Cite.async(text)).data;
      expect(items, file).toHaveLength(1);
      // A source point at its anchor; an event or a term at its own page, as since it has one.
      expect(items[0].URL, file).toMatch(/^https?:\/\/[^#]+(#[\w-]+|\/(timeline|glossary)\/[\w-]+\/)$/);
    }
  });
});
