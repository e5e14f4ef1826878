/**
 * Helpers for the quality gates (tests/quality/): every file and page of the built site.
 * They iterate over whatever dist/ holds, so pages added later are covered without a change.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtFiles as walkFiles } from '../../scripts/lib/built-site.mjs';
import { DIST, assertBuilt, builtPages } from './site';

export { DIST, builtPages };

/** URL path of every file in dist/ (`/data/coverage.json`, `/zh/index.html`, …). */
export function builtFiles(): string[] {
  assertBuilt();
  return walkFiles(DIST);
}

/** The HTML of a page, by its URL path (`/zh/sources/`). */
export function pageHtml(urlPath: string): string {
  return readFileSync(join(DIST, urlPath, 'index.html'), 'utf8');
}

export function fileBytes(urlPath: string): Buffer {
  return readFileSync(join(DIST, decodeURIComponent(urlPath)));
}

/**
 * Whether a URL path names something the static host would serve: a file, or a directory
 * with an index.html when the path ends in "/" (the site uses trailing slashes throughout).
 */
export function servesPath(urlPath: string): boolean {
  const path = join(DIST, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return existsSync(join(path, 'index.html'));
  return existsSync(path) && statSync(path).isFile();
}

/** Size after gzip at the level static hosts commonly use (6). */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 6 }).length;
}

/** The origin the site is built for (canonical and alternate URLs use it): same as astro.config.mjs. */
export const SITE_ORIGIN = new URL(process.env.SITE_URL ?? 'https://beijing-exchange.example.org').origin;
