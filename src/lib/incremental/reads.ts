/**
 * What a page reads while it renders, for incremental builds. A page's output is a function of
 * its code (Astro hashes the page's module graph) and of the data it reads; the data reaches it
 * through the registry and a few functions outside Astro's module graph (git history, the index
 * groups). Each of those records the read here, under a name that can be looked up again, with a
 * hash of the value it saw. The next build asks for each recorded name's value now
 * (src/registry/cache-keys.ts): if every one is the same, the page's output is the same.
 *
 * The record is scoped to one request (AsyncLocalStorage): a read outside a page's render
 * (getStaticPaths, the validation stage, tests) records nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, type Hash } from 'node:crypto';

/**
 * A read's name: the path to the value, as segments. A string names a field, `{ key }` a key
 * of a Map (its value) or a Set (whether it holds it), `{ around }` the items before and after
 * the one with that id or slug in a list (a pager's neighbours).
 */
export type ReadPath = readonly (string | { key: string } | { around: string })[];

/** The first segment of every read's path: where its value is looked up again (src/registry/cache-keys.ts). */
export const READ_ROOT = {
  /** The registry's knowledge (src/registry/tracked.ts). */
  knowledge: 'knowledge',
  /** When files last changed, from git history (src/lib/page/last-updated.ts). */
  lastUpdated: 'last-updated',
  /** The day they last changed, for pages that show no more than the day. */
  lastUpdatedDay: 'last-updated-day',
} as const;

/** The reads of one page: the read's name (its path as JSON) → a hash of the value it read. */
export type PageReads = Map<string, string>;

const currentPage = new AsyncLocalStorage<PageReads>();

/** Runs a page's render, recording what it reads. */
export async function recordingReads<Result>(render: () => Promise<Result>): Promise<[Result, PageReads]> {
  const reads: PageReads = new Map();
  const result = await currentPage.run(reads, render);
  return [result, reads];
}

/**
 * The hash of each value read so far in this build, by read name: the inputs do not change while
 * a build renders, and a list read by many pages is hashed once, not once per page.
 */
const hashesThisBuild = new Map<string, string>();

/** Forgets the hashes of this build (for tests that change the values behind the same names). */
export function forgetReadHashes(): void {
  hashesThisBuild.clear();
}

/** Records that the page being rendered read the value at `path`; `value` is called once per build. */
export function recordRead(path: ReadPath, value: () => unknown): void {
  const reads = currentPage.getStore();
  if (!reads) return;
  const name = readName(path);
  if (!reads.has(name)) reads.set(name, readHash(name, value));
}

/**
 * The hash of the value a read names, computed once per build: by the render that records the
 * read, or by the next build's cache keys (src/registry/cache-keys.ts), which look it up again.
 */
export function readHash(name: string, value: () => unknown): string {
  let hash = hashesThisBuild.get(name);
  if (hash === undefined) {
    hash = stableHash(value());
    hashesThisBuild.set(name, hash);
  }
  return hash;
}

/**
 * A page's cache key: its props and what it read, with the values read. The key a build gives a
 * page before rendering it (from the names it read last time, with their values now) equals the
 * key of its render once the render reads the same values (src/middleware.ts).
 */
export function cacheKeyOf(props: unknown, reads: Iterable<readonly [string, string]>): string {
  const hasProps = props !== undefined && props !== null && !isEmptyObject(props);
  return stableHash([hasProps ? stableHash(props) : null, [...reads].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

export function readName(path: ReadPath): string {
  return JSON.stringify(path);
}

export function readPath(name: string): ReadPath {
  return JSON.parse(name) as ReadPath;
}

/**
 * A hash of a value's content: the same for equal data, whatever object holds it. Maps and Sets
 * keep their order (pages iterate them in it); functions and undefined are left out as in JSON.
 * Each object is hashed once per process (a Merkle hash): props and lists share their entries,
 * and a group page's props hold its whole tree, so hashing them as text would be quadratic.
 * Nothing hashed here is changed afterwards: the registry's knowledge and a route's props are
 * made before the first page renders.
 */
export function stableHash(value: unknown): string {
  if (value !== null && typeof value === 'object') return objectHash(value);
  const hash = createHash('sha256');
  feed(hash, value);
  return hash.digest('base64url');
}

const objectHashes = new WeakMap<object, string>();

function feed(hash: Hash, value: unknown): void {
  if (value !== null && typeof value === 'object') hash.update(objectHash(value));
  else if (typeof value === 'bigint') hash.update(`n${value}`);
  else if (value === undefined || typeof value === 'function' || typeof value === 'symbol') hash.update('u');
  else hash.update(JSON.stringify(value));
}

function objectHash(object: object): string {
  const known = objectHashes.get(object);
  if (known !== undefined) return known;
  const hash = createHash('sha256');
  if (Array.isArray(object)) {
    hash.update('[');
    for (const item of object) {
      feed(hash, item);
      hash.update(',');
    }
  } else if (object instanceof Map || object instanceof Set) {
    hash.update(object instanceof Map ? 'Map' : 'Set');
    for (const entry of object) {
      feed(hash, entry);
      hash.update(',');
    }
  } else if (object instanceof Date) {
    hash.update(`Date${object.toISOString()}`);
  } else {
    hash.update('{');
    for (const [key, item] of Object.entries(object)) {
      if (item === undefined || typeof item === 'function') continue;
      hash.update(JSON.stringify(key));
      feed(hash, item);
      hash.update(',');
    }
  }
  const digest = hash.digest('base64url');
  objectHashes.set(object, digest);
  return digest;
}
