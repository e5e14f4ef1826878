import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { readPage } from '../helpers/site';

const site = builtSiteInChromium();

describe('a fact’s citation panel in Chromium', () => {
  it('opens, copies the APA citation, and the copied text holds the fact’s URL', async () => {
    const $ = readPage('/en/timeline/');
    const id = $('.timeline > li[id]').last().attr('id')!;
    // Cited at its anchor on the month's page it lives on, where the list links it.
    const month = $(`.group-list a`)
      .toArray()
      .map((link) => $(link).attr('href')!)
      .find((href) => readPage(href)(`[id="${id}"]`).length === 1)!;
    const factUrl = `${new URL($('link[rel="canonical"]').attr('href')!).origin}${month}#${id}`;

    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/timeline/`);
    const panel = page.locator(`li[id="${id}"] details.cite-panel-fact`);
    await panel.locator('summary').click();
    const apa = panel.locator('dd', { has: page.locator('[data-format="apa"]') });
    await apa.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => apa.getByRole('button').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(factUrl);
    expect(copied).toMatch(
      /^Beijing as an International Exchange Center\. \(\d{4}, \w+ \d{1,2}\)\. .+ Retrieved \w+ \d{1,2}, \d{4}, from /,
    );
    await context.close();
  });

  it('shows every format as text with JavaScript off, and no copy buttons', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh/glossary/`);
    const panel = page.locator('details.cite-panel-fact').first();
    await panel.locator('summary').click();
    await expect.poll(() => panel.locator('[data-format="gbt7714"]').isVisible()).toBe(true);
    expect(await panel.locator('[data-format="gbt7714"]').textContent()).toContain('[EB/OL]');
    expect(await panel.locator('button.cite-copy').first().isVisible()).toBe(false);
    await context.close();
  });
});
