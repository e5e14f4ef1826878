/**
 * Page budget, compressed with gzip: each HTML page under 30 KB, all CSS under 20 KB, no
 * script on pages that need none, and where a page needs one (search, copy buttons) no script
 * beyond Pagefind's own but a small file of the site's. Each page is read and parsed once, and
 * only what the checks need is kept (the bench runs them on 23,000 pages).
 */
import { describe, expect, it } from 'vitest';
import { BUDGET, FEATURES_NEEDING_SCRIPT, PAGEFIND_PATH, PAGES_WITH_SCRIPT } from '../helpers/budget';
import { SITE_ORIGIN, builtPages, fileBytes, gzipBytes, pageHtml } from '../helpers/dist';
import { loadHtml } from '../helpers/fast-html';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface PageFacts {
  page: string;
  bytes: number;
  needsScript: boolean;
  stylesheets: string[];
  /** Executable scripts: every <script> except JSON data blocks (JSON-LD), which never run. */
  scripts: { src: string | null; inline: string }[];
  /** Same-origin paths of the scripts it loads by `src`. */
  scriptPaths: string[];
  preloads: string[];
}

/** Every page's facts, from one read and one parse of each page. */
function readFacts(): PageFacts[] {
  return builtPages().map((page) => {
    const html = pageHtml(page);
    const $ = loadHtml(html);
    /** Same-origin URL paths the page loads with the given selector and attribute. */
    const loaded = (selector: string, attribute: string) =>
      $(selector)
        .map((_, element) => new URL($(element).attr(attribute)!, new URL(page, SITE_ORIGIN)))
        .get()
        .filter((url) => url.origin === SITE_ORIGIN)
        .map((url) => url.pathname);
    return {
      page,
      bytes: gzipBytes(html),
      needsScript: PAGES_WITH_SCRIPT.test(page) || $(FEATURES_NEEDING_SCRIPT).length > 0,
      stylesheets: loaded('link[rel~="stylesheet"]', 'href'),
      scripts: $('script')
        .filter((_, element) => !/json/i.test($(element).attr('type') ?? ''))
        .map((_, element) => ({ src: $(element).attr('src') ?? null, inline: $(element).text().trim() }))
        .get(),
      scriptPaths: loaded('script[src]', 'src'),
      preloads: loaded('link[rel="modulepreload"], link[rel="preload"][as="script"]', 'href'),
    };
  });
}

let facts: PageFacts[] | undefined;
const pages = () => (facts ??= readFacts());
const pagesWithScript = () => pages().filter((page) => page.needsScript);
const pagesWithoutScript = () => pages().filter((page) => !page.needsScript);

describe('page budget (gzip)', () => {
  it(`keeps every HTML page under ${kb(BUDGET.htmlPageBytes)}`, () => {
    const over = pages()
      .filter(({ bytes }) => bytes >= BUDGET.htmlPageBytes)
      .map(({ page, bytes }) => `${page}: ${kb(bytes)}`);
    expect(over).toEqual([]);
    expect(Math.min(...pages().map(({ bytes }) => bytes))).toBeGreaterThan(200); // measured real pages, not empty files
  });

  it(`keeps all CSS the pages link under ${kb(BUDGET.cssTotalBytes)} together`, () => {
    const stylesheets = new Set(pages().flatMap((page) => page.stylesheets));
    expect(stylesheets.size).toBeGreaterThan(0);
    const total = [...stylesheets].reduce((sum, path) => sum + gzipBytes(fileBytes(path)), 0);
    expect(total, [...stylesheets].join(', ')).toBeLessThan(BUDGET.cssTotalBytes);
  });

  it('ships no script at all on pages that need none', () => {
    expect(pagesWithoutScript().length).toBeGreaterThan(0);
    const offenders = pagesWithoutScript().flatMap(({ page, scripts }) =>
      scripts.map((script) => `${page}: ${script.src ?? `inline “${script.inline.slice(0, 40)}”`}`),
    );
    expect(offenders).toEqual([]);
    // Nor a module preload that would fetch one.
    expect(pagesWithoutScript().flatMap((page) => page.preloads)).toEqual([]);
  });

  it(`keeps the site's own script on a page that needs one (search, citation copy buttons) under ${kb(BUDGET.siteScriptBytes)}, beside Pagefind's`, () => {
    // Every built site has them: the search page in each language needs its script.
    expect(pagesWithScript().length).toBeGreaterThan(0);
    const bytesOf = new Map<string, number>();
    const gzipped = (path: string) => bytesOf.get(path) ?? bytesOf.set(path, gzipBytes(fileBytes(path))).get(path)!;
    for (const { page, scripts, scriptPaths } of pagesWithScript()) {
      expect(
        scripts.filter((script) => script.src === null),
        `${page}: inline script`,
      ).toEqual([]);
      const own = scriptPaths.filter((path) => !PAGEFIND_PATH.test(path));
      const bytes = own.reduce((sum, path) => sum + gzipped(path), 0);
      expect(bytes, `${page}: ${own.join(', ')}`).toBeLessThan(BUDGET.siteScriptBytes);
    }
  });

  it(`keeps the script every page with one shares under ${kb(BUDGET.sharedScriptBytes)}`, () => {
    const scriptsOf = (page: PageFacts) => page.scriptPaths.filter((path) => !PAGEFIND_PATH.test(path));
    const shared = pagesWithScript()
      .map(scriptsOf)
      .reduce((common, own) => common.filter((path) => own.includes(path)));
    expect(shared.length).toBe(1);
    expect(gzipBytes(fileBytes(shared[0])), shared[0]).toBeLessThan(BUDGET.sharedScriptBytes);
  });
});
