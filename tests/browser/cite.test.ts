import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { builtPages, readPage } from '../helpers/site';
import { inParentheses, useTranslations, type Lang } from '../../src/i18n/index';
import { isPlaceholderSite } from '../../src/lib/urls/urls';

const site = builtSiteInChromium();
/** Whether the shared site was built for the placeholder origin (its canonical links say so). */
const isPreview = isPlaceholderSite(readPage('/en/').root().find('link[rel="canonical"]').attr('href'));
/** A copy button's words: in a preview build, with the warning that the URL is not to be cited. */
const buttonWords = (lang: Lang, key: 'cite.copy' | 'cite.copied') =>
  useTranslations(lang)(key) + (isPreview ? inParentheses(useTranslations(lang)('cite.previewCopy'), lang) : '');

describe('a fact’s citation panel in Chromium', () => {
  it('opens, copies the APA citation, and the copied text holds the fact’s URL', async () => {
    const $ = readPage('/en/timeline/');
    const id = $('.timeline > li[id]').last().attr('id')!;
    // Cited at its own page, which the list links it to.
    const own = $(`li[id="${id}"] h3 a`).attr('href')!;
    expect(own).toBe(`/en/timeline/${id}/`);
    const factUrl = `${new URL($('link[rel="canonical"]').attr('href')!).origin}${own}`;

    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const page = await context.newPage();
    await page.goto(`${site.origin}/en/timeline/`);
    const panel = page.locator(`li[id="${id}"] details.cite-panel-fact`);
    await panel.locator('summary').click();
    const apa = panel.locator('dd', { has: page.locator('[data-format="apa"]') });
    await panel.getByLabel('APA 7').check();
    await apa.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => apa.getByRole('button').textContent()).toBe(buttonWords('en', 'cite.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(factUrl);
    expect(copied).toMatch(
      /^Beijing as an International Exchange Center\. \(\d{4}, \w+ \d{1,2}\)\. .+ Retrieved \w+ \d{1,2}, \d{4}, from /,
    );
    await context.close();
  });

  it.each(['zh', 'en'] as const)(
    'warns on every /%s/ copy button, and once it has copied, while the site is a preview',
    async (lang) => {
      expect(isPreview, 'the shared site is built for the placeholder origin').toBe(true);
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      const page = await context.newPage();
      // A source page: its own panel, the original report's formats, and one panel per point.
      const path = builtPages().find((p) => p.startsWith(`/${lang}/sources/`) && p.split('/').length === 5)!;
      await page.goto(`${site.origin}${path}`);
      const labels = await page.locator('.cite-panel button.cite-copy').allTextContents();
      expect(labels.length, path).toBeGreaterThan(3);
      expect(new Set(labels), path).toEqual(new Set([buttonWords(lang, 'cite.copy')]));
      const panel = page.locator('details#cite');
      await panel.locator('summary').click();
      const button = panel.locator('.cite-format button.cite-copy').first();
      await button.click();
      await expect.poll(() => button.textContent()).toBe(buttonWords(lang, 'cite.copied'));
      await context.close();
    },
  );

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

  it('switches between every format of a page’s panel with JavaScript off, one shown at a time', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [builtPages().find((p) => /^\/zh\/statistics\/[^/]+\/$/.test(p))!, '/en/sources/']) {
      await page.goto(`${site.origin}${path}`);
      const panel = page.locator('details#cite');
      await panel.locator('summary').click();
      const formats = await panel
        .locator('.cite-tabs input')
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      expect(formats, path).toEqual(expect.arrayContaining(['gbt7714', 'apa', 'mla', 'bibtex', 'ris', 'csl']));
      // The page language's usual format is shown first, without a click.
      expect(formats[0], path).toBe(path.startsWith('/zh/') ? 'gbt7714' : 'apa');
      for (const format of [...formats.slice(1), formats[0]]) {
        await panel.locator(`.cite-tabs label:has(input[value="${format}"])`).click();
        for (const other of formats) {
          const shown = await panel.locator(`[data-format="${other}"]`).isVisible();
          expect(shown, `${path}: ${other} shown while ${format} is chosen`).toBe(other === format);
        }
        expect((await panel.locator(`[data-format="${format}"]`).textContent())!.length, path).toBeGreaterThan(40);
      }
    }
    await context.close();
  });

  it('prints the page’s citation open, in the page language’s format, without controls', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/en/sources/`);
    await page.emulateMedia({ media: 'print' });
    const formats = page.locator('details#cite [data-format]');
    expect(await formats.count()).toBeGreaterThanOrEqual(6);
    const shown = await formats.evaluateAll((all) =>
      all.filter((format) => format.checkVisibility()).map((format) => format.getAttribute('data-format')),
    );
    expect(shown).toEqual(['apa']);
    expect(await page.locator('details#cite .cite-tabs').isVisible()).toBe(false);
    await page.close();
  });

  it('writes the reader’s today, in their time zone, as the access date of every format where script runs', async () => {
    // 23:30 UTC on 3 February is already 4 February in Auckland (UTC+13).
    const context = await site.browser.newContext({ timezoneId: 'Pacific/Auckland' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-02-03T23:30:00Z'));
    const path = builtPages().find((p) => /^\/en\/places\/[^/]+\/$/.test(p))!;
    await page.goto(`${site.origin}${path}`);
    const panel = page.locator('details#cite');
    const text = async (format: string) => (await panel.locator(`[data-format="${format}"]`).textContent())!.trim();
    expect(await text('gbt7714')).toContain('[2031-02-04]');
    expect(await text('apa')).toContain('Retrieved February 4, 2031, from');
    expect(await text('mla')).toMatch(/Accessed 4 Feb\. 2031\.$/);
    expect(await text('bibtex')).toContain('accessed 2031-02-04');
    expect(await text('ris')).toMatch(/^M1 {2}- 2031\/02\/04\/$/m);
    expect(JSON.parse(await text('csl'))[0].accessed).toEqual({ 'date-parts': [[2031, 2, 4]] });
    expect(await panel.locator('.cite-dates').textContent()).toMatch(/access date 2031-02-04 \(today\)\.\s*$/);
    // Facts’ panels too: none keeps the build day.
    const stale = await page
      .locator('[data-accessed]')
      .evaluateAll((dates) => dates.filter((date) => !/2031|February 4|4 Feb\./.test(date.textContent!)).length);
    expect(stale).toBe(0);
    await context.close();
  });
});
