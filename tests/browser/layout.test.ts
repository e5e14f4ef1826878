import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { pageType, representativePages } from '../helpers/page-types';
import { builtPages, readPage } from '../helpers/site';

const SHOTS = 'test-results/screenshots';
const site = builtSiteInChromium();

const built = builtPages();
const sourcePages = built.filter((page) => /^\/(zh|en)\/sources\/[^/]+\/$/.test(page));
/** The largest and smallest page of each page type but search (its results need script). */
const pages = representativePages(built).filter((page) => !page.includes('/search/'));
/** Full-page screenshots for a reader's look (SCREENSHOTS=1); scripts/screenshots.mjs takes them on demand. */
const SCREENSHOTS_WANTED = !!process.env.SCREENSHOTS;
beforeAll(() => void (SCREENSHOTS_WANTED && mkdirSync(SHOTS, { recursive: true })));

describe.each([
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
])('pages at $name width ($width px), JavaScript off', ({ name, width, height }) => {
  // One tab, navigated from page to page: a fresh context per page (a new renderer process)
  // costs Chromium about three times the CPU of the page itself. Without script, no state
  // carries from one page to the next.
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false })).newPage();
  });
  afterAll(() => page?.context().close());

  it.each(pages)('%s renders without overflowing the viewport', async (path) => {
    const response = await page.goto(site.origin + path);
    expect(response?.status()).toBe(200);
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      h1: document.querySelector('h1')?.getBoundingClientRect().height ?? 0,
      mainText: document.querySelector('main')?.textContent?.trim().length ?? 0,
    }));
    expect(layout.scrollWidth, `${path} is wider than the viewport`).toBeLessThanOrEqual(layout.viewport);
    expect(layout.h1).toBeGreaterThan(0);
    expect(layout.mainText).toBeGreaterThan(50);
    if (SCREENSHOTS_WANTED) {
      const file = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'landing';
      await page.screenshot({ path: `${SHOTS}/${name}-${file}.png`, fullPage: true });
    }
  });
});

