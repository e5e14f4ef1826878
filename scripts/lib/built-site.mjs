/**
 * The built site as files and URL paths: one walk of dist/ (or any build output) for the
 * tests, the URL manifest, the benchmark and the audit. Plain JavaScript so that scripts run
 * on Node 20 without a TypeScript loader.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folder `npm run build` publishes to. */
export const DIST = 'dist';

/** Throws, saying how to build, when `dist` holds no built site. */
/** @param {string} [dist] */
export function assertBuilt(dist = DIST) {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/ is missing: run \`npm test\` (which builds first) or \`npm run build\`.`);
  }
}

/** URL path of every file under `dist`, sorted: `/data/coverage.json`, `/zh/index.html`, … */
/** @param {string} [dist] @returns {string[]} */
export function builtFiles(dist = DIST) {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => '/' + relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL path a file is served at: `/zh/sources/index.html` → `/zh/sources/`, others unchanged. */
/** @param {string} filePath @returns {string} */
export function urlPathOf(filePath) {
  return filePath.endsWith('/index.html') ? filePath.slice(0, -'index.html'.length) : filePath;
}

/** The file of renamed pages: old language-neutral path → new (src/lib/page/redirects.ts). */
export const RENAMES_FILE = 'urls/renames.json';

/** URL path of every redirect page a rename leaves (`/zh/places/old-name/`), from urls/renames.json. */
/** @param {string} [renamesFile] @returns {string[]} */
export function redirectPages(renamesFile = RENAMES_FILE) {
  if (!existsSync(renamesFile)) return [];
  const renames = JSON.parse(readFileSync(renamesFile, 'utf8'));
  return Object.keys(renames).flatMap((from) => ['zh', 'en'].map((lang) => `/${lang}/${from.replace(/\/$/, '')}/`));
}

/**
 * URL path of every HTML page of content (an index.html outside Pagefind's folder, not a
 * redirect a rename leaves), sorted: `/`, `/zh/sources/`, …
 */
/** @param {string} [dist] @returns {string[]} */
export function builtPages(dist = DIST) {
  const redirects = new Set(redirectPages());
  return builtFiles(dist)
    .filter((file) => file.endsWith('/index.html') && !file.startsWith('/pagefind/'))
    .map(urlPathOf)
    .filter((page) => !redirects.has(page))
    .sort();
}
