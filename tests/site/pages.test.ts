import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { DIST, builtPages, readJson, readPage } from '../helpers/site';
import { loadBuiltPage } from '../helpers/fast-html';
import { citingEntries, pointTranslations, sourceDocuments, unusedPoints } from '../helpers/content';
import { HTML_LANG, dictionaryKeys, useTranslations, type UiKey } from '../../src/i18n/index';
import { siteConfig } from '../../src/site.config';
import { formatPartialDate } from '../../src/lib/format/values';
import type { PointCoverage } from '../../src/lib/checks/provenance';

const sources = sourceDocuments();
const LANGS = ['zh', 'en'] as const;
/** A UI string as written in its dictionary, placeholders and all. */
const readFeed = (lang: string) => readFileSync(join(DIST, lang, 'timeline/feed.xml'), 'utf8');
const rawString = (lang: (typeof LANGS)[number], key: string) => useTranslations(lang)(key as UiKey);

describe('the built site', () => {
  const pages = builtPages();

  it('has the landing page, both home pages, both source lists and every source page in each language', () => {
    for (const path of ['/', '/zh/', '/en/', '/zh/sources/', '/en/sources/']) expect(pages).toContain(path);
    for (const { slug } of sources) {
      expect(pages).toContain(`/zh/sources/${slug}/`);
      expect(pages).toContain(`/en/sources/${slug}/`);
    }
  });

  it('fills every placeholder of its UI strings: no page shows a “{name}” left from the dictionaries', () => {
    const placeholders = new Set(
      LANGS.flatMap((lang) =>
        dictionaryKeys(lang).flatMap((key) => [...rawString(lang, key).matchAll(/\{\w+\}/g)].map((m) => m[0])),
      ),
    );
    expect(placeholders.size).toBeGreaterThan(0);
    for (const path of pages) {
      const $ = readPage(path);
      $('script, style').remove();
      const html = $.html();
      for (const placeholder of placeholders) expect(html.includes(placeholder), `${path}: ${placeholder}`).toBe(false);
    }
  });

  it('marks Chinese pages lang="zh-CN" and English pages lang="en", exactly', () => {
    for (const path of pages.filter((page) => page.startsWith('/zh/'))) {
      expect(readPage(path)('html').attr('lang'), path).toBe('zh-CN');
    }
    for (const path of pages.filter((page) => page.startsWith('/en/'))) {
      expect(readPage(path)('html').attr('lang'), path).toBe('en');
    }
  });

  it('links every page to its counterpart in the other language, and the counterpart exists', () => {
    for (const path of pages.filter((page) => page !== '/')) {
      // An initial's page has no counterpart (a term's initial differs between the languages):
      // the switch leads to the other glossary, which forwards a term's anchor to its page.
      const counterpart = path
        .replace(/^\/(zh|en)\//, (_, lang: string) => (lang === 'zh' ? '/en/' : '/zh/'))
        .replace(/\/by-initial\/[^/]+\/$/, '/');
      const $ = readPage(path);
      expect($('a.lang-switch').attr('href'), path).toBe(counterpart);
      // The switch speaks the language it leads to: its hidden label is in that language too.
      expect($('a.lang-switch .visually-hidden').text(), path).toBe(
        path.startsWith('/en/') ? '阅读中文版' : 'Read in English',
      );
      // Absolute, as hreflang requires (tests/site/citable.test.ts checks the full set); not on
      // an initial's page, which the other glossary does not name back.
      const alternate = path.includes('/by-initial/') ? 0 : 1;
      expect($(`link[rel="alternate"][href$="${counterpart}"]`).length, path).toBe(alternate);
      expect(pages).toContain(counterpart);
    }
  });

  it('shows both languages on the landing page, with no script', () => {
    const $ = readPage('/');
    expect($('a[href="/zh/"]').length).toBe(1);
    expect($('a[href="/en/"]').length).toBe(1);
    expect($('section[lang="en"] h1').text()).toMatch(/International Exchange Center/);
    expect($('section[lang="zh-CN"] h1').text()).toBe(useTranslations('zh')('home.title'));
    expect($('script').length).toBe(0);
  });

  it('ends the landing page and the 404 page with the footer of the other pages, in both languages', () => {
    const language = readPage('/zh/');
    for (const path of ['/', '/404.html']) {
      const $ = path === '/' ? readPage(path) : cheerio.load(readFileSync(join(DIST, path), 'utf8'));
      for (const lang of ['zh', 'en'] as const) {
        const side = $(`footer.site-footer [lang="${HTML_LANG[lang]}"].site-facts-block`);
        expect(side.length, `${path} ${lang}`).toBe(1);
        expect(side.find('.unofficial-notice').text(), path).toBe(siteConfig.unofficialNotice[lang]);
        expect(side.find('a[rel="license"]').attr('href'), path).toBe(language('a[rel="license"]').attr('href'));
        expect(side.find('dt').first().text(), path).toContain(useTranslations(lang)('footer.publisher'));
      }
    }
  });

  it('shows every section and point of every document, with anchors and [n] markers, byte for byte', () => {
    for (const { slug, document } of sources) {
      for (const lang of LANGS) {
        const $ = readPage(`/${lang}/sources/${slug}/`);
        for (const section of document.sections) {
          const heading = $(`h2#${section.id}`).text();
          if (lang === 'en')
            expect(heading, section.id).toBe(section.heading ? `${section.label}: ${section.heading}` : section.label);
          else expect(heading, section.id).toMatch(/^(核心要点|核心观点|第\d+组：.+)$/u);
          for (const point of section.points) {
            const item = $(`li#${point.id}`);
            expect(item.length, `${lang} ${slug} ${point.id}`).toBe(1);
            expect(item.find('.point-text [lang="en"]').text()).toBe(point.raw);
            expect(item.find(`a[href="#${point.id}"]`).length).toBe(1);
            const markers = point.markers.map((marker) => `[${marker}]`).join('');
            expect(point.raw).toContain(markers);
          }
        }
      }
    }
  });

  it('gives each translated point its Chinese translation on Chinese pages, labelled as the site’s, beside the source text', () => {
    const t = useTranslations('zh');
    for (const { slug, document } of sources) {
      const translations = pointTranslations(slug);
      const $ = readPage(`/zh/sources/${slug}/`);
      for (const point of document.sections.flatMap((section) => section.points)) {
        const item = $(`li#${point.id}`);
        const where = `${slug} ${point.id}`;
        expect(item.find('.point-text [lang="en"]').text(), where).toBe(point.raw);
        const translation = item.find('.point-translation');
        // Names the site identified or translated carry their mark (tests/site/names.test.ts).
        translation.find('.name-mark').remove();
        if (translations[point.id]) {
          expect(translation.text(), where).toContain(translations[point.id]);
          expect(translation.find('.translation-tag').text(), where).toBe(t('point.translation'));
        } else {
          // Not translated yet: said so, never passed off as the site's translation.
          expect(item.text(), where).toMatch(/译文待补|暂无译文/);
          expect(translation.find('.translation-tag').text(), where).not.toBe(t('point.translation'));
        }
      }
    }
  });

  it('titles each source page in its language, in Chinese where no English title is written yet', () => {
    for (const { slug, title, titleEn } of sources) {
      expect(readPage(`/zh/sources/${slug}/`)('h1').text().trim(), slug).toBe(title);
      expect(readPage(`/en/sources/${slug}/`)('h1').text().trim(), slug).toBe(titleEn ?? title);
    }
  });

  it('shows each document’s outlet and date, or says the source does not state them', () => {
    for (const lang of LANGS) {
      const t = useTranslations(lang);
      for (const { slug, outlet, published, document } of sources) {
        const meta = readPage(`/${lang}/sources/${slug}/`)('.meta-list').text();
        // The curated outlet, or else the seed's byline as written.
        const shownOutlet = outlet?.[lang] ?? document.byline?.outlet ?? null;
        if (shownOutlet) expect(meta, slug).toContain(shownOutlet);
        if (published) expect(meta, slug).toContain(formatPartialDate(published, lang));
        const notStated = meta.split(t('source.noOutlet')).length - 1;
        expect(notStated, slug).toBe((shownOutlet ? 0 : 1) + (published ? 0 : 1));
      }
    }
  });

  it('lists, for each point, the entries that cite it, linked in the page’s language', () => {
    const entries = citingEntries();
    expect(entries.length).toBeGreaterThan(0);
    const parsed = new Map<string, ReturnType<typeof readPage>>();
    for (const entry of entries) {
      for (const { source, point } of entry.citations) {
        for (const lang of LANGS) {
          const path = `/${lang}/sources/${source}/`;
          const $ = parsed.get(path) ?? parsed.set(path, readPage(path)).get(path)!;
          const links = $(`li#${point} .point-uses a[href="${entry.url(lang)}"]`);
          expect(links.length, `${lang} ${source}#${point} ← ${entry.kind}/${entry.id}`).toBe(1);
        }
      }
    }
  });

  it('accounts for every seed point: cited, listed as unused with a reason, or pending and labelled so', () => {
    const coverage = readJson<PointCoverage>('data/coverage.json');
    const points = sources.flatMap(({ slug, document }) =>
      document.sections.flatMap((section) => section.points.map((point) => `${slug}#${point.id}`)),
    );
    expect(coverage.total).toBe(points.length);
    const states = [...coverage.cited, ...coverage.listedUnused, ...coverage.pending].map(
      ({ source, point }) => `${source}#${point}`,
    );
    expect(states.sort()).toEqual(points.sort());

    const cited = new Set(citingEntries().flatMap((entry) => entry.citations.map((c) => `${c.source}#${c.point}`)));
    const unused = new Set(unusedPoints().map(({ source, point }) => `${source}#${point}`));
    for (const { slug, document } of sources) {
      for (const lang of LANGS) {
        const t = useTranslations(lang);
        const $ = readPage(`/${lang}/sources/${slug}/`);
        for (const point of document.sections.flatMap((section) => section.points)) {
          const key = `${slug}#${point.id}`;
          const item = $(`li#${point.id}`);
          if (cited.has(key)) expect(item.find('.point-uses a').length, `${lang} ${key}`).toBeGreaterThan(0);
          else if (unused.has(key)) expect(item.text(), `${lang} ${key}`).toContain(t('point.unused'));
          else expect(item.text(), `${lang} ${key}`).toMatch(lang === 'zh' ? /尚未整理/ : /not yet curated/i);
        }
        // The note under the title counts them, in the reader's grammar (never "point(s)").
        const pending = document.sections
          .flatMap((section) => section.points)
          .filter((point) => !cited.has(`${slug}#${point.id}`) && !unused.has(`${slug}#${point.id}`)).length;
        const note = $('.pending-note').text().trim();
        if (pending === 0) expect(note, `${lang} ${slug}`).toBe('');
        else if (lang === 'zh') expect(note).toContain(`有 ${pending} 个要点尚未整理`);
        else
          expect(note).toMatch(
            new RegExp(
              `^${pending} ${pending === 1 ? 'point of this document is' : 'points of this document are'} not yet curated`,
            ),
          );
      }
    }
  });

  it('says once on each Chinese page that its text is the site’s translation', () => {
    for (const path of pages.filter((page) => page.startsWith('/zh/'))) {
      expect(readPage(path)('.translation-notice').length, path).toBe(1);
    }
    for (const path of pages.filter((page) => page.startsWith('/en/'))) {
      expect(readPage(path)('.translation-notice').length, path).toBe(0);
    }
  });
});

describe('headings over what the sources say', () => {
  it('speak of "the sources" only over quotes from more than one document, and of "the source" over one', () => {
    const t = useTranslations('en');
    const plural = new Set([t('figure.quotes'), t('places.about'), t('figure.sources')]);
    const singular = new Set([t('figure.quotesOne'), t('places.aboutOne'), t('figure.sourceOne')]);
    const wrong: string[] = [];
    let seen = 0;
    for (const path of builtPages().filter((page) => /^\/en\/(statistics|places|timeline|glossary)\//.test(page))) {
      const $ = loadBuiltPage(DIST, path);
      $('main h2, main summary, main .key-data dt').each((_, element) => {
        const label = $(element).text().trim();
        if (!plural.has(label) && !singular.has(label)) return;
        // The quotes under a heading: those of its <details>, or of the whole page's entry.
        const scope = $(element).closest('details').length ? $(element).closest('details') : $('main');
        const documents = new Set(
          scope
            .find('blockquote[cite]')
            .toArray()
            .map((quote) => $(quote).attr('cite')!.split('#')[0]),
        );
        seen += 1;
        if (plural.has(label) !== documents.size > 1)
          wrong.push(`${path}: "${label}" over ${documents.size} document(s)`);
      });
    }
    expect(wrong).toEqual([]);
    expect(seen).toBeGreaterThan(10);
  });
});

describe('counts and unknowns as readers read them', () => {
  const pages = builtPages();
  const mainText = (path: string) => readPage(path)('main').text().replace(/\s+/g, ' ');

  it('writes a count of one in the singular (“1 point is set aside”, never “1 points are”)', () => {
    const about = mainText('/en/about/');
    const unused = unusedPoints().length;
    if (unused > 0)
      expect(about).toContain(
        useTranslations('en')(unused === 1 ? 'about.unusedWhere.one' : 'about.unusedWhere', { count: unused }),
      );
    for (const path of pages.filter((page) => page.startsWith('/en/'))) {
      expect(mainText(path), path).not.toMatch(/(?<![\d.,])1 (points|documents|entries|are)\b/);
    }
  });

  it('says once that a source states neither outlet nor date, instead of “not stated · not stated”', () => {
    for (const path of pages.filter((page) => /^\/(zh|en)\/sources\//.test(page))) {
      const $ = readPage(path);
      $('.card .muted').each((_, element) => {
        const parts = $(element)
          .text()
          .split(' · ')
          .map((part) => part.trim());
        expect(new Set(parts).size, `${path}: ${parts.join(' · ')}`).toBe(parts.length);
      });
    }
  });
});

describe.each(LANGS)('the /%s/ timeline feed', (lang) => {
  const $ = readPage(`/${lang}/timeline/`);
  const navName = $(`header nav a[href$="/${lang}/timeline/"]`).first().text().trim();
  const feedLink = $('main a[type="application/rss+xml"]');

  it('is linked visibly from the timeline page, under the name the navigation uses', () => {
    expect(navName.length).toBeGreaterThan(0);
    expect(feedLink.length).toBe(1);
    expect(feedLink.attr('href')).toMatch(new RegExp(`/${lang}/timeline/feed\\.xml$`));
    expect(feedLink.text()).toContain(navName);
    expect($('link[rel="alternate"][type="application/rss+xml"]').attr('title')).toBe(feedLink.text());
    const channelTitle = /<channel>\s*<title>([^<]*)<\/title>/.exec(readFeed(lang))![1];
    expect(channelTitle.startsWith(feedLink.text())).toBe(true);
  });
});
