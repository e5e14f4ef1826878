import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** The built site that `npm test` produces before running the tests. */
export const DIST = 'dist';

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build`.');
  }
}

/** URL path of every built HTML page, e.g. `/zh/sources/`. */
export function builtPages(): string[] {
  assertBuilt();
  const pages: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const folder = relative(DIST, directory).split(sep).join('/');
        pages.push(folder === '' ? '/' : `/${folder}/`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
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
