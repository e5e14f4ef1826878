/**
 * Every kind of entry the site publishes, defined once. The collections, loaders, validation
 * stage, URLs, search filters, list pages and citations all read these definitions, so adding a
 * kind means adding a definition here (and its templates), not editing a dozen files.
 */
import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/index';
import type { SearchKind } from '../search/query';
import { event, glossaryTerm, indicator, place } from './schemas';

/** The first path segment of a kind's pages: `/{lang}/{section}/…`. */
export type Section = 'statistics' | 'timeline' | 'places' | 'glossary' | 'sources';

export interface KindDefinition {
  /** URL section of the kind's list page (and of its entries' pages). */
  section: Section;
  /** The value of the kind's search filter in the Pagefind index. */
  searchKind: SearchKind;
  /** `page`: each entry has its own page; `anchor`: entries are fragments of their group page (src/lib/page/groups.ts). */
  placement: 'page' | 'anchor';
  /** CSL type of an entry's citation (reference managers read it). */
  citationType: 'webpage' | 'dataset';
}

export interface CuratedKindDefinition extends KindDefinition {
  /** One YAML file per entry; the file name is the entry's slug. */
  directory: string;
  schema: z.ZodTypeAny;
}

/** The kinds editors curate: one YAML file per entry, citing source points. */
export const CURATED_KINDS = {
  indicators: {
    directory: 'src/content/indicators',
    schema: indicator,
    section: 'statistics',
    searchKind: 'statistic',
    placement: 'page',
    citationType: 'dataset',
  },
  events: {
    directory: 'src/content/events',
    schema: event,
    section: 'timeline',
    searchKind: 'event',
    placement: 'anchor',
    citationType: 'webpage',
  },
  places: {
    directory: 'src/content/places',
    schema: place,
    section: 'places',
    searchKind: 'place',
    placement: 'page',
    citationType: 'webpage',
  },
  glossary: {
    directory: 'src/content/glossary',
    schema: glossaryTerm,
    section: 'glossary',
    searchKind: 'glossary',
    placement: 'anchor',
    citationType: 'webpage',
  },
} as const satisfies Record<string, CuratedKindDefinition>;

export type CuratedKind = keyof typeof CURATED_KINDS;
export const CURATED_KIND_IDS = Object.keys(CURATED_KINDS) as CuratedKind[];

/** Source documents: read from the seeds, not curated as YAML entries. */
export const SOURCE_KIND = {
  section: 'sources',
  searchKind: 'source',
  placement: 'page',
  citationType: 'webpage',
} as const satisfies KindDefinition;

export type Kind = CuratedKind | 'sources';
export const KINDS: Record<Kind, KindDefinition> = { ...CURATED_KINDS, sources: SOURCE_KIND };
export const KIND_IDS = Object.keys(KINDS) as Kind[];

/** The kind whose list page is `section`, if any (`statistics` → `indicators`). */
export function kindOfSection(section: string): Kind | undefined {
  return KIND_IDS.find((kind) => KINDS[kind].section === section);
}

/** Curated MDX prose of an entry, optional for every kind: `src/content/prose/<kind>/<slug>/<lang>.mdx`. */
export const PROSE_DIRECTORY = 'src/content/prose';
export function proseFile(kind: Kind, slug: string, lang: Lang): string {
  return `${PROSE_DIRECTORY}/${kind}/${slug}/${lang}.mdx`;
}
