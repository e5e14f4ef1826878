import { describe, expect, it } from 'vitest';
import { builtPages, readJson, readPage } from '../helpers/site';
import { readCorpus } from '../../src/lib/seeds/corpus';
import type { PointCoverage } from '../../src/lib/checks/provenance';

const corpus = readCorpus('seeds');
const slugs = ['beijing-second-sanlitun', 'capital-influence-and-appeal'];

describe('the built site', () => {
  const pages = builtPages();

  it('has the landing page, both home pages, both source lists and every source page in each language', () => {
    for (const path of ['/', '/zh/', '/en/', '/zh/sources/', '/en/sources/']) expect(pages).toContain(path);
    for (const slug of slugs) {
      expect(pages).toContain(`/zh/sources/${slug}/`);
      expect(pages).toContain(`/en/sources/${slug}/`);
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
      const counterpart = path.replace(/^\/(zh|en)\//, (_, lang: string) => (lang === 'zh' ? '/en/' : '/zh/'));
      const $ = readPage(path);
      expect($('a.lang-switch').attr('href'), path).toBe(counterpart);
      // The switch speaks the language it leads to: its hidden label is in that language too.
      expect($('a.lang-switch .visually-hidden').text(), path).toBe(
        path.startsWith('/en/') ? '阅读中文版' : 'Read in English',
      );
      // Absolute, as hreflang requires (tests/site/citable.test.ts checks the full set).
      expect($(`link[rel="alternate"][href$="${counterpart}"]`).length, path).toBe(1);
      expect(pages).toContain(counterpart);
    }
  });

  it('shows both languages on the landing page, with no script', () => {
    const $ = readPage('/');
    expect($('a[href="/zh/"]').length).toBe(1);
    expect($('a[href="/en/"]').length).toBe(1);
    expect($('section[lang="en"] h1').text()).toMatch(/International Exchange Center/);
    expect($('section[lang="zh-CN"] h1').text()).toBe('北京国际交往中心功能建设');
    expect($('script').length).toBe(0);
  });

  it('shows every section and point of every document, with anchors and [n] markers, byte for byte', () => {
    corpus.documents.forEach((document, index) => {
      for (const lang of ['zh', 'en']) {
        const $ = readPage(`/${lang}/sources/${slugs[index]}/`);
        for (const section of document.sections) {
          const heading = $(`h2#${section.id}`).text();
          if (lang === 'en')
            expect(heading, section.id).toBe(section.heading ? `${section.label}: ${section.heading}` : section.label);
          else expect(heading, section.id).toMatch(/^(核心要点|核心观点|第\d组：\p{Script=Han}+)$/u);
          for (const point of section.points) {
            const item = $(`li#${point.id}`);
            expect(item.length, `${lang} ${slugs[index]} ${point.id}`).toBe(1);
            expect(item.find('.point-text [lang="en"]').text()).toBe(point.raw);
            expect(item.find(`a[href="#${point.id}"]`).length).toBe(1);
            const markers = point.markers.map((marker) => `[${marker}]`).join('');
            expect(point.raw).toContain(markers);
          }
        }
      }
    });
  });

  it('gives every point a Chinese translation on Chinese pages, labelled as the site’s, beside the source text', () => {
    for (const slug of slugs) {
      const $ = readPage(`/zh/sources/${slug}/`);
      $('li.point').each((_, element) => {
        const translation = $(element).find('.point-translation');
        expect(translation.text(), $(element).attr('id')).toMatch(/\p{Script=Han}{8,}/u);
        expect(translation.find('.translation-tag').text()).toBe('本站译文');
        expect($(element).find('.point-text [lang="en"]').text().length).toBeGreaterThan(20);
      });
      expect($('.point-translation').text()).not.toContain('暂无译文');
    }
  });

  it('shows the outlet and date of the first document and says the second has neither', () => {
    const first = readPage('/en/sources/beijing-second-sanlitun/');
    expect(first('.meta-list').text()).toContain('China News Service');
    expect(first('.meta-list').text()).toContain('16 October 2025 13:52');
    const second = readPage('/zh/sources/capital-influence-and-appeal/');
    expect(
      second('.meta-list')
        .text()
        .match(/来源未注明/g),
    ).toHaveLength(2);
  });

  it('lists, for each point, the entries that cite it', () => {
    const $ = readPage('/en/sources/beijing-second-sanlitun/');
    const uses = $('li#g1-2 .point-uses').text();
    expect(uses).toContain('International organizations in Beijing');
    expect(uses).toContain('Growth in international organizations');
    const zh = readPage('/zh/sources/capital-influence-and-appeal/');
    expect(zh('li#g3-2 .point-uses').text()).toContain('在京国际组织数量');
  });

  it('accounts for every seed point: cited by an entry, listed as unused with a reason, or pending', () => {
    const coverage = readJson<PointCoverage>('data/coverage.json');
    const pointCount = corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.points)).length;
    expect(coverage.total).toBe(pointCount);
    const states = [...coverage.cited, ...coverage.listedUnused, ...coverage.pending].map(
      ({ source, point }) => `${source}#${point}`,
    );
    expect(new Set(states).size).toBe(pointCount);
    expect(states).toHaveLength(pointCount);
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
