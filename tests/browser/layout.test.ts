import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveBuiltSite } from '../helpers/browser';

const SHOTS = 'test-results/screenshots';
let browser: Browser;
let site: Awaited<ReturnType<typeof serveBuiltSite>>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await serveBuiltSite(4391);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

const pages = [
  '/',
  '/zh/',
  '/en/',
  '/zh/sources/',
  '/en/sources/',
  '/zh/sources/beijing-second-sanlitun/',
  '/en/sources/beijing-second-sanlitun/',
  '/zh/sources/capital-influence-and-appeal/',
  '/en/sources/capital-influence-and-appeal/',
  '/zh/statistics/',
  '/en/statistics/',
  '/zh/statistics/international-organizations-growth/',
  '/en/statistics/indoor-exhibition-area/',
  '/zh/timeline/',
  '/en/timeline/',
  '/zh/places/',
  '/en/places/',
  '/zh/places/services-for-foreign-nationals/',
  '/en/places/astrazeneca-global-strategic-rd-center/',
  '/zh/glossary/',
  '/en/glossary/',
];

describe.each([
  { name: 'phone', width: 375, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
])('pages at $name width ($width px), JavaScript off', ({ name, width, height }) => {
  it.each(pages)('%s renders without overflowing the viewport', async (path) => {
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
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
    const file = path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'landing';
    await page.screenshot({ path: `${SHOTS}/${name}-${file}.png`, fullPage: true });
    await context.close();
  });
});

describe('a point’s anchor', () => {
  it('scrolls to the point and highlights it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/en/sources/capital-influence-and-appeal/#g3-2`);
    const target = page.locator('li#g3-2');
    await expect.poll(() => target.evaluate((element) => element.matches(':target'))).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeLessThan(900);
    expect(await target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
