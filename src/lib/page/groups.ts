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
import { initialOf } from '../format/collation';

/** The path segment under a section that holds its groups by month; no entry may take it as a slug. */
export const BY_MONTH = 'by-month';
/** The path segment of a section's groups by initial. */
export const BY_INITIAL = 'by-initial';
/** The group of entries without a date. */
export const UNDATED = 'undated';
/** The initial group of terms that begin with neither a letter nor a Han character. */
export const OTHER_INITIAL = 'other';
/** Slugs no entry may use, because list groups live at those paths. */
export const RESERVED_SLUGS: readonly string[] = [BY_MONTH, BY_INITIAL];
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

/** What decides an anchored entry's group: an event's date, a term's title in the page's language. */
export interface AnchoredEntryData {
  title: Localized;
  date?: string | null;
}

/** Kinds whose entries are anchors on their group pages, and how each is grouped. */
export const ANCHOR_GROUPING = {
  events: {
    section: 'timeline',
    groupPath: (data: AnchoredEntryData) => monthGroupPath('timeline', periodOf(data.date)),
  },
  glossary: {
    section: 'glossary',
    groupPath: (data: AnchoredEntryData, lang: Lang) =>
      initialGroupPath('glossary', initialKey(initialOf(data.title[lang]))),
  },
} as const satisfies Record<string, { section: string; groupPath: (data: AnchoredEntryData, lang: Lang) => string }>;

export type AnchoredKind = keyof typeof ANCHOR_GROUPING;

export function isAnchoredKind(kind: string): kind is AnchoredKind {
  return Object.hasOwn(ANCHOR_GROUPING, kind);
}

/** Language-neutral path of the group page an anchored entry lives on, in a language. */
export function anchorGroupPath(kind: AnchoredKind, data: AnchoredEntryData, lang: Lang): string {
  return ANCHOR_GROUPING[kind].groupPath(data, lang);
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

/** True for the path of a list's group page (`timeline/by-month/2021-07`), not an entry's page. */
export function isGroupPath(path: string): boolean {
  const [, segment] = path.split('/');
  return segment !== undefined && RESERVED_SLUGS.includes(segment);
}
