/**
 * Every kind of entry the site publishes, defined once: everything that varies by kind is a
 * field here, and every table keyed by kind elsewhere is derived from these definitions (the
 * navigation, search filters and their labels, list grouping and its limits, `related` and
 * the glossary's page links, citation types, reserved slugs). The schema of each curated kind's
 * YAML lives beside the others in `schemas.ts` (`ENTRY_SCHEMAS`, which the type system holds to
 * these kinds). This module imports nothing at run time, so browser code may read it too.
 */
import type { Lang } from '../../i18n/index';

/** The path segment under a section that holds its groups by month; no entry may take it as a slug. */
export const BY_MONTH = 'by-month';
/** The path segment of a section's groups by initial. */
export const BY_INITIAL = 'by-initial';

/**
 * How a kind's list is split into groups with stable URLs (src/lib/urls/groups.ts): `period`
 * by the month (or year) of an entry's date, oldest first; `month` by the month of its
 * publication or latest report, newest first; `initial` by the initial of its title in each
 * language. `limit` is the most entries a group page lists before it becomes an index of finer
 * groups, chosen from measured compressed bytes per entry on a 10,000-document build
 * (benchmarks/README.md) so that a full group page stays well under the 30 KB page budget.
 */
export type Grouping =
  | { by: 'period'; segment: typeof BY_MONTH; limit: number }
  | { by: 'month'; segment: typeof BY_MONTH; limit: number }
  | { by: 'initial'; segment: typeof BY_INITIAL; limit: number };

export interface KindDefinition {
  /** URL section of the kind's list page (and of its entries' pages); also its nav and dictionary key. */
  section: string;
  /** The value of the kind's search filter in the Pagefind index (label: `search.kind.<searchKind>`). */
  searchKind: string;
  /** The search index bundle its pages go in (src/lib/search/bundles.ts): curated entries first, then documents. */
  searchBundle: 'entries' | 'sources';
  /**
   * Every entry has its own page (`/{lang}/{section}/{slug}/`), its one URL. `page-and-anchor`:
   * its group pages also list it whole under its slug as fragment id, with the kind's anchor map,
   * because its entries were anchors on those pages before they had pages: an anchor once
   * published (`…/by-month/2025-03/#slug`) keeps landing on the entry, with or without script.
   */
  placement: 'page' | 'page-and-anchor';
  /** How its list is grouped; a kind without grouping lists every entry on its list page. */
  grouping?: Grouping;
  /** Whether entries of other kinds may link to it (`related`, a glossary term's `page`). */
  linkTarget: boolean;
  /** CSL type of an entry's citation (reference managers read it). */
  citationType: 'webpage' | 'dataset';
}

export interface CuratedKindDefinition extends KindDefinition {
  /** One YAML file per entry; the file name is the entry's slug. */
  directory: string;
}

/** The kinds editors curate, in the order the navigation and search filters list them. */
export const CURATED_KINDS = {
  indicators: {
    directory: 'src/content/indicators',
    section: 'statistics',
    searchKind: 'statistic',
    searchBundle: 'entries',
    placement: 'page',
    grouping: { by: 'month', segment: BY_MONTH, limit: 100 },
    linkTarget: true,
    citationType: 'dataset',
  },
  events: {
    directory: 'src/content/events',
    section: 'timeline',
    searchKind: 'event',
    searchBundle: 'entries',
    placement: 'page-and-anchor',
    grouping: { by: 'period', segment: BY_MONTH, limit: 60 },
    linkTarget: true,
    citationType: 'webpage',
  },
  places: {
    directory: 'src/content/places',
    section: 'places',
    searchKind: 'place',
    searchBundle: 'entries',
    placement: 'page',
    linkTarget: true,
    citationType: 'webpage',
  },
  glossary: {
    directory: 'src/content/glossary',
    section: 'glossary',
    searchKind: 'glossary',
    searchBundle: 'entries',
    placement: 'page-and-anchor',
    grouping: { by: 'initial', segment: BY_INITIAL, limit: 40 },
    linkTarget: false,
    citationType: 'webpage',
  },
} as const satisfies Record<string, CuratedKindDefinition>;

/** Source documents: read from the seeds, not curated as YAML entries. */
export const SOURCE_KIND = {
  section: 'sources',
  searchKind: 'source',
  searchBundle: 'sources',
  placement: 'page',
  grouping: { by: 'month', segment: BY_MONTH, limit: 100 },
  linkTarget: false,
  citationType: 'webpage',
} as const satisfies KindDefinition;

export const KINDS = { ...CURATED_KINDS, sources: SOURCE_KIND } as const;

export type CuratedKind = keyof typeof CURATED_KINDS;
export type Kind = keyof typeof KINDS;
export const CURATED_KIND_IDS = Object.keys(CURATED_KINDS) as CuratedKind[];
export const KIND_IDS = Object.keys(KINDS) as Kind[];

/** The first path segment of a kind's pages: `/{lang}/{section}/…`. */
export type Section = (typeof KINDS)[Kind]['section'];
/** The kinds a reader can filter search results by; the values stored in the index. */
export type SearchKind = (typeof KINDS)[Kind]['searchKind'];
export const SEARCH_KINDS: readonly SearchKind[] = KIND_IDS.map((kind) => KINDS[kind].searchKind);
export const SECTIONS: readonly Section[] = KIND_IDS.map((kind) => KINDS[kind].section);

/** Kinds whose entries are also anchors on their group pages (and in their anchor map). */
export type AnchoredKind = {
  [K in Kind]: (typeof KINDS)[K]['placement'] extends 'page-and-anchor' ? K : never;
}[Kind];
export function isAnchoredKind(kind: Kind): kind is AnchoredKind {
  return KINDS[kind].placement === 'page-and-anchor';
}

/** Kinds other entries may link to: the keys of `related` and of a glossary term's `page`. */
export type LinkTargetKind = {
  [K in CuratedKind]: (typeof CURATED_KINDS)[K]['linkTarget'] extends true ? K : never;
}[CuratedKind];
export const LINK_TARGET_KINDS = CURATED_KIND_IDS.filter((kind) => CURATED_KINDS[kind].linkTarget) as [
  LinkTargetKind,
  ...LinkTargetKind[],
];

/** How a kind's list is grouped, if it is. */
export function groupingOf(kind: Kind): Grouping | undefined {
  return (KINDS[kind] as KindDefinition).grouping;
}

/** Slugs no entry may use, because list groups live at those paths (an entry's page is `{section}/{slug}`). */
export const RESERVED_SLUGS: readonly string[] = [
  ...new Set(KIND_IDS.flatMap((kind) => groupingOf(kind)?.segment ?? [])),
];

/** The kind whose list page is `section`, if any (`statistics` → `indicators`). */
export function kindOfSection(section: string): Kind | undefined {
  return KIND_IDS.find((kind) => KINDS[kind].section === section);
}

/** The kind whose search filter value is `searchKind`. */
export function kindOfSearchKind(searchKind: SearchKind): Kind {
  return KIND_IDS.find((kind) => KINDS[kind].searchKind === searchKind)!;
}

/** Curated MDX prose of an entry, optional for every kind: `src/content/prose/<kind>/<slug>/<lang>.mdx`. */
export const PROSE_DIRECTORY = 'src/content/prose';
export function proseFile(kind: Kind, slug: string, lang: Lang): string {
  return `${PROSE_DIRECTORY}/${kind}/${slug}/${lang}.mdx`;
}
