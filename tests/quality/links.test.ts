/**
 * No broken links: every internal link, resource and fragment on every built page resolves
 * to a file in dist/ and, for a fragment, to the one element with that id on the target page. Each page is
 * read and parsed once, and only its ids are kept (tests/helpers/fast-html.ts): the bench runs
 * these checks on 23,000 pages.
 */
import { describe, expect, it } from 'vitest';
import { SITE_ORIGIN, builtFiles, builtPages, pageHtml } from '../helpers/dist';
import { checkPageLinks, checkUrls, idsInHtml, linksInHtml, type SiteView } from '../helpers/links';

/**
 * What the host serves, from one walk of dist/: a file, or a directory's index.html for a path
 * ending in "/". The ids of a page already read are remembered; any other is read when linked.
 */
function builtSite(): SiteView & { remember: (page: string, ids: ReadonlySet<string>) => void } {
  const files = new Set(builtFiles());
  const ids = new Map<string, ReadonlySet<string>>();
  const page = (path: string) => (path.endsWith('/') ? path : path.endsWith('/index.html') ? path.slice(0, -10) : null);
  return {
    serves: (path) => {
      const file = decodeURIComponent(path);
      return files.has(file.endsWith('/') ? `${file}index.html` : file);
    },
    idsOf: (path) => {
      const pagePath = page(path);
      if (pagePath === null) return null;
      if (!ids.has(pagePath)) ids.set(pagePath, idsInHtml(pageHtml(pagePath)));
      return ids.get(pagePath)!;
    },
    remember: (path, pageIds) => void ids.set(path, pageIds),
  };
}

describe('the link checker itself', () => {
  const fake: SiteView = {
    serves: (path) => ['/zh/', '/zh/sources/', '/data/coverage.json', '/favicon.svg'].includes(path),
    idsOf: (path) => (path.endsWith('/') ? new Set(['main', 'core-1']) : null),
  };
  const check = (html: string) => checkPageLinks('/zh/', html, fake, 'https://example.org').map((p) => p.problem);

  it('accepts links that resolve, with and without fragments, and links to other sites', () => {
    expect(
      check(
        '<a href="/zh/sources/">a</a><a href="sources/#core-1">b</a><a href="#main">c</a><a href="https://example.org/zh/">d</a>' +
          '<a href="https://other.example/x">e</a><a href="/data/coverage.json">f</a><link rel="icon" href="/favicon.svg">',
      ),
    ).toEqual([]);
  });

  it('reports a missing page, a missing trailing slash, a missing id, a missing file and a third-party resource', () => {
    expect(check('<a href="/zh/statistics/">x</a>')[0]).toMatch(/nothing is served/);
    expect(check('<a href="/zh/sources">x</a>')[0]).toMatch(/missing trailing slash/);
    expect(check('<a href="/zh/sources/#g9-9">x</a>')[0]).toMatch(/no element with id "g9-9"/);
    expect(check('<a href="/data/indicators.csv">x</a>')[0]).toMatch(/nothing is served/);
    expect(check('<script src="https://cdn.example/x.js"></script>')[0]).toMatch(/another origin/);
    expect(check('<img src="https://cdn.example/x.png" alt="">')[0]).toMatch(/another origin/);
    expect(check('<a href="javascript:void(0)">x</a>')[0]).toMatch(/javascript:/);
  });

  it('takes an id that names two elements for no target (a fragment must name one)', () => {
    expect([...idsInHtml('<p id="a"></p><p id="a"></p><p id="b"></p><a name="c"></a><p id="c"></p>')]).toEqual(['b']);
  });
});

describe('links on the built site', () => {
  const pages = builtPages();

  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  it('every internal link, resource and fragment on every page resolves', () => {
    const site = builtSite();
    const problems = pages.flatMap((page) => {
      const { urls, ids } = linksInHtml(pageHtml(page));
      site.remember(page, ids);
      return checkUrls(page, urls, site, SITE_ORIGIN);
    });
    expect(problems.map((p) => `${p.page} → ${p.url}: ${p.problem}`)).toEqual([]);
  });

  it('every page is linked from at least one other page (no orphans)', () => {
    const linked = new Set<string>();
    for (const page of pages) {
      for (const match of pageHtml(page).matchAll(/(?:href|action)="([^"#?]*)/g)) {
        const target = new URL(match[1], new URL(page, SITE_ORIGIN));
        if (target.origin === SITE_ORIGIN && target.pathname !== page) linked.add(target.pathname);
      }
    }
    expect(pages.filter((page) => page !== '/' && !linked.has(page))).toEqual([]);
  });

  it('every data file a page links to under /data/ exists', () => {
    const dataFiles = new Set(builtFiles().filter((file) => file.startsWith('/data/')));
    expect(dataFiles.size).toBeGreaterThan(0);
    const missing = pages.flatMap((page) =>
      [...pageHtml(page).matchAll(/href="(\/data\/[^"#?]+)"/g)]
        .filter((match) => !dataFiles.has(match[1]))
        .map((match) => `${page} links ${match[1]}`),
    );
    expect(missing).toEqual([]);
  });
});
