/**
 * Getting around the built site in Chromium: the 404 page, the language switch keeping query
 * and anchor, breadcrumbs and previous/next on every kind of content, print media, and a
 * 375 px layout with no sideways scrolling and tap targets of at least 24 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KINDS, KIND_IDS } from '../../src/lib/content/kinds';
import { builtSiteInChromium } from '../helpers/browser';
import { curatedEntries } from '../helpers/content';
import { DIST } from '../helpers/site';

const site = builtSiteInChromium();

async function open(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.origin}${path}`);
  return page;
}

/** The first entry link of a list page (not the breadcrumbs, the header, a group or an anchor). */
async function firstEntryPath(page: Page, section: string): Promise<string> {
  const href = await page
    .locator(
      `main a[href^="/en/${section}/"]:not(.breadcrumbs a):not([href*="/by-"]):not([href*="#"]):not([href$=".xml"])`,
    )
    .first()
    .getAttribute('href');
  return href!;
}

describe('navigation', () => {
  it('serves the bilingual 404 page for an unknown address: its header, a search box per language, both homes, a search for its words', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}/en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/找不到页面.*Page not found/);
    for (const lang of ['zh', 'en']) {
      expect(await page.locator(`form[action="/${lang}/search/"] input[name="q"]`).count()).toBe(1);
      // Both homes and search pages from its header, each home again beside its search box.
      expect(await page.locator(`header a[href="/${lang}/"]`).count()).toBe(1);
      expect(await page.locator(`header a[href="/${lang}/search/"]`).count()).toBe(1);
      expect(await page.locator(`main a[href="/${lang}/"]`).count()).toBe(1);
      // Where script runs, a search for the words of the address.
      const words = page.locator(`a[data-missing-search][href^="/${lang}/search/"]`);
      expect(await words.isVisible()).toBe(true);
      expect(new URL((await words.getAttribute('href'))!, site.origin).searchParams.get('q')).toBe('no such page');
    }
    // Without script, the search links are not shown (they would have no words).
    const still = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await still.newPage();
    await plain.goto(`${site.origin}/en/no-such-page/`);
    expect(await plain.locator('[data-missing-search-holder]').isVisible()).toBe(false);
    await still.close();
    await page.close();
  });

  it('keeps the header in one row at 1280 px and in two at 1024 px, the search placeholder whole', async () => {
    for (const lang of ['zh', 'en']) {
      for (const width of [1280, 1024]) {
        const page = await open(`/${lang}/statistics/`, width);
        const layout = await page.evaluate(() => {
          const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
          const input = document.querySelector<HTMLInputElement>('.header-row .site-search input')!;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = style.font;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const name = box('.site-name');
          return {
            lines: Math.round(
              name.height / parseFloat(getComputedStyle(document.querySelector('.site-name')!).lineHeight),
            ),
            navTop: box('.header-row nav').top,
            searchTop: box('.header-row .site-search').top,
            nameBottom: name.bottom,
            right: Math.max(box('.lang-switch').right, box('.header-row nav').right),
            placeholderFits: context.measureText(input.placeholder).width <= room,
          };
        });
        const where = `${lang} at ${width} px`;
        expect(layout.placeholderFits, where).toBe(true);
        expect(layout.right, where).toBeLessThanOrEqual(width);
        expect(layout.lines, where).toBeLessThanOrEqual(width === 1280 ? 3 : 2);
        // One row: the sections sit beside the name; two rows: below it.
        if (width === 1280) expect(layout.navTop, where).toBeLessThan(layout.nameBottom);
        else expect(layout.navTop, where).toBeGreaterThanOrEqual(layout.nameBottom);
        await page.close();
      }
    }
  });

  it('keeps the query and the anchor when switching language where script runs', async () => {
    const page = await open('/zh/search/?q=%E4%B8%89%E9%87%8C%E5%B1%AF');
    await page.locator('.lang-switch').click();
    await page.waitForURL('**/en/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe('三里屯');
    // A point of a source: the anchor survives the switch.
    await page.goto(`${site.origin}/zh/sources/`);
    // A document's page, not a month's list of documents.
    const source = await page
      .locator('main a[href^="/zh/sources/"]:not(.breadcrumbs a):not([href*="/by-month/"])')
      .first()
      .getAttribute('href');
    await page.goto(`${site.origin}${source}`);
    const pointId = await page.locator('.point').nth(1).getAttribute('id');
    await page.goto(`${site.origin}${source}#${pointId}`);
    await page.locator('.lang-switch').click();
    await page.waitForURL(`**/en/sources/**`);
    expect(new URL(page.url()).hash).toBe(`#${pointId}`);
    await page.close();
  });

  it('lands an anchor published on a group page on the entry with script off, and shows its own page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, kind] of [
      ['en', 'events'],
      ['zh', 'glossary'],
    ] as const) {
      const { section } = KINDS[kind];
      const groups = JSON.parse(readFileSync(join(DIST, lang, section, 'anchors.json'), 'utf8')) as Record<
        string,
        string
      >;
      // The last entry of the list: derived from the content, not named.
      const { id, data } = curatedEntries(kind).at(-1)!;
      await page.goto(`${site.origin}${groups[id]}#${id}`);
      const entry = page.locator(`[id="${id}"]`);
      expect(await entry.isVisible(), `${groups[id]}#${id}`).toBe(true);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
      // The entry in the list links to its own page, which shows it without script.
      const own = `/${lang}/${section}/${id}/`;
      expect(await entry.locator(`h3 a[href="${own}"]`).count()).toBe(1);
      const response = await page.goto(`${site.origin}${own}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('main h1').innerText()).toContain(data.title[lang]);
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(own);
      expect(new URL((await page.locator('details#cite a.cite-url').first().getAttribute('href'))!).pathname).toBe(own);
      // Its breadcrumbs lead to the group page that lists it.
      expect(await page.locator(`.breadcrumbs a[href="${groups[id]}"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('shows breadcrumbs on every kind of content, and previous/next within each collection', async () => {
    const page = await site.browser.newPage();
    // Every kind of entry, and the source documents, which have pages of their own too.
    const collections = [...KIND_IDS.map((kind) => KINDS[kind]), { section: 'sources' }];
    for (const { section } of collections) {
      await page.goto(`${site.origin}/en/${section}/`);
      const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
      expect(await crumbs.locator('a').first().getAttribute('href'), section).toBe('/en/');
      const first = await firstEntryPath(page, section);
      await page.goto(`${site.origin}${first}`);
      expect(await crumbs.locator('a').nth(1).getAttribute('href'), first).toBe(`/en/${section}/`);
      const next = page.locator('.pager a[rel="next"]');
      if ((await next.count()) === 0) continue; // a collection of one
      await next.click();
      await page.waitForURL(`**/en/${section}/*/`);
      expect(new URL(page.url()).pathname).not.toBe(first);
      expect(await page.locator('.pager a[rel="prev"]').getAttribute('href')).toBe(first);
    }
    await page.close();
  });

  it('prints compact: no header, search or facts’ citation panels; citation links with their absolute URL', async () => {
    const list = await open('/en/sources/');
    const source = await list
      .locator('main a[href^="/en/sources/"]:not(.breadcrumbs a):not([href*="/by-month/"])')
      .first()
      .getAttribute('href');
    await list.close();
    const page = await open(source!);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-search').first().isVisible()).toBe(false);
    // A source page has a panel per point: none prints, the page's own does, in one format.
    const factPanels = page.locator('.cite-panel:not(.cite-panel-page)');
    expect(await factPanels.count()).toBeGreaterThan(1);
    expect(await factPanels.evaluateAll((panels) => panels.filter((panel) => panel.checkVisibility()).length)).toBe(0);
    expect(await page.locator('details#cite .cite-url').isVisible()).toBe(true);
    expect(await page.locator('details#cite .cite-format:visible').count()).toBe(1);
    // A statistic's citations print where they lead, in full; its other links do not.
    const statistics = await open('/en/statistics/');
    await page.goto(`${site.origin}${await firstEntryPath(statistics, 'statistics')}`);
    await statistics.close();
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(await after('.citation figcaption a')).toMatch(/^" <https?:\/\/[^ ]+\/sources\/[^ ]+#[^ ]+>"$/);
    expect(await after('main a:not([data-print-url])')).toBe('none');
    await page.close();
  });

  it('fits 375 px without sideways scrolling, with tap targets of at least 24 px', async () => {
    // The statistics table and the glossary jump bar are on their list pages, in both languages.
    const paths = ['/zh/', '/en/', '/en/statistics/', '/en/glossary/'];
    // Every kind's entries have pages of their own.
    for (const { section } of [...Object.values(KINDS), { section: 'sources' }]) {
      paths.push(`/zh/${section}/`);
      const list = await open(`/en/${section}/`);
      const entry = await firstEntryPath(list, section);
      paths.push(entry, entry.replace('/en/', '/zh/'));
      await list.close();
    }
    const targets =
      'sup.cite a, .anchor-link, .point-id, .cite-panel > summary, .cite-tabs label, .nav-list a, .lang-switch, .pager a, .breadcrumbs a, .jump-bar a, .header-icon';
    for (const path of paths) {
      const page = await open(path, 375);
      // Open the page's citation panel, so that its format switcher is measured too.
      await page
        .locator('details#cite > summary')
        .click({ timeout: 2000 })
        .catch(() => undefined);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      const small = await page.locator(targets).evaluateAll((elements) =>
        elements
          .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, path).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
