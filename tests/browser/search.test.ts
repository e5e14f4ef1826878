import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { searchBuiltIndex } from '../helpers/search';
import { QUERY_TABLE, READER_QUERIES, type QueryCase } from '../site/search-queries';
import { readPage } from '../helpers/site';
import { LANGUAGES, useTranslations } from '../../src/i18n/index';

const site = builtSiteInChromium();

/**
 * Queries from the query table (tests/site/search-queries.ts), whose rows name whatever entries
 * the content has: a name that finds its page first, in a language, on a kind of page.
 */
function tableRow(lang: 'zh' | 'en', test: (row: QueryCase) => boolean): QueryCase & { expect: string } {
  const row = QUERY_TABLE.find((c) => c.lang === lang && c.expect !== null && test(c));
  if (!row) throw new Error(`the query table has no ${lang} row for this test`);
  return row as QueryCase & { expect: string };
}
const firstName = (lang: 'zh' | 'en', section: string) =>
  tableRow(lang, (c) => !!c.first && !c.also && c.expect!.startsWith(`/${lang}/${section}/`));
const ZH_PLACE = firstName('zh', 'places');
const EN_PLACE = firstName('en', 'places');
const ZH_STATISTIC = firstName('zh', 'statistics');
const FULL_WIDTH = tableRow('en', (c) => !c.also && /^[\uFF10-\uFF19]+$/.test(c.query));
const CHINESE_FROM_ENGLISH = tableRow('en', (c) => !!c.also && c.expect!.startsWith('/zh/'));

/** A fresh page that fails the test on any script error or console error. */
async function openPage(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context: BrowserContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return { page, problems, close: () => context.close() };
}

const resultLinks = (page: Page) => page.locator('#search-results .search-result h2 a');

async function waitForResults(page: Page) {
  await resultLinks(page).first().waitFor({ timeout: 15_000 });
}

describe('the header search box', () => {
  it.each([
    { lang: 'zh', from: '/zh/places/', query: ZH_PLACE.query, target: ZH_PLACE.expect },
    { lang: 'en', from: '/en/statistics/', query: EN_PLACE.query, target: EN_PLACE.expect },
  ])('$lang: Ctrl+K, type “$query”, Enter, follow a result, come back', async ({ lang, from, query, target }) => {
    const heading = readPage(target)('h1').text();
    const { page, problems, close } = await openPage();
    await page.goto(site.origin + from);
    await page.locator('h1').click(); // focus somewhere in the page first, as a reader would be
    await page.keyboard.press('Control+k');
    const box = page.locator('header #site-search-query');
    await expect
      .poll(() => box.evaluate((element) => element === document.activeElement && element.matches(':focus-visible')))
      .toBe(true);
    const outline = await box.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, 'the focused box shows an outline').not.toBe('none');

    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${lang}/search/?q=*`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await waitForResults(page);
    expect(await page.locator('#search-query').inputValue()).toBe(query);
    const link = resultLinks(page).filter({ has: page.locator(`xpath=self::a[@href="${target}"]`) });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`**${target}`);
    expect(await page.locator('h1').innerText()).toBe(heading);

    await page.goBack();
    await page.waitForURL(`**/${lang}/search/?q=*`);
    await waitForResults(page);
    expect(await page.locator('#search-query').inputValue()).toBe(query);
    expect(problems).toEqual([]);
    await close();
  });

  it('works without JavaScript: it is a GET form to the search page, which says how to search', async () => {
    const { page, close } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/zh/timeline/`);
    await page.locator('header #site-search-query').fill(ZH_PLACE.query);
    await page.locator('header #site-search-query').press('Enter');
    await page.waitForURL('**/zh/search/?q=*');
    const help = page.locator('.search-noscript');
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('JavaScript');
    const indexes = await page
      .locator('.search-browse a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(indexes).toEqual(['/zh/statistics/', '/zh/timeline/', '/zh/places/', '/zh/glossary/', '/zh/sources/']);
    await close();
  });
});

