/**
 * The grouping algorithm behind long lists (src/lib/urls/groups.ts): items grouped by a key of
 * their own (month, period, initial), groups split into finer groups while they hold more than a
 * limit, each level's key taken from the item alone, so adding others never moves an item except
 * into a finer group. Pure functions of the items; nothing here knows URLs or kinds.
 */
import { pinyin } from 'pinyin-pro';
import { sortText } from '../format/collation';

/** The prefix of a numbered part's key (`part-37`). */
export const PART = 'part-';

/** The group of entries without a date. */
export const UNDATED = 'undated';

/** The initial group of terms that begin with neither a letter nor a Han character. */
export const OTHER_INITIAL = 'other';

/** The month group of an ISO date of any precision: `2025-10`; a year alone or none is undated. */
export function monthOf(date: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})/.exec(date ?? '');
  return match ? `${match[1]}-${match[2]}` : UNDATED;
}

/** The month group of a date, or its year when only the year is known: `2025-10`, `2025`, `undated`. */
export function periodOf(date: string | null | undefined): string {
  const month = monthOf(date);
  if (month !== UNDATED) return month;
  return /^(\d{4})$/.exec(date ?? '')?.[1] ?? UNDATED;
}

export interface Group<Item> {
  key: string;
  items: Item[];
}

function groupBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Group<Item>[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].map(([key, list]) => ({ key, items: list }));
}

/** Keys as text, `undated` last; `2025` sorts before `2025-01`, as a year-only date does. */
function compareKeys(a: string, b: string): number {
  return a === b ? 0 : a === UNDATED ? 1 : b === UNDATED ? -1 : a.localeCompare(b);
}

/** Items grouped by month, groups newest first (`undated` last), items in their given order. */
export function groupByMonth<Item>(items: readonly Item[], dateOf: (item: Item) => string | null | undefined) {
  return groupBy(items, (item) => monthOf(dateOf(item))).sort((a, b) =>
    a.key === UNDATED || b.key === UNDATED ? compareKeys(a.key, b.key) : compareKeys(b.key, a.key),
  );
}

/**
 * Items grouped by month, or by year for a date known only to the year, groups oldest first as
 * a timeline reads (`undated` last), items in their given order.
 */
export function groupByPeriod<Item>(items: readonly Item[], dateOf: (item: Item) => string | null | undefined) {
  return groupBy(items, (item) => periodOf(dateOf(item))).sort((a, b) => compareKeys(a.key, b.key));
}

/** The URL segment of an initial: `s` for S, `other` for `#`. */
export function initialKey(initial: string): string {
  return initial === '#' ? OTHER_INITIAL : initial.toLowerCase();
}

/**
 * The finer groups of a group that holds too many entries. A group page over its section's
 * limit becomes an index of subgroups, each at a URL below it, by a finer key taken from the
 * entries' own data: a month's documents, events or statistics by the third of the month
 * (`sources/by-month/2025-10/11-20`), a glossary initial's terms by the first two letters of their
 * spelling, pinyin for Chinese (`glossary/by-initial/g/gu`), and below those (or at once for the
 * undated and the year-only) in numbered parts (`sources/by-month/undated/part-3`), split again
 * while a part is still too large. An entry's
 * key at each level depends only on the entry, so adding others never moves it, except into a
 * finer group when its group becomes an index; the anchor map then forwards its old anchor.
 */
export interface GroupNode<Item> {
  /** The keys from the list's group down to this one: `['2025-10']`, `['2025-10', '11-20']`. */
  keys: string[];
  /** Every item under this group, in the list's order. */
  items: Item[];
  /** The finer groups, when this group's page is an index; empty for a page of entries. */
  children: GroupNode<Item>[];
}

/** An item's key at a depth below the list's groups (1 is the first finer level). */
export type SubKey<Item> = (item: Item, depth: number) => string;

/** How deep groups may nest below the list's own: enough for any corpus, short enough for a URL. */
export const MAX_DEPTH = 4;

