/**
 * Every built page in Chromium (one browser, one preview server for the file):
 * - accessibility: axe-core, WCAG 2.0/2.1/2.2 A and AA plus best practices: zero violations,
 *   in the light scheme, and colour contrast again in the dark scheme;
 * - privacy and security: every request goes to the site's own origin, no
 *   Content-Security-Policy violation, no console error;
 * - keyboard only: skip link, visible focus, language switch, header search (when present).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/browser';
import { pageHtml } from '../helpers/dist';
import { representativePages } from '../helpers/page-types';
import { QUERY_TABLE } from '../site/search-queries';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * axe in the page itself ("legacy" mode): the default mode opens a second page per run to
 * merge frame results, which the site does not need (it has no frames) and which doubles the
 * time on 2 cores.
 */
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
/** The largest and smallest page of each page type (tests/helpers/page-types.ts). */
const pages = representativePages();
const site = builtSiteInChromium();

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Requests that left the site's origin. */
  foreign: string[];
  /** Responses that failed (4xx/5xx) and requests that did not complete. */
  failed: string[];
  consoleErrors: string[];
  /** CSP violations reported to the page. */
  violations: () => Promise<string[]>;
}

/** A fresh page that records every request, console error and CSP violation. */
async function watchedPage(options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Watched> {
  const context = await site.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  // Nothing may leave the origin: a request elsewhere is recorded (below) and never sent.
  await context.route(
    (url) => !url.href.startsWith(site.origin + '/'),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const watched: Watched = {
    context,
    page,
    foreign: [],
    failed: [],
    consoleErrors: [],
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []),
  };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin + '/') && !/^(data|blob|about):/.test(url)) watched.foreign.push(url);
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(site.origin + '/'))
      watched.failed.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failed.push(`${response.url()} (${response.status()})`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(error.message));
  return watched;
}

function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
    ),
  );
}

describe('axe-core checks itself', () => {
  it('finds violations on a page that has them', async () => {
    const { page, context } = await watchedPage();
    await page.setContent(
      '<html><body><img src="data:,"><a href="#"></a><p style="color:#ccc;background:#fff">low contrast</p></body></html>',
    );
    const results = await axe(page).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual(
      expect.arrayContaining(['image-alt', 'link-name', 'color-contrast', 'html-has-lang']),
    );
    await context.close();
  });

  it('the watcher records CSP violations, a console error and a request to another origin (without sending it)', async () => {
    const watched = await watchedPage();
    await watched.page.goto(site.origin + '/en/');
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.src = 'https://third-party.invalid/pixel.png';
      document.body.append(image);
      console.error('an error');
    });
    await expect
      .poll(() => watched.violations())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem blocked inline/),
          expect.stringMatching(/^img-src blocked https:\/\/third-party/),
        ]),
      );
    expect(await watched.page.evaluate(() => 'inlineRan' in window)).toBe(false);
    expect(watched.consoleErrors.some((text) => text.includes('an error'))).toBe(true);
    // Without the site's policy the browser would send it: the watcher records it and aborts it.
    await watched.page.setContent('<img src="https://third-party.invalid/pixel.png" alt="">');
    await expect.poll(() => watched.foreign).toContain('https://third-party.invalid/pixel.png');
    await watched.context.close();
  });
});

/** One page of each section (home, statistics list, a statistic, …) in each language. */
const samplePages = [
  ...new Map(
    pages
      .filter((path) => path !== '/')
      .map(
        (path) => [path.split('/').slice(1, 3).join('/') + (path.split('/').length > 4 ? '/item' : ''), path] as const,
      ),
  ).values(),
];

describe('each page type in Chromium, at its largest and smallest page', () => {
  // One page, navigated from URL to URL: a fresh context per page costs more than the checks.
  let watched: Watched;
  beforeAll(async () => {
    watched = await watchedPage();
  });
  afterAll(async () => watched?.context.close());

  it.each(pages)(
    '%s: no accessibility violation, requests only to its own origin, no CSP violation or console error',
    async (path) => {
      watched.foreign.length = watched.failed.length = watched.consoleErrors.length = 0;
      await watched.page.emulateMedia({ colorScheme: 'light' });
      const response = await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(describeViolations(await axe(watched.page).withTags(AXE_TAGS).analyze())).toEqual([]);
      if (samplePages.includes(path)) {
        // The dark colour scheme changes only colours: contrast again, on one page of each kind.
        await watched.page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axe(watched.page).withRules(['color-contrast', 'link-in-text-block']).analyze();
        expect(describeViolations(dark).map((line) => `dark: ${line}`)).toEqual([]);
      }
      expect(watched.foreign).toEqual([]);
      expect(watched.failed).toEqual([]);
      expect(await watched.violations()).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
    },
  );
});

