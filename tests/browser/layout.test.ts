import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { representativePages } from '../helpers/page-types';
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
  it.each(pages)('%s renders without overflowing the viewport', async (path) => {
    const context = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
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
    await context.close();
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