/** Sub-keys in reading order: thirds of a month (newest first where the list reads so), parts by number, letters alphabetically, the undated and `other` last. */
function compareSubKeys(a: string, b: string, newestFirst: boolean): number {
  const last = (key: string) => key === UNDATED || key === OTHER_INITIAL;
  if (last(a) !== last(b)) return last(a) ? 1 : -1;
  const dayRange = /^(\d{2})-\d{2}$/;
  if (dayRange.test(a) && dayRange.test(b)) return newestFirst ? b.localeCompare(a) : a.localeCompare(b);
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * A group split into finer groups while it holds more than `limit` items, down to MAX_DEPTH
 * levels below the list's. Every level's key is the entry's own, so a group is split even when
 * its entries all share the next key (its page then links the one part, where they differ
 * further down): skipping such a level would make an entry's URL depend on the others.
 */
export function splitGroup<Item>(
  keys: readonly string[],
  items: readonly Item[],
  subKey: SubKey<Item>,
  limit: number,
  newestFirst = false,
): GroupNode<Item> {
  const node: GroupNode<Item> = { keys: [...keys], items: [...items], children: [] };
  if (items.length <= limit || keys.length > MAX_DEPTH) return node;
  node.children = groupBy(items, (item) => subKey(item, keys.length))
    .sort((a, b) => compareSubKeys(a.key, b.key, newestFirst))
    .map((part) => splitGroup([...keys, part.key], part.items, subKey, limit, newestFirst));
  return node;
}

/** Every group of a tree, each with its parents (outermost first) and the siblings it is paged among. */
export function flattenGroups<Item>(
  roots: readonly GroupNode<Item>[],
): { node: GroupNode<Item>; parents: GroupNode<Item>[]; siblings: GroupNode<Item>[]; index: number }[] {
  const walk = (
    nodes: readonly GroupNode<Item>[],
    parents: GroupNode<Item>[],
  ): ReturnType<typeof flattenGroups<Item>> =>
    nodes.flatMap((node, index) => [
      { node, parents, siblings: [...nodes], index },
      ...walk(node.children, [...parents, node]),
    ]);
  return walk(roots, []);
}

/** The groups of a tree that hold entries (not indexes), in reading order. */
export function leafGroups<Item>(roots: readonly GroupNode<Item>[]): GroupNode<Item>[] {
  return flattenGroups(roots)
    .map(({ node }) => node)
    .filter((node) => node.children.length === 0);
}

/**
 * The letters a text is spelled with, lower case: Latin letters without their accents, Han
 * characters as pinyin without tones (ü as v), everything else skipped: `国际` → `guoji`. Only
 * as many letters as the deepest key takes are spelled.
 */
export function spellingOf(text: string): string {
  let spelling = '';
  for (const character of text) {
    if (/\p{Script=Han}/u.test(character)) {
      spelling += pinyin(character, { toneType: 'none', v: true });
    } else {
      spelling += character
        .normalize('NFD')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    }
    if (spelling.length >= MAX_DEPTH + 2) break;
  }
  return spelling.replace(/[^a-z]/g, '');
}

/** The first `length` letters of a text's spelling, or `other` when it has no letter. */
export function spellingKey(text: string, length: number): string {
  return spellingOf(text).slice(0, length) || OTHER_INITIAL;
}

/**
 * The third of its month an ISO date falls in, as its group key (`01-10`, `11-20`, `21-31`), or
 * `undated` when the date stops at the month. A third, not a day: a month too long for one page
 * still holds few entries a day, and a page per day would be mostly pages of one or two.
 */
export function dayRangeKey(date: string | null | undefined): string {
  const day = Number(/^\d{4}-\d{2}-(\d{2})/.exec(date ?? '')?.[1] ?? 0);
  if (day === 0) return UNDATED;
  return day <= 10 ? '01-10' : day <= 20 ? '11-20' : '21-31';
}

/**
 * An entry's fixed part number: the decimal digits of a checksum (FNV-1a) of what identifies it
 * (a source's slug, a statistic's id, an event's or a term's title), the first `length` of them.
 * Entries without a date, many of one day, or many terms that begin alike, have no finer key a
 * reader would know them by that also spreads them (titles often open with the same words,
 * 北京市…, 国际…), so they are filed in numbered parts that never change: `undated/part-3`,
 * then `undated/part-3/part-37`.
 */
export function partKey(identity: string, length: number): string {
  let hash = 0x811c9dc5;
  for (const character of identity) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Least significant digit first: every digit is spread evenly, and a longer key refines a shorter.
  const digits = [...String(hash).padStart(10, '0')].reverse().join('');
  return `${PART}${digits.slice(0, length)}`;
}

/**
 * Finer keys of a dated list (sources, events, statistics): a month's entries by its thirds, then in
 * numbered parts; entries known only to the year, or undated, in numbered parts at once. The keys
 * are the same in both languages.
 */
export function datedSubKey(date: string | null | undefined, identity: string, depth: number): string {
  const dated = monthOf(date) !== UNDATED;
  if (dated && depth === 1) return dayRangeKey(date);
  return partKey(identity, dated ? depth - 1 : depth);
}

/** Finer keys of the source list: by third of the month, then in parts by slug. */
export function sourceSubKey(source: { published: string | null; slug: string }, depth: number): string {
  return datedSubKey(source.published, source.slug, depth);
}

/** Finer keys of a glossary initial: the first two letters of the term's spelling, then numbered parts. */
export function termSubKey(title: string, depth: number): string {
  return depth === 1 ? spellingKey(sortText(title), 2) : partKey(title, depth - 1);
}
