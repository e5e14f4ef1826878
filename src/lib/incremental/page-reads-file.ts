/**
 * Where the reads of each page are kept between builds, beside Astro's own incremental cache in
 * `cacheDir` (kept or lost with it: a missing file means every page is rendered).
 *
 * - `page-reads.json`: for each page (route and params) the names of what it read when it was
 *   last rendered, as `{ names: string[], pages: { [page]: number[] } }` (names stored once).
 * - during a build, `page-reads.rendered.jsonl` (a line per rendered page: its reads) and
 *   `page-reads.issued.jsonl` (the pages getStaticPaths gave a cache key); at the end of the
 *   build they are merged into `page-reads.json` (src/lib/incremental/integration.ts).
 */
import { existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's cacheDir, inside the project so that a copy of the project builds alone (astro.config.mjs). */
export const CACHE_DIR = '.astro-cache';

/** Astro's own record of its incremental cache, in cacheDir. */
export const ASTRO_INCREMENTAL_CACHE = 'incremental-build.json';

export interface ReadsFiles {
  manifest: string;
  rendered: string;
  issued: string;
}

export function readsFiles(cacheDir: string): ReadsFiles {
  return {
    manifest: join(cacheDir, 'page-reads.json'),
    rendered: join(cacheDir, 'page-reads.rendered.jsonl'),
    issued: join(cacheDir, 'page-reads.issued.jsonl'),
  };
}

/** A page's identity across builds: its route pattern and its params (in key order). */
export function pageKey(routePattern: string, params: Record<string, string | number | undefined>): string {
  const defined = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, String(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${routePattern} ${JSON.stringify(defined)}`;
}

interface StoredManifest {
  names: string[];
  pages: Record<string, number[]>;
}

/** The read names of every page, as the last complete build left them (empty when there is none). */
export function loadPageReads(file: string): Map<string, string[]> {
  if (!existsSync(file)) return new Map();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredManifest;
    return new Map(Object.entries(stored.pages).map(([page, ids]) => [page, ids.map((id) => stored.names[id])]));
  } catch {
    // A damaged file is a missing one: every page is rendered, and the build writes a new one.
    return new Map();
  }
}

export function serializePageReads(pages: ReadonlyMap<string, readonly string[]>): string {
  const ids = new Map<string, number>();
  const stored: StoredManifest = { names: [], pages: {} };
  for (const [page, names] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    stored.pages[page] = names.map((name) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = stored.names.push(name) - 1;
        ids.set(name, id);
      }
      return id;
    });
  }
  return JSON.stringify(stored);
}

/**
 * The next manifest: every page issued a cache key in this build, with the reads of its render
 * in this build, or, when Astro reused its output, those of the render that made it.
 */
export function mergePageReads(
  previous: ReadonlyMap<string, readonly string[]>,
  rendered: ReadonlyMap<string, readonly string[]>,
  issued: ReadonlySet<string>,
): Map<string, readonly string[]> {
  const next = new Map<string, readonly string[]>();
  for (const page of issued) {
    const names = rendered.get(page) ?? previous.get(page);
    if (names) next.set(page, names);
  }
  return next;
}

const openFiles = new Map<string, number>();

/**
 * Adds records to a JSON-lines file, in one write. The file stays open for the process (a page
 * adds a line as it is rendered; tens of thousands of opens would cost seconds); each write is
 * synchronous, so the file is complete whenever a later step reads it.
 */
export function appendLines(file: string, records: readonly unknown[]): void {
  if (records.length === 0) return;
  let fd = openFiles.get(file);
  if (fd === undefined || !existsSync(file)) {
    fd = openSync(file, 'a');
    openFiles.set(file, fd);
  }
  writeSync(fd, records.map((record) => JSON.stringify(record) + '\n').join(''));
}

function readLines<Record>(file: string): Record[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record);
}

/** Starts a build's record: what a stopped build left is dropped (its pages are rendered again). */
export function startRecording(files: ReadsFiles, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  rmSync(files.rendered, { force: true });
  rmSync(files.issued, { force: true });
}

/** What the middleware writes for each page it saw rendered. */
interface RenderedRecord {
  page: string;
  pathname: string;
  reads: string[];
  cacheKey: string;
}

/**
 * Ends a build's record: merges it into the manifest, which is replaced in one rename, and gives
 * each page rendered in this build, in Astro's cache, the key its render has (see
 * `withRenderedKeys`).
 */
export function finishRecording(files: ReadsFiles, astroCacheFile: string, base: string): number {
  const records = readLines<RenderedRecord>(files.rendered);
  const rendered = new Map(records.map(({ page, reads }) => [page, reads]));
  const issued = new Set(readLines<string>(files.issued));
  const next = mergePageReads(loadPageReads(files.manifest), rendered, issued);
  writeAtomically(files.manifest, serializePageReads(next));
  if (existsSync(astroCacheFile)) {
    const keys = new Map(records.map(({ pathname, cacheKey }) => [withoutBase(pathname, base), cacheKey]));
    const patched = withRenderedKeys(readFileSync(astroCacheFile, 'utf8'), keys);
    if (patched !== null) writeAtomically(astroCacheFile, patched);
  }
  rmSync(files.rendered, { force: true });
  rmSync(files.issued, { force: true });
  return next.size;
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function withoutBase(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  return prefix !== '' && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/**
 * Astro's incremental cache (`incremental-build.json`, version 1) with the key of each page
 * rendered in this build replaced by the key of its render. Astro keeps the key getStaticPaths
 * gave before rendering, which for a page rendered for the first time, or whose reads changed,
 * is made from what it read before; the next build makes the key from what it read this time.
 * Without this, every such page would be rendered once more for nothing. Null when the file is
 * not the format known here: then nothing is patched, and the cost is that one more render.
 */
export function withRenderedKeys(astroCache: string, renderedKeys: ReadonlyMap<string, string>): string | null {
  let cache: { version?: unknown; routes?: Record<string, { paths?: Record<string, { cacheKey?: unknown }> }> };
  try {
    cache = JSON.parse(astroCache);
  } catch {
    return null;
  }
  if (cache.version !== 1 || typeof cache.routes !== 'object' || cache.routes === null) return null;
  for (const route of Object.values(cache.routes)) {
    for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
      const key = renderedKeys.get(pathname);
      if (key !== undefined && typeof entry.cacheKey === 'string') entry.cacheKey = key;
    }
  }
  return JSON.stringify(cache, null, '\t');
}
