/**
 * Finds broken internal links in built HTML: a link or resource to the site's own origin
 * that no file serves, or a fragment that names no element (or several) on its target page.
 * Pure (HTML and a file check in, problems out), so it is tested on broken input too.
 */
import type * as cheerio from 'cheerio';
import { loadHtml } from './fast-html';

/** Attributes that hold URLs, by selector. `srcset` is split into its URLs. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['object[data]', 'data'],
];

export interface LinkProblem {
  page: string;
  url: string;
  problem: string;
}

export interface SiteView {
  /** Does the host serve this URL path (no query, no fragment)? */
  serves: (urlPath: string) => boolean;
  /** Ids (and `a[name]`s) of the page at this URL path, or null when it is not an HTML page. */
  idsOf: (urlPath: string) => ReadonlySet<string> | null;
}

/** The ids (and `a[name]`s) that name one element each: a fragment's possible targets. */
function idsIn($: cheerio.CheerioAPI): Set<string> {
  const counts = new Map<string, number>();
  const count = (id: string) => void counts.set(id, (counts.get(id) ?? 0) + 1);
  $('[id]').each((_, element) => count($(element).attr('id')!));
  $('a[name]').each((_, element) => count($(element).attr('name')!));
  return new Set([...counts].filter(([, n]) => n === 1).map(([id]) => id));
}

function urlsIn($: cheerio.CheerioAPI): { url: string; tag: string }[] {
  const found: { url: string; tag: string }[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(selector).each((_, element) => {
      const value = $(element).attr(attribute)!;
      const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) found.push({ url, tag: `<${(element as { tagName?: string }).tagName} ${attribute}>` });
    });
  }
  return found;
}

export function idsInHtml(html: string): Set<string> {
  return idsIn(loadHtml(html));
}

/** Every URL a page links to or loads, with the element it comes from. */
export function urlsInHtml(html: string): { url: string; tag: string }[] {
  return urlsIn(loadHtml(html));
}

/** A page's URLs and ids from one parse: a walk over every page reads each page once. */
export function linksInHtml(html: string): { urls: { url: string; tag: string }[]; ids: Set<string> } {
  const $ = loadHtml(html);
  return { urls: urlsIn($), ids: idsIn($) };
}

export function checkPageLinks(page: string, html: string, site: SiteView, siteOrigin: string): LinkProblem[] {
  return checkUrls(page, urlsInHtml(html), site, siteOrigin);
}

/** The problems of a page's URLs (as `urlsInHtml` or `linksInHtml` found them). */
export function checkUrls(
  page: string,
  urls: readonly { url: string; tag: string }[],
  site: SiteView,
  siteOrigin: string,
): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const base = new URL(page, siteOrigin);
  const origin = new URL(siteOrigin).origin;
  for (const { url, tag } of urls) {
    const report = (problem: string) => problems.push({ page, url, problem: `${tag}: ${problem}` });
    if (url.trim() === '') {
      report('empty URL');
      continue;
    }
    if (/^(mailto|tel):/i.test(url)) continue;
    if (/^javascript:/i.test(url)) {
      report('javascript: URL');
      continue;
    }
    let target: URL;
    try {
      target = new URL(url, base);
    } catch {
      report('not a valid URL');
      continue;
    }
    if (target.origin !== origin) {
      if (!tag.startsWith('<a ') && !tag.startsWith('<area ')) report('loads a resource from another origin');
      continue;
    }
    const path = target.pathname;
    if (!site.serves(path)) {
      report(
        path.endsWith('/') || /\.[a-z0-9]+$/i.test(path)
          ? 'nothing is served there'
          : 'nothing is served there (missing trailing slash?)',
      );
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment === '' || fragment === 'top') continue;
    const ids = site.idsOf(path);
    if (ids === null) report(`fragment #${fragment} on a file that is not an HTML page`);
    else if (!ids.has(fragment)) report(`no element with id "${fragment}" on ${path}, or more than one`);
  }
  return problems;
}
