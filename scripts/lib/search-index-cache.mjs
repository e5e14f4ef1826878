/**
 * Pagefind has no incremental mode: it indexes every page it is given. What the build can skip
 * is a whole bundle (src/lib/search/bundles.ts) whose pages are byte for byte those it indexed
 * last time: its index files are then those it wrote, kept in the build's cache
 * (.astro-cache/pagefind/<bundle>/) and copied back. A change to any page of the bundle, a page
 * more or less, another Pagefind version or setting, re-indexes that bundle only.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const FINGERPRINT_FILE = '.inputs-fingerprint';

/**
 * A hash of what a bundle's index is made from: the path and bytes of every page it indexes,
 * and the settings of the indexer (its version, chunk size…).
 * @param {string} site the folder the pages are in
 * @param {string} glob the bundle's pages, as Pagefind's addDirectory takes them
 * @param {unknown} settings
 */
export function bundleFingerprint(site, glob, settings) {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const page of globSync(glob, { cwd: site }).sort()) {
    hash
      .update(page)
      .update('\0')
      .update(readFileSync(join(site, page)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** @param {string} cacheDir @param {string} bundle */
function cachedBundle(cacheDir, bundle) {
  return join(cacheDir, 'pagefind', bundle);
}

/**
 * Copies the bundle's index from the cache into `destination` when it was made from the same
 * inputs; returns whether it did.
 * @param {string} cacheDir @param {string} bundle @param {string} fingerprint @param {string} destination
 */
export function restoreBundle(cacheDir, bundle, fingerprint, destination) {
  const folder = cachedBundle(cacheDir, bundle);
  const fingerprintFile = join(folder, FINGERPRINT_FILE);
  if (!existsSync(fingerprintFile) || readFileSync(fingerprintFile, 'utf8') !== fingerprint) return false;
  linkTree(folder, destination, (source) => !source.endsWith(FINGERPRINT_FILE));
  return true;
}

/**
 * Keeps the index Pagefind just wrote for the next build. The copy is made beside the old one
 * and renamed over it, so a stopped build leaves the old copy or the new one, never half of one.
 * @param {string} cacheDir @param {string} bundle @param {string} fingerprint @param {string} written
 * @param {string[]} nested folders inside `written` that are other bundles' (left out)
 */
export function saveBundle(cacheDir, bundle, fingerprint, written, nested = []) {
  const folder = cachedBundle(cacheDir, bundle);
  const fresh = `${folder}.${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const skipped = nested.map((subfolder) => join(written, subfolder));
  linkTree(written, fresh, (source) => !skipped.includes(source));
  writeFileSync(join(fresh, FINGERPRINT_FILE), fingerprint);
  rmSync(folder, { recursive: true, force: true });
  renameSync(fresh, folder);
}

/**
 * The files of `source` at the same places under `destination`, as hard links where the file
 * system allows (a copy elsewhere): an index is tens of thousands of files, written once and
 * never changed in place (a new index is a new folder, renamed over the old one).
 * @param {string} source @param {string} destination @param {(path: string) => boolean} keep
 */
function linkTree(source, destination, keep) {
  mkdirSync(destination, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = join(source, entry.name);
    const to = join(destination, entry.name);
    if (!keep(from)) continue;
    if (entry.isDirectory()) linkTree(from, to, keep);
    else {
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
    }
  }
}
