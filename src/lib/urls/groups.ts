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
import { groupByInitial, initialOf } from '../format/collation';
import {
  datedSubKey,
  flattenGroups,
  groupByMonth,
  groupByPeriod,
  initialKey,
  MAX_DEPTH,
  periodOf,
  sourceSubKey,
  splitGroup,
  termSubKey,
  type GroupNode,
} from './grouping';

/** Up to this many entries, a list page shows them all itself as well as its groups. */
export const WHOLE_LIST_LIMIT = 60;

/** The file next to a grouped list page that maps each entry's slug to its group page. */
export const ANCHOR_MAP_FILE = 'anchors.json';

/** Language-neutral path of a month group of a section: `sources/by-month/2025-10`. */
export function monthGroupPath(section: string, key: string): string {
  return `${section}/${BY_MONTH}/${key}`;
}

/** Language-neutral path of an initial group of a section: `glossary/by-initial/s`. */
export function initialGroupPath(section: string, key: string): string {
  return `${section}/${BY_INITIAL}/${key}`;
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

/**
 * A page's translation in the other language, for its hreflang alternates: none for an initial's
 * page (its terms are not the other language's terms of that initial; the other language's list
 * page, where the language switch leads, does not name it back).
 */
export function counterpartPath(path: string): string | null {
  const [, segment] = path.split('/');
  return segment === BY_INITIAL ? null : path;
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
