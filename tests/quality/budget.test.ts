/**
 * Page budget, compressed with gzip: each HTML page under 30 KB, all CSS under 20 KB, no
 * script on pages that need none, and where a page needs one (search, copy buttons) no script
 * beyond Pagefind's own but a small file of the site's.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { BUDGET, FEATURES_NEEDING_SCRIPT, PAGEFIND_PATH, PAGES_WITH_SCRIPT } from '../helpers/budget';
import { SITE_ORIGIN, builtPages, fileBytes, gzipBytes, pageHtml } from '../helpers/dist';

const pages = builtPages();
const needsScript = (page: string) =>
  PAGES_WITH_SCRIPT.test(page) || cheerio.load(pageHtml(page))(FEATURES_NEEDING_SCRIPT).length > 0;
const pagesWithoutScript = pages.filter((page) => !needsScript(page));
const pagesWithScript = pages.filter(needsScript);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Same-origin URL paths a page loads with the given selector and attribute. */
function loaded(page: string, selector: string, attribute: string): string[] {
  const $ = cheerio.load(pageHtml(page));
  return $(selector)
    .map((_, element) => new URL($(element).attr(attribute)!, new URL(page, SITE_ORIGIN)))
    .get()
    .filter((url) => url.origin === SITE_ORIGIN)
    .map((url) => url.pathname);
}

/** Executable scripts: every <script> except JSON data blocks (JSON-LD), which never run. */
function executableScripts(page: string) {
  const $ = cheerio.load(pageHtml(page));
  return $('script')
    .filter((_, element) => !/json/i.test($(element).attr('type') ?? ''))
    .map((_, element) => ({ src: $(element).attr('src') ?? null, inline: $(element).text().trim() }))
    .get();
}

describe('page budget (gzip)', () => {
  it(`keeps every HTML page under ${kb(BUDGET.htmlPageBytes)}`, () => {
    const sizes = pages.map((page) => ({ page, bytes: gzipBytes(pageHtml(page)) }));
    const over = sizes
      .filter(({ bytes }) => bytes >= BUDGET.htmlPageBytes)
      .map(({ page, bytes }) => `${page}: ${kb(bytes)}`);
    expect(over).toEqual([]);
    expect(Math.min(...sizes.map(({ bytes }) => bytes))).toBeGreaterThan(200); // measured real pages, not empty files
  });

  it(`keeps all CSS the pages link under ${kb(BUDGET.cssTotalBytes)} together`, () => {
    const stylesheets = new Set(pages.flatMap((page) => loaded(page, 'link[rel~="stylesheet"]', 'href')));
    expect(stylesheets.size).toBeGreaterThan(0);
    const total = [...stylesheets].reduce((sum, path) => sum + gzipBytes(fileBytes(path)), 0);
    expect(total, [...stylesheets].join(', ')).toBeLessThan(BUDGET.cssTotalBytes);
  });

  it('ships no script at all on pages that need none', () => {
    expect(pagesWithoutScript.length).toBeGreaterThan(0);
    const offenders = pagesWithoutScript.flatMap((page) =>
      executableScripts(page).map((script) => `${page}: ${script.src ?? `inline “${script.inline.slice(0, 40)}”`}`),
    );
    expect(offenders).toEqual([]);
    // Nor a module preload that would fetch one.
    const preloads = pagesWithoutScript.flatMap((page) =>
      loaded(page, 'link[rel="modulepreload"], link[rel="preload"][as="script"]', 'href'),
    );
    expect(preloads).toEqual([]);
  });

  it.skipIf(pagesWithScript.length === 0)(
    `keeps the site's own script on a page that needs one (search, citation copy buttons) under ${kb(BUDGET.siteScriptBytes)}, beside Pagefind's`,
    () => {
      for (const page of pagesWithScript) {
        const scripts = executableScripts(page);
        expect(
          scripts.filter((script) => script.src === null),
          `${page}: inline script`,
        ).toEqual([]);
        const own = loaded(page, 'script[src]', 'src').filter((path) => !PAGEFIND_PATH.test(path));
        const bytes = own.reduce((sum, path) => sum + gzipBytes(fileBytes(path)), 0);
        expect(bytes, `${page}: ${own.join(', ')}`).toBeLessThan(BUDGET.siteScriptBytes);
      }
    },
  );

  it(`keeps the script every page with one shares under ${kb(BUDGET.sharedScriptBytes)}`, () => {
    const scriptsOf = (page: string) => loaded(page, 'script[src]', 'src').filter((path) => !PAGEFIND_PATH.test(path));
    const shared = pagesWithScript.map(scriptsOf).reduce((common, own) => common.filter((path) => own.includes(path)));
    expect(shared.length).toBe(1);
    expect(gzipBytes(fileBytes(shared[0])), shared[0]).toBeLessThan(BUDGET.sharedScriptBytes);
  });
});
