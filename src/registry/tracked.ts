/**
 * The registry as pages see it: the same knowledge, with every read a page makes recorded
 * (src/lib/incremental/reads.ts) at the grain it reads. A Map or Set read by key records that
 * key (a source page reading the entries that cite its points depends on those, not on every
 * entry); reading a list, a Map or Set whole (iterating it, its size) records the whole of it.
 * Nothing is recorded outside a page's render, and the values are never copied.
 */
import { recordRead, type ReadPath } from '../lib/incremental/reads';
import { positionOf } from '../lib/page/route-data';

const wrappers = new WeakMap<object, Map<string, unknown>>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value at `path`, tracked: what `resolveRead` finds at the same path is what it records. */
export function tracked<Value>(value: Value, path: ReadPath): Value {
  if (value instanceof Map || value instanceof Set) return trackedCollection(value, path) as Value;
  if (isPlainObject(value)) return trackedObject(value, path) as Value;
  recordRead(path, () => value);
  return value;
}

function memoized<Value extends object>(target: Value, path: ReadPath, make: () => Value): Value {
  const key = JSON.stringify(path);
  let byPath = wrappers.get(target);
  if (!byPath) wrappers.set(target, (byPath = new Map()));
  if (!byPath.has(key)) byPath.set(key, make());
  return byPath.get(key) as Value;
}

function trackedObject(object: Record<string, unknown>, path: ReadPath): Record<string, unknown> {
  return memoized(
    object,
    path,
    () =>
      new Proxy(object, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof property !== 'string' || !Object.hasOwn(target, property)) return value;
          return tracked(value, [...path, property]);
        },
        ownKeys(target) {
          recordRead(path, () => target);
          return Reflect.ownKeys(target);
        },
      }),
  );
}

const BY_KEY = new Set(['get', 'has']);

function trackedCollection(collection: Map<unknown, unknown> | Set<unknown>, path: ReadPath) {
  return memoized(
    collection,
    path,
    () =>
      new Proxy(collection, {
        get(target, property) {
          if (typeof property === 'string' && BY_KEY.has(property)) {
            return (key: unknown) => {
              recordRead([...path, { key: String(key) }], () => lookUp(target, key));
              return property === 'get' ? (target as Map<unknown, unknown>).get(key) : target.has(key);
            };
          }
          // Anything else (size, iteration, forEach) reads the whole collection.
          recordRead(path, () => target);
          const value = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
  );
}

/** A key's value in a Map, or whether a Set holds it: what a read by key depends on. */
export function lookUp(collection: Map<unknown, unknown> | Set<unknown>, key: unknown): unknown {
  return collection instanceof Map ? collection.get(key) : collection.has(key);
}

/** The value a read names, looked up in `root` now (undefined where nothing is). */
export function resolveRead(root: unknown, path: ReadPath): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof segment === 'string') {
      value = isPlainObject(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
    } else if ('around' in segment) {
      if (!Array.isArray(value)) return undefined;
      const { previous, next } = around(value as Keyed[], segment.around);
      value = [previous ?? null, next ?? null];
    } else if (value instanceof Map || value instanceof Set) {
      value = lookUp(value, segment.key);
    } else {
      return undefined;
    }
  }
  return value;
}

/** An item of a list the registry orders: an entry (by id) or a source document (by slug). */
type Keyed = { id: string } | { slug: string };

function keyOf(item: Keyed): string {
  return 'id' in item ? item.id : item.slug;
}

export interface Neighbours<Item> {
  previous?: Item;
  next?: Item;
}

/** The items before and after the one with `key` in `list` (none at the ends or when it is absent). */
export function around<Item extends Keyed>(list: readonly Item[], key: string): Neighbours<Item> {
  const index = positionOf(list, keyOf, key);
  if (index < 0) return {};
  return { previous: index > 0 ? list[index - 1] : undefined, next: list[index + 1] };
}
