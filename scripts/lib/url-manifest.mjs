/**
 * The promise that a published URL keeps working. `urls/published.txt` lists every URL the site
 * has published; each must still build as a page, a file, or a redirect to a page that builds.
 * `npm run urls:update` adds new URLs after a build; removing one is a deliberate, reviewed edit.
 * Plain JavaScript so that the update script runs on Node 20 without a TypeScript loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, urlPathOf } from './built-site.mjs';

export const MANIFEST_FILE = 'urls/published.txt';

/** Built folders that hold hashed assets or the search index, not citable URLs. */
const NOT_PUBLISHED = /^\/(_astro|pagefind)\//;
/** Host configuration at the top of the site (public/_headers): read by the host, never served. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** Every citable URL path in a built site: pages as `/a/b/`, other files as `/a/b.csv`. */
/** @param {string} dist @returns {string[]} */
export function builtUrls(dist) {
  return builtFiles(dist)
    .filter((file) => !NOT_PUBLISHED.test(file) && !HOST_FILES.has(file))
    .filter((file) => file.endsWith('/index.html') || !file.endsWith('.html'))
    .map(urlPathOf)
    .sort();
}

/** @param {string} text @returns {string[]} */
export function readManifest(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** @param {Iterable<string>} urls @returns {string} */
export function writeManifest(urls) {
  const header =
    '# Every URL this site has published. Each must keep building as a page, a file or a redirect.\n# Add new ones with `npm run urls:update` after a build; never remove one without a redirect.\n';
  return header + [...new Set(urls)].sort().join('\n') + '\n';
}

/** @typedef {{ kind: 'page' } | { kind: 'file' } | { kind: 'redirect', to: string } | { kind: 'missing', why: string }} UrlStatus */

/** How a URL path resolves in a built site. A redirect must name its target in a canonical link. */
/** @param {string} dist @param {string} urlPath @returns {UrlStatus} */
export function resolveUrl(dist, urlPath) {
  if (!urlPath.endsWith('/')) {
    return existsSync(join(dist, urlPath)) ? { kind: 'file' } : { kind: 'missing', why: 'no such file' };
  }
  const file = join(dist, urlPath, 'index.html');
  if (!existsSync(file)) return { kind: 'missing', why: 'no page' };
  const html = readFileSync(file, 'utf8');
  const refresh = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html);
  if (!refresh) return { kind: 'page' };
  const canonical = /<link rel="canonical" href="([^"]+)"/i.exec(html);
  if (!canonical) return { kind: 'missing', why: 'a redirect without a canonical link' };
  return { kind: 'redirect', to: new URL(canonical[1]).pathname };
}

/**
 * Manifest URLs that no longer work, with the reason; empty when the promise holds. Redirects
 * name their targets with the site's base path (`/bj/en/…`), which the built files do not have.
 */
/** @param {string} dist @param {readonly string[]} manifest @param {string} [base] @returns {string[]} */
export function brokenUrls(dist, manifest, base = '/') {
  const withoutBase = (/** @type {string} */ path) =>
    base !== '/' && path.startsWith(base) ? `/${path.slice(base.length).replace(/^\//, '')}` : path;
  return manifest.flatMap((urlPath) => {
    let status = resolveUrl(dist, urlPath);
    const seen = new Set([urlPath]);
    while (status.kind === 'redirect') {
      const to = withoutBase(status.to);
      if (seen.has(to)) return [`${urlPath}: redirect loop`];
      seen.add(to);
      status = resolveUrl(dist, to);
    }
    return status.kind === 'missing' ? [`${urlPath}: ${status.why}`] : [];
  });
}

/**
 * The build's refusal of a site that breaks a published URL: every URL of the manifest at `root`
 * that the staged site does not resolve, each named, with what to do; null when all resolve.
 */
/** @param {string} root @param {string} staging @param {string} [base] @returns {string | null} */
export function publishedUrlProblems(root, staging, base = '/') {
  const file = join(root, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  const broken = brokenUrls(staging, readManifest(readFileSync(file, 'utf8')), base);
  if (broken.length === 0) return null;
  const count =
    broken.length === 1 ? '1 published URL no longer resolves' : `${broken.length} published URLs no longer resolve`;
  return (
    `${count} (${MANIFEST_FILE}):\n${broken.map((line) => `  ${line}`).join('\n')}\n` +
    '  → a published URL keeps working: rename an entry or source with `npm run rename -- <kind> <old> <new>`, ' +
    'which adds the redirect to urls/renames.json, or add "old/path": "new/path" there yourself, or restore the page.'
  );
}
