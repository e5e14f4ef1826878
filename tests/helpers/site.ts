import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { DIST, assertBuilt, builtPages as walkPages } from '../../scripts/lib/built-site.mjs';

/** dist/, which `npm test` builds before running the tests; walked by scripts/lib/built-site.mjs. */
export { DIST, assertBuilt };

/** URL path of every built HTML page, e.g. `/zh/sources/`. */
export function builtPages(): string[] {
  assertBuilt();
  return walkPages(DIST);
}

export function readPage(urlPath: string): cheerio.CheerioAPI {
  const file = join(DIST, urlPath, 'index.html');
  return cheerio.load(readFileSync(file, 'utf8'));
}

export function readJson<T>(urlPath: string): T {
  return JSON.parse(readFileSync(join(DIST, urlPath), 'utf8')) as T;
}

/**
 * Scripts of a page that run, other than the one small site script every page loads
 * (src/browser/site.ts, bundled from Base.astro). JSON-LD blocks are data, not scripts.
 */
export function pageScripts($: cheerio.CheerioAPI) {
  return $('script').filter((_, element) => {
    const script = $(element);
    return (
      script.attr('type') !== 'application/ld+json' &&
      !/^\/_astro\/Base\.astro_[^/]+\.js$/.test(script.attr('src') ?? '')
    );
  });
}