describe('the search page', () => {
  it(`runs ?q=${ZH_STATISTIC.query} on arrival, in Chinese throughout, and leads to the indicator`, async () => {
    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/zh/search/?q=${encodeURIComponent(ZH_STATISTIC.query)}`);
    await waitForResults(page);
    expect(await resultLinks(page).first().getAttribute('href')).toBe(ZH_STATISTIC.expect);
    const first = page.locator('#search-results .search-result').first();
    expect(await first.locator('.search-result-about').innerText()).toContain('统计数据');
    // Found by its name: the statistic's one-line description, not the names its page opens with.
    expect(await first.locator('.search-result-excerpt mark').count()).toBe(0);
    expect(await first.locator('.search-result-excerpt').innerText()).not.toContain(ZH_STATISTIC.query);
    expect(await page.locator('#search-summary').innerText()).toMatch(
      new RegExp(`^找到 \\d+ 个“${ZH_STATISTIC.query}”的相关结果$`),
    );

    // No English in the interface of a Chinese page: every label, placeholder and aria-label.
    const chrome = await page.evaluate(() => {
      const texts: string[] = [];
      const form = document.querySelector('#search-form')!;
      form
        .querySelectorAll('label, legend, button')
        .forEach((element) => texts.push((element as HTMLElement).innerText));
      document.querySelectorAll('[placeholder], [aria-label]').forEach((element) => {
        texts.push(element.getAttribute('placeholder') ?? '', element.getAttribute('aria-label') ?? '');
      });
      texts.push((document.querySelector('#search-summary') as HTMLElement).innerText);
      document
        .querySelectorAll('.search-result-about')
        .forEach((element) => texts.push((element as HTMLElement).innerText));
      return texts.filter(Boolean);
    });
    expect(chrome.length).toBeGreaterThan(8);
    for (const text of chrome) expect(text, 'English in the interface').not.toMatch(/[A-Za-z]{2,}/);

    await resultLinks(page).first().click();
    await page.waitForURL(`**${ZH_STATISTIC.expect}`);
    expect(problems).toEqual([]);
    await close();
  });

  it('searches as you type, normalises full-width digits and keeps the URL in step', async () => {
    const { page, close } = await openPage();
    await page.goto(`${site.origin}/en/search/`);
    await page.locator('#search-query').pressSequentially(FULL_WIDTH.query);
    await waitForResults(page);
    expect(await resultLinks(page).first().getAttribute('href')).toBe(FULL_WIDTH.expect);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(FULL_WIDTH.query);
    // ↓ moves from the box into the results.
    await page.locator('#search-query').press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(FULL_WIDTH.expect);
    await close();
  });

  it('merges the other language’s index with one switch, kept in the URL', async () => {
    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent(CHINESE_FROM_ENGLISH.query)}`);
    await waitForResults(page);
    const urls = () => resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect((await urls()).some((url) => url?.startsWith('/zh/'))).toBe(false);
    await page.getByLabel('Also search the Chinese pages (中文)').check();
    await expect.poll(async () => (await urls()).includes(CHINESE_FROM_ENGLISH.expect), { timeout: 15_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('also')).toBe('1');
    const chinese = page.locator('.search-result[lang="zh-CN"]').first();
    expect(await chinese.locator('.search-result-about').innerText()).toContain('Chinese page');

    // The switch is state: reloading the shared URL searches both indexes again.
    await page.reload();
    await waitForResults(page);
    expect(await page.getByLabel('Also search the Chinese pages (中文)').isChecked()).toBe(true);
    await expect.poll(async () => (await urls()).includes(CHINESE_FROM_ENGLISH.expect), { timeout: 15_000 }).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('filters by kind, in the URL too', async () => {
    const { page, close } = await openPage();
    await page.goto(`${site.origin}/zh/search/?q=${encodeURIComponent(ZH_PLACE.query)}`);
    await waitForResults(page);
    // Results render lazily as they scroll into view, so count them from the summary.
    const total = async () => Number(/(\d+)/.exec(await page.locator('#search-summary').innerText())?.[1]);
    const before = await total();
    const placesLabel = useTranslations('zh')('search.kind.place');
    await page.locator('.search-kinds label', { hasText: placesLabel }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('kind')).toEqual(['place']);
    await expect
      .poll(async () => {
        const abouts = await page.locator('.search-result-about').allInnerTexts();
        return abouts.length > 0 && abouts.every((text) => text.startsWith(placesLabel));
      })
      .toBe(true);
    expect(await total()).toBeLessThan(before);
    expect(await total()).toBeGreaterThan(0);
    expect(await page.locator('[data-kind-count="place"]').innerText()).toMatch(/^\(\d+\)$/);
    await close();
  });

  it.each(['light', 'dark'] as const)('keeps WCAG AA contrast with results shown (%s scheme)', async (colorScheme) => {
    const { page, close } = await openPage({ colorScheme });
    await page.goto(`${site.origin}/zh/search/?q=${encodeURIComponent(ZH_PLACE.query)}`);
    await waitForResults(page);
    await page.locator('.search-result mark').first().waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    await close();
  });
});

describe('what readers type', () => {
  it.each(LANGUAGES)('%s: a question returns its statistic first, with the figure that answers it', async (lang) => {
    const question = READER_QUERIES.find(
      (q) => q.lang === lang && q.sort === 'question' && q.expect.includes('/statistics/'),
    )!;
    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/${lang}/search/`);
    await page.locator('#search-query').fill(question.query);
    await waitForResults(page);
    await expect.poll(() => resultLinks(page).first().getAttribute('href')).toBe(question.expect);
    expect(await page.locator('.search-closest').isVisible()).toBe(false);
    const statisticPage = await (await fetch(`${site.origin}${question.expect}`)).text();
    const figure = /class="figure figure-big"[^>]*>([^<]+)</.exec(statisticPage)![1].trim();
    // The figure as its page shows it, then its period and marks (which travel with it).
    const shown = await page.locator('.search-result').first().locator('.search-result-figure').innerText();
    expect(shown.startsWith(figure), `${shown} starts with ${figure}`).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('says when no page holds every word, and shows the closest matches', async () => {
    // Two names' words that no single page holds together, found from the index itself.
    const words = [...new Set(READER_QUERIES.filter((q) => q.lang === 'en' && q.sort === 'name').map((q) => q.query))]
      .flatMap((query) => query.split(' '))
      .filter((word) => word.length >= 6);
    const pairs = words.flatMap((a) => words.filter((b) => b > a).map((b) => `${a} ${b}`));
    const run = searchBuiltIndex(
      'en',
      pairs.map((query) => ({ query })),
      { top: 1 },
    );
    const fallback = run.answers.find((answer) => answer.match === 'closest');
    expect(fallback, 'some pair of words is on no single page').toBeDefined();

    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent(fallback!.query)}`);
    await waitForResults(page);
    await expect.poll(() => page.locator('.search-closest').isVisible()).toBe(true);
    // Absence first, then the partial matches under a heading that says so.
    expect(await page.locator('#search-summary').innerText()).toBe(`No page contains “${fallback!.query}”`);
    expect(await page.locator('.search-closest').innerText()).toMatch(/partial matches/i);
    expect(await resultLinks(page).first().getAttribute('href')).toBe(fallback!.results[0].url);
    expect(problems).toEqual([]);
    await close();
  });

  // A name's word with letters added: Pagefind alone would match the name's word, cut short.
  const nameWord = READER_QUERIES.filter((q) => q.lang === 'en' && q.sort === 'name')
    .flatMap((q) => q.query.split(' '))
    .find((word) => /^[A-Za-z]{7,}$/u.test(word))!;
  it.each([
    // Letters no spelling suggestion takes back: more than two added.
    { lang: 'en', query: `${nameWord}xqz`, said: `No page contains “${nameWord}xqz”` },
    { lang: 'zh', query: '龘靐', said: '没有页面包含“龘靐”' },
  ])(
    '$lang: a query no page holds is answered as absent, with the indexes to browse',
    async ({ lang, query, said }) => {
      const { page, problems, close } = await openPage();
      await page.goto(`${site.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => page.locator('#search-summary').innerText(), { timeout: 15_000 }).toBe(said);
      await expect.poll(() => page.locator('.search-none').isVisible()).toBe(true);
      expect(await page.locator('#search-results .search-result').count()).toBe(0);
      expect(await page.locator('.search-none a').count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await close();
    },
  );

  it('answers a typo with the results of the site’s own word, saying so first', async () => {
    const typo = nameWord.slice(0, 3) + nameWord.slice(4);
    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent(typo)}`);
    await expect
      .poll(() => page.locator('#search-summary').innerText(), { timeout: 15_000 })
      .toBe(`No page contains “${typo}”; showing results for “${nameWord.toLowerCase()}”`);
    await waitForResults(page);
    // The first result is named by the corrected word.
    expect((await resultLinks(page).first().innerText()).toLowerCase()).toContain(nameWord.toLowerCase());
    expect(await page.locator('.search-suggestions').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds the English page by its Chinese name, without the merge switch, showing its description', async () => {
    const row = READER_QUERIES.find(
      (q) => q.lang === 'en' && q.sort === 'other-language' && q.expect.includes('/places/'),
    )!;
    const { page, problems, close } = await openPage();
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent(row.query)}`);
    await waitForResults(page);
    expect(await resultLinks(page).first().getAttribute('href')).toBe(row.expect);
    expect(new URL(page.url()).searchParams.get('also')).toBeNull();
    // Found by a name: the entry's description, in the page's language, without the name.
    const excerpt = page.locator('.search-result').first().locator('.search-result-excerpt');
    expect(await excerpt.locator('mark').count()).toBe(0);
    expect(await excerpt.innerText()).not.toContain(row.query);
    expect(problems).toEqual([]);
    await close();
  });

  it('merges adjacent highlights and starts no excerpt with punctuation', async () => {
    const { page, close } = await openPage();
    const name = READER_QUERIES.find((q) => q.lang === 'zh' && q.sort === 'pinyin')!;
    const zhName = (await (await fetch(`${site.origin}${name.expect}`)).text()).match(/<h1[^>]*>([^<]+)</)![1];
    // The source documents: an entry found by its name shows its description instead.
    await page.goto(`${site.origin}/zh/search/?q=${encodeURIComponent(zhName)}&kind=source`);
    await waitForResults(page);
    const first = page.locator('.search-result').first();
    expect(await first.locator('mark').first().innerText()).toBe(zhName);
    for (const text of await page.locator('.search-result-excerpt').allInnerTexts())
      expect(text, 'excerpt start').not.toMatch(/^[\p{P}\s]/u);
    await close();
  });
});

describe('the two bundles', () => {
  /** A name found among the curated entries (fewer than a page of them) and in the source documents too. */
  function queryFoundInBoth(lang: 'en' | 'zh') {
    const names = [...new Set(READER_QUERIES.filter((q) => q.lang === lang).map((q) => q.query))];
    const { answers } = searchBuiltIndex(
      lang,
      names.map((query) => ({ query })),
      { top: 100 },
    );
    return answers.find((answer) => {
      const kinds = answer.results.map((result) => result.kind);
      const entries = kinds.filter((kind) => kind !== 'source').length;
      return answer.match === 'all' && entries > 0 && entries < 10 && kinds.includes('source');
    });
  }

  it('shows the entries first, then loads the source documents’ bundle and lists its results after them', async () => {
    const lang = 'en';
    const answer = queryFoundInBoth(lang);
    expect(answer, 'some query finds a few entries and some source documents').toBeDefined();
    const { page, problems, close } = await openPage();
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('#search-results .search-result')) {
          (window as unknown as { firstResultAt: number }).firstResultAt = Date.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    // The source documents' bundle, and Pagefind's web worker that searches it.
    const sourceRequests: number[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/sources/') || path.endsWith('/pagefind-worker.js'))
        sourceRequests.push(Date.now());
    });
    await page.goto(`${site.origin}/${lang}/search/?q=${encodeURIComponent(answer!.query)}`);
    await page.locator('#search-results[aria-busy="false"] .search-result').first().waitFor({ timeout: 15_000 });
    const firstResultAt = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    expect(sourceRequests.length).toBeGreaterThan(0);
    expect(
      Math.min(...sourceRequests),
      'the source documents are searched once the entries are shown',
    ).toBeGreaterThanOrEqual(firstResultAt);
    const sourceLabel = useTranslations(lang)('search.kind.source');
    const isSource = (await page.locator('.search-result-about').allInnerTexts()).map((text) =>
      text.includes(sourceLabel),
    );
    expect(isSource[0], 'an entry first').toBe(false);
    expect(isSource.indexOf(true), 'the source documents follow').toBeGreaterThan(0);
    expect(isSource.slice(isSource.indexOf(true)).every(Boolean), 'and only they').toBe(true);
    expect(await page.locator('.search-pending').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('does not load the source documents’ bundle when the kinds chosen exclude them', async () => {
    const { page, problems, close } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/zh/search/?q=${encodeURIComponent(ZH_PLACE.query)}&kind=place`);
    await page.locator('#search-results[aria-busy="false"] .search-result').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
    expect(requests.filter((path) => path.startsWith('/pagefind/sources/'))).toEqual([]);
    // Choosing the source documents too loads them.
    await page.locator('.search-kinds label', { hasText: useTranslations('zh')('search.kind.source') }).click();
    await expect.poll(() => requests.some((path) => path.startsWith('/pagefind/sources/'))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('what pages load', () => {
  it('only the search page loads Pagefind; other pages load one script', async () => {
    const { page, close } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}${EN_PLACE.expect}`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    const scripts = requests.filter((path) => path.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    // Its size, and that no page has an inline script: tests/quality/budget.test.ts and security.test.ts.

    requests.length = 0;
    await page.goto(`${site.origin}/en/search/?q=Sanlitun`);
    await waitForResults(page);
    expect(requests).toContain('/pagefind/pagefind.js');
    expect(requests, 'no Component UI: the page renders results itself').not.toContain(
      '/pagefind/pagefind-component-ui.js',
    );
    expect(requests.some((path) => path.endsWith('.pf_fragment'))).toBe(true);
    await close();
  });
});
