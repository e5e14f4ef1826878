/**
 * Long lists are split into groups with stable URLs, so that a list page stays light however
 * large the corpus grows: sources by the month they were published (`sources/by-month/2025-10`),
 * timeline events by the month (or year) of their date (`timeline/by-month/2021-07`), glossary
 * terms by their initial in each language (`glossary/by-initial/s`). A group's URL depends only
 * on its entries' own data, never on how many others there are, so groups are always built.
 *
 * Entries that are anchors rather than pages (events, terms) live canonically on their group's
 * page: `/en/timeline/by-month/2021-07/#slug`. The list page shows every entry itself as well
 * while the list is short, so anchors published on it keep resolving; beyond that, its anchor
 * map (`/en/timeline/anchors.json`, slug → group URL) lets the site script forward an old
 * `/en/timeline/#slug` to the group page (src/browser/anchor-resolver.ts).
 */
import type { Lang } from '../../i18n/index';
import type { Localized } from '../content/schemas';
import {
  BY_INITIAL,
  BY_MONTH,
  groupingOf,
  KINDS,
  RESERVED_SLUGS,
  type AnchoredKind,
  type Grouping,
  type Kind,
} from '../content/kinds';
import { pinyin } from 'pinyin-pro';
import { groupByInitial, initialOf, sortText } from '../format/collation';

/** The prefix of a numbered part's key (`part-37`). */
export const PART = 'part-';
/** The group of entries without a date. */
export const UNDATED = 'undated';
/** The initial group of terms that begin with neither a letter nor a Han character. */
export const OTHER_INITIAL = 'other';
/** Up to this many entries, a list page shows them all itself as well as its groups. */
export const WHOLE_LIST_LIMIT = 60;
/** The file next to a grouped list page that maps each entry's slug to its group page. */
export const ANCHOR_MAP_FILE = 'anchors.json';

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

/** Language-neutral path of a month group of a section: `sources/by-month/2025-10`. */
export function monthGroupPath(section: string, key: string): string {
  return `${section}/${BY_MONTH}/${key}`;
}

