/**
 * Link previews and search snippets: every built page carries its own description, Open Graph
 * and Twitter card tags, in its language, derived from what the page shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages, readPage } from '../helpers/site';

const OG_LOCALE: Record<string, string> = { 'zh-CN': 'zh_CN', en: 'en_US' };
const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

// Redirect pages (urls/renames.json) only point elsewhere; they are not pages to preview.
const pages = builtPages().filter((path) => readPage(path)('meta[http-equiv="refresh"]').length === 0);
const notFound = cheerio.load(readFileSync(join(DIST, '404.html'), 'utf8'));

function meta($: cheerio.CheerioAPI, key: string): string | undefined {
  return $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
}

function metaAll($: cheerio.CheerioAPI, key: string): string[] {
  return $(`meta[property="${key}"]`)
    .map((_, element) => $(element).attr('content') ?? '')
    .get();
}

describe('Open Graph, Twitter card and meta description', () => {
  it('are on every page: title, description, canonical URL, locale and its alternate, site name, summary card', () => {
    expect(pages.length).toBeGreaterThan(4);
    for (const path of pages) {
      const $ = readPage(path);
      const description = meta($, 'description') ?? '';
      const locale = OG_LOCALE[$('html').attr('lang') ?? ''];
      expect(description.length, path).toBeGreaterThan(10);
      expect(meta($, 'og:description'), path).toBe(description);
      expect(meta($, 'twitter:description'), path).toBe(description);
      expect(meta($, 'og:url'), path).toBe($('link[rel="canonical"]').attr('href'));
      expect(new URL(meta($, 'og:url')!).pathname.endsWith(path), path).toBe(true);
      expect(meta($, 'og:locale'), path).toBe(locale);
      expect(metaAll($, 'og:locale:alternate'), path).toEqual(Object.values(OG_LOCALE).filter((l) => l !== locale));
      expect(meta($, 'og:site_name'), path).toBeTruthy();
      expect(meta($, 'twitter:card'), path).toBe('summary');
      // The page's own title: what <title> shows before the site's name.
      const title = meta($, 'og:title') ?? '';
      expect(title.length, path).toBeGreaterThan(0);
      expect($('title').text().startsWith(title), path).toBe(true);
      expect(meta($, 'twitter:title'), path).toBe(title);
    }
  });

  it('are on the 404 page too, without a URL of its own (it answers every unknown address)', () => {
    expect(meta(notFound, 'og:title')).toBeTruthy();
    expect(meta(notFound, 'og:description')).toBe(meta(notFound, 'description'));
    expect(meta(notFound, 'twitter:card')).toBe('summary');
    expect(meta(notFound, 'og:url')).toBeUndefined();
  });

  it('describe each page differently, in its own language', () => {
    for (const lang of ['zh', 'en']) {
      const descriptions = new Map<string, string>();
      for (const path of pages.filter((page) => page.startsWith(`/${lang}/`))) {
        const description = meta(readPage(path), 'description')!;
        expect(descriptions.get(description), `${path} has the description of ${descriptions.get(description)}`).toBe(
          undefined,
        );
        descriptions.set(description, path);
        // The site's own words, without the names it quotes as the sources give them (a
        // document's title, its outlet as written, the titles a group page links): those may be
        // in either script.
        const $ = readPage(path);
        const names = $('main .meta-list dd, main li a')
          .filter((_, element) => $(element).closest('nav').length === 0)
          .map((_, element) => $(element).text())
          .toArray()
          .map((name) => name.trim())
          .filter((name) => name.length > 1);
        const own = names.reduce((text, name) => text.replaceAll(name, ''), description);
        const han = own.match(HAN)?.length ?? 0;
        const latin = own.match(LATIN)?.length ?? 0;
        if (lang === 'zh') expect(han, `${path}: ${description}`).toBeGreaterThan(latin);
        else expect(latin, `${path}: ${description}`).toBeGreaterThan(han);
      }
    }
  });

  it('derive an entry page’s description from what the page shows: its name, figure or summary', () => {
    const entries = pages.filter((path) => /^\/(zh|en)\/(statistics|places|sources)\/[^/]+\/$/.test(path));
    expect(entries.some((path) => path.includes('/statistics/'))).toBe(true);
    expect(entries.some((path) => path.includes('/places/'))).toBe(true);
    for (const path of entries) {
      const $ = readPage(path);
      const description = meta($, 'description')!;
      expect(meta($, 'og:type'), path).toBe('article');
      // Over-long descriptions are cut with "…"; what is kept is the page's own text.
      const kept = description.replace(/…$/, '');
      expect(description.startsWith(meta($, 'og:title')!), path).toBe(true);
      if (path.includes('/statistics/')) expect(kept, path).toContain($('.figure-big').first().text().trim());
      if (path.includes('/places/')) {
        // Name, kind, then the summary the page opens with.
        const summary = kept.slice(meta($, 'og:title')!.length).replace(/^[^:：]*[:：]\s*/u, '');
        expect(summary.length, path).toBeGreaterThan(5);
        expect($('p.lede').first().text().trim().startsWith(summary), path).toBe(true);
      }
    }
  });

  it('robots.txt names the sitemap, which is built', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap, robots).toBeTruthy();
    const { pathname } = new URL(sitemap!);
    expect(readFileSync(join(DIST, pathname), 'utf8')).toContain('<sitemapindex');
  });
});