describe('a point’s anchor', () => {
  it('scrolls to the point and highlights it', async () => {
    // The last point of the last source: the furthest down any source page goes.
    const source = sourcePages.filter((page) => page.startsWith('/en/')).at(-1)!;
    const id = readPage(source)('li.point[id]').last().attr('id')!;
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${source}#${id}`);
    const target = page.locator(`li[id="${id}"]`);
    await expect.poll(() => target.evaluate((element) => element.matches(':target')), { timeout: 15_000 }).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(await target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});

describe('the statistics table', () => {
  it.each(['zh', 'en'])('is one card per figure on a 375 px /%s/ screen, no cell a word wide', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${site.origin}/${lang}/statistics/`);
    const cells = await page.locator('table.figure-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        display: getComputedStyle(row).display,
        narrowest: Math.min(...[...row.children].map((cell) => cell.getBoundingClientRect().width)),
      })),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const { display, narrowest } of cells) {
      expect(display).toBe('block');
      expect(narrowest).toBeGreaterThan(375 * 0.6);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('sorts by a column where script runs, each way, and back to the reading order', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/zh/statistics/`);
    const table = page.locator('table.figure-table');
    const ids = () =>
      table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-indicator')));
    const values = () =>
      table
        .locator('tbody tr td:nth-of-type(1)')
        .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.sortValue ?? ''));
    const readingOrder = await ids();
    const value = table.locator('thead th').nth(1);
    await value.getByRole('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('ascending');
    const up = await values();
    const numbers = up.filter((key) => key !== '').map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Figures the source gives in words only come last.
    expect(up.slice(numbers.length).every((key) => key === '')).toBe(true);
    await value.getByRole('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('descending');
    const down = (await values()).filter((key) => key !== '').map(Number);
    expect(down).toEqual([...numbers].reverse());
    await table.locator('thead th').first().getByRole('button').click();
    expect(await ids()).toEqual(readingOrder);
    expect(await table.locator('thead th[aria-sort]').count()).toBe(1);
    await page.close();
  });
});

/**
 * One page of each kind the site builds, derived from the built pages: the landing page, each
 * language's home and section indexes (search, about and data among them), the first page of
 * each section's entries and of each list's groups, and the 404 page; in Chinese (its translation
 * notice takes a line more) and, for statistics, the English page with the longest title.
 */
function onePageOfEachKind(): string[] {
  const kinds = new Map<string, string>();
  for (const page of built.filter((path) => path.startsWith('/zh/')))
    if (!kinds.has(pageType(page))) kinds.set(pageType(page), page);
  const statistics = built.filter((page) => /^\/en\/statistics\/[^/]+\/$/.test(page) && !page.includes('/by-'));
  const longest = statistics
    .map((page) => ({ page, title: readPage(page)('h1').text().length }))
    .sort((a, b) => b.title - a.title)[0]!.page;
  return ['/', ...kinds.values(), longest, '/zh/no-such-page/'];
}

describe('phones (375 × 740): the title and a statistic’s figure on the first screen', () => {
  const kinds = onePageOfEachKind();

  it('derives pages of every kind', () => {
    // The landing page, the homes, the sections, their entries and groups, search, about, data, 404.
    expect(kinds.length).toBeGreaterThan(10);
    expect(kinds.some((page) => /\/statistics\/[^/]+\/$/.test(page) && !page.includes('/by-'))).toBe(true);
  });

  // One tab for all of them, JavaScript off: the layout is CSS's alone.
  let phone: Page | undefined;
  afterAll(() => phone?.context().close());

  it.each(kinds)('%s starts its title within 200 px, a statistic’s figure within the screen', async (path) => {
    phone ??= await (
      await site.browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false })
    ).newPage();
    const page = phone;
    await page.goto(site.origin + path);
    const layout = await page.evaluate(() => ({
      h1: document.querySelector('h1')!.getBoundingClientRect().top,
      figure: document.querySelector('.key-data .figure-big')?.getBoundingClientRect().bottom,
    }));
    expect(layout.h1, path).toBeLessThanOrEqual(200);
    if (layout.figure !== undefined) expect(layout.figure, path).toBeLessThanOrEqual(740);
  });

  it('has a menu that opens without script and whose links are reached by keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/about/`);
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    const menuLinks = page.locator('.site-menu nav a');
    expect(await menuLinks.first().isVisible()).toBe(false);
    // Tab from the top of the page to the menu button, then open it with the keyboard.
    const focused = () => page.evaluate(() => document.activeElement?.closest('summary, a')?.outerHTML ?? '');
    for (let step = 0; step < 10 && !(await focused()).startsWith('<summary'); step++) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^<summary/);
    await page.keyboard.press('Enter');
    expect(await page.locator('.site-menu').getAttribute('open')).not.toBeNull();
    const hrefs = await menuLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
      expect(await page.locator(`.site-menu nav a[href="${href}"]`).isVisible()).toBe(true);
    }
    await context.close();
  });
});

describe('“On this page” of the long pages', () => {
  const longPages = built.filter((page) => /^\/(zh|en)\/(statistics|about|data)\/$/.test(page));

  it.each(longPages)(
    '%s lists its sections in the right margin at 1280 px, collapsed at the top at 375 px',
    async (path) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(site.origin + path);
      const sections = await page
        .locator('main h2[id]:not(#page-contents-heading)')
        .evaluateAll((headings) =>
          headings.filter((heading) => !heading.closest('.page-contents')).map((heading) => `#${heading.id}`),
        );
      const wide = page.locator('.contents-wide');
      expect(await wide.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
        sections,
      );
      const margin = (await wide.boundingBox())!;
      const column = (await page.locator('.contents-body').boundingBox())!;
      expect(margin.x, path).toBeGreaterThanOrEqual(column.x + column.width);
      // The column is wider than the 50rem one of other pages: no 240 px margins wasted.
      expect(column.x, path).toBeLessThan(240);
      await page.setViewportSize({ width: 375, height: 740 });
      expect(await wide.isVisible()).toBe(false);
      const narrow = page.locator('.contents-narrow');
      expect(await narrow.isVisible()).toBe(true);
      expect(await narrow.getAttribute('open')).toBeNull();
      expect((await narrow.boundingBox())!.y).toBeLessThan((await page.locator('.contents-body').boundingBox())!.y);
      await context.close();
    },
  );
});