/** Language-neutral path of an initial group of a section: `glossary/by-initial/s`. */
export function initialGroupPath(section: string, key: string): string {
  return `${section}/${BY_INITIAL}/${key}`;
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

/** Most entries a group page lists before it becomes an index of finer groups, by kind (its definition's). */
export function groupLimit(kind: Kind): number {
  return groupingOf(kind)!.limit;
}

/** What decides an anchored entry's group: an event's date, a term's title in the page's language. */
export interface AnchoredEntryData {
  title: Localized;
  date?: string | null;
}

/** How each way of grouping (a kind's `grouping.by`) keys an anchored entry, at its group's level and below. */
const ANCHOR_KEYS = {
  period: {
    groupKey: (data: AnchoredEntryData) => periodOf(data.date),
    subKey: (data: AnchoredEntryData, depth: number) => datedSubKey(data.date, data.title.zh, depth),
  },
  initial: {
    groupKey: (data: AnchoredEntryData, lang: Lang) => initialKey(initialOf(data.title[lang])),
    subKey: (data: AnchoredEntryData, depth: number, lang: Lang) => termSubKey(data.title[lang], depth),
  },
} satisfies Partial<
  Record<
    Grouping['by'],
    {
      groupKey: (data: AnchoredEntryData, lang: Lang) => string;
      subKey: (data: AnchoredEntryData, depth: number, lang: Lang) => string;
    }
  >
>;

/** How an anchored kind's entries are grouped: its section, URL segment, limit and keys. */
export function anchorGrouping(kind: AnchoredKind) {
  const grouping = groupingOf(kind);
  if (grouping === undefined || !Object.hasOwn(ANCHOR_KEYS, grouping.by)) {
    throw new Error(`${kind}: a kind whose entries are anchors needs a grouping by period or initial (src/lib/content/kinds.ts).`);
  }
  return { section: KINDS[kind].section, ...grouping, ...ANCHOR_KEYS[grouping.by as keyof typeof ANCHOR_KEYS] };
}

/** Language-neutral path of a group of a section by its keys: `glossary/by-initial/g/gu`. */
export function groupPath(section: string, segment: string, keys: readonly string[]): string {
  return `${section}/${segment}/${keys.join('/')}`;
}

/** The `lang:path` of every index group of a tree. */
export function indexGroupKeys<Item>(
  lang: Lang,
  section: string,
  segment: string,
  roots: readonly GroupNode<Item>[],
): string[] {
  return flattenGroups(roots)
    .filter(({ node }) => node.children.length > 0)
    .map(({ node }) => `${lang}:${groupPath(section, segment, node.keys)}`);
}

/**
 * The group page an anchored entry lives on in a language: its group, or the finer group below
 * it where that group's page is an index. `indexGroups` holds the `lang:path` of every group
 * page that is an index (the registry's `indexGroups`, from `anchoredIndexGroups`).
 */
export function anchorGroupPath(
  kind: AnchoredKind,
  data: AnchoredEntryData,
  lang: Lang,
  indexGroups: ReadonlySet<string>,
): string {
  const { section, segment, groupKey, subKey } = anchorGrouping(kind);
  const keys = [groupKey(data, lang)];
  let path = groupPath(section, segment, keys);
  while (indexGroups.has(`${lang}:${path}`) && keys.length <= MAX_DEPTH) {
    keys.push(subKey(data, keys.length, lang));
    path = groupPath(section, segment, keys);
  }
  return path;
}

/**
 * A page's counterpart in the other language. Initial groups differ between languages (a
 * term's initial is its title's, in each language), so an initial page's counterpart is the
 * other language's list page, whose anchor map forwards a term's anchor to its page there.
 */
export function otherLanguagePath(path: string): string {
  const [section, segment] = path.split('/');
  return segment === BY_INITIAL ? section : path;
}

/** The groups a finer group lies within, outermost first: `glossary/by-initial/g/gu/part-3` → `…/g`, `…/g/gu`. */
export function enclosingGroupPaths(path: string): string[] {
  const segments = path.split('/');
  if (!isGroupPath(path)) return [];
  return segments.slice(3).map((_, index) => segments.slice(0, 3 + index).join('/'));
}

/** True for the path of a list's group page (`timeline/by-month/2021-07`), not an entry's page. */
export function isGroupPath(path: string): boolean {
  const [, segment] = path.split('/');
  return segment !== undefined && RESERVED_SLUGS.includes(segment);
}

/** The timeline's groups: by month (or year), each split by thirds of the month (or in parts) while too long. */
export function eventTree<Item extends { data: AnchoredEntryData }>(events: readonly Item[]): GroupNode<Item>[] {
  const { limit, subKey } = anchorGrouping('events');
  return groupByPeriod(events, (event) => event.data.date).map((group) =>
    // Events are grouped by date, the same in both languages.
    splitGroup([group.key], group.items, (event, depth) => subKey(event.data, depth, 'zh'), limit),
  );
}

/** The glossary's groups in a language: by initial, each split by its first two letters, then in parts, while too long. */
export function termTree<Item extends { data: AnchoredEntryData }>(
  terms: readonly Item[],
  lang: Lang,
): GroupNode<Item>[] {
  const { limit, subKey } = anchorGrouping('glossary');
  return groupByInitial(terms, (term) => term.data.title[lang], lang).map((group) =>
    splitGroup([initialKey(group.initial)], group.items, (term, depth) => subKey(term.data, depth, lang), limit),
  );
}

/** The source list's groups: by month of publication, newest first, split by thirds of the month, then in parts, while too long. */
export function sourceTree<Item extends { published: string | null; slug: string }>(
  sources: readonly Item[],
): GroupNode<Item>[] {
  return groupByMonth(sources, (source) => source.published).map((group) =>
    splitGroup([group.key], group.items, sourceSubKey, groupLimit('sources'), true),
  );
}

/** The statistics' groups: by month of the latest report, newest first, split by thirds of the month, then in parts, while too long. */
export function indicatorTree<Item extends { id: string }>(
  indicators: readonly Item[],
  dateOf: (item: Item) => string | null | undefined,
): GroupNode<Item>[] {
  return groupByMonth(indicators, dateOf).map((group) =>
    splitGroup(
      [group.key],
      group.items,
      (item, depth) => datedSubKey(dateOf(item), item.id, depth),
      groupLimit('indicators'),
      true,
    ),
  );
}

/** The index groups (`lang:path`) of the anchored lists in every language: what `anchorGroupPath` takes. */
export function anchoredIndexGroups<
  Event extends { data: AnchoredEntryData },
  Term extends { data: AnchoredEntryData },
>(events: readonly Event[], terms: readonly Term[], languages: readonly Lang[]): string[] {
  return languages.flatMap((lang) => [
    ...indexGroupKeys(lang, anchorGrouping('events').section, anchorGrouping('events').segment, eventTree(events)),
    ...indexGroupKeys(lang, anchorGrouping('glossary').section, anchorGrouping('glossary').segment, termTree(terms, lang)),
  ]);
}