async function activeElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      className: element.className,
      text: (element.textContent ?? '').trim().slice(0, 40),
      href: element.getAttribute('href'),
      inMain: !!element.closest('main'),
      inHeader: !!element.closest('header'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      shadow: style.boxShadow !== 'none',
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

describe('with the keyboard only', () => {
  // One phone-sized tab for every page: each test starts by loading its page, which resets focus.
  let phone: Watched;
  beforeAll(async () => {
    phone = await watchedPage({ width: 375 });
  });
  afterAll(async () => phone?.context.close());

  it.each(samplePages)(
    '%s: skip link first, every Tab stop visible with a focus ring, the language switch early and Enter follows it',
    async (path) => {
      const { page } = phone;
      await page.goto(site.origin + path);
      // The first Tab reaches a visible skip link, which moves focus into the main content.
      await page.keyboard.press('Tab');
      const first = await activeElement(page);
      expect(first?.className).toContain('skip-link');
      expect(first?.visible).toBe(true);
      expect(first?.outline || first?.shadow).toBe(true);
      // Following the link is a same-page navigation: wait for it rather than read the URL at once.
      await Promise.all([
        page.waitForURL((url) => url.hash === '#main', { timeout: 5_000 }),
        page.keyboard.press('Enter'),
      ]);
      await page.keyboard.press('Tab');
      expect((await activeElement(page))?.inMain).toBe(true);

      // From the top again: every Tab stop (up to 40) is on screen with a visible focus ring.
      await page.goto(site.origin + path);
      const problems: string[] = [];
      let languageSwitchAt = -1;
      for (let stop = 1; stop <= 40; stop++) {
        await page.keyboard.press('Tab');
        const active = await activeElement(page);
        if (!active) break; // past the end of the page
        if (!active.visible) problems.push(`stop ${stop} <${active.tag}> “${active.text}” is off screen`);
        if (!active.outline && !active.shadow)
          problems.push(`stop ${stop} <${active.tag}> “${active.text}” has no focus ring`);
        if (languageSwitchAt === -1 && String(active.className).includes('lang-switch')) languageSwitchAt = stop;
      }
      expect(problems).toEqual([]);
      // The language switch is in the header, right after the skip link, the site name, the eight
      // navigation links and the search box and button; Enter opens the other language.
      expect(languageSwitchAt).toBeGreaterThan(0);
      expect(languageSwitchAt).toBeLessThanOrEqual(13);
      // Tab reaches it (above): back on it, Enter follows it.
      await page.locator('.lang-switch').focus();
      // The counterpart the switch names (a glossary letter page's is the other language's glossary).
      const counterpart = new URL((await page.locator('.lang-switch').getAttribute('href'))!, site.origin).pathname;
      expect(counterpart).toMatch(path.startsWith('/zh/') ? /^\/en\// : /^\/zh\//);
      await Promise.all([
        page.waitForURL((url) => url.pathname === counterpart, { timeout: 10_000 }),
        page.keyboard.press('Enter'),
      ]);
    },
  );

  const hasHeaderSearch = /<header[\s\S]*?(role="search"|<search|type="search")[\s\S]*?<\/header>/.test(
    pageHtml('/en/'),
  );
  it.skipIf(!hasHeaderSearch).each(['/zh/', '/en/'])(
    '%s: the header search is reachable by Tab, takes a query and shows accessible results, with no CSP violation',
    async (path) => {
      const watched = await watchedPage();
      const { page } = watched;
      await page.goto(site.origin + path);
      let reached = false;
      for (let stop = 0; stop < 15 && !reached; stop++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => {
          const element = document.activeElement;
          return (
            !!element?.closest('header') &&
            element instanceof HTMLInputElement &&
            ['search', 'text'].includes(element.type)
          );
        });
      }
      expect(reached).toBe(true);
      expect((await activeElement(page))?.outline || (await activeElement(page))?.shadow).toBe(true);
      // A name from the query table (whatever entries the content has), which finds results.
      await page.keyboard.type(QUERY_TABLE.find((c) => c.lang === path.slice(1, 3) && c.first && !c.also)!.query);
      await Promise.all([page.waitForURL(/\/search\//), page.keyboard.press('Enter')]);
      // Results are links into the site that the server-rendered search page does not have.
      const lang = path.slice(1, 3);
      const staticLinks = [...pageHtml(`/${lang}/search/`).matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      const resultLinks = () =>
        page.evaluate(
          ({ known, lang }) =>
            [...document.querySelectorAll('main a[href]')]
              .map((link) => new URL((link as HTMLAnchorElement).href).pathname)
              .filter((href) => href.startsWith(`/${lang}/`) && !known.includes(href)),
          { known: staticLinks, lang },
        );
      await expect.poll(async () => (await resultLinks()).length, { timeout: 20_000 }).toBeGreaterThan(0);
      await page.waitForLoadState('networkidle');
      // The results Pagefind drew are accessible too.
      expect(describeViolations(await axe(page).withTags(AXE_TAGS).analyze())).toEqual([]);
      expect(await watched.violations()).toEqual([]);
      expect(watched.foreign).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await watched.context.close();
    },
  );
});
