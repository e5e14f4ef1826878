/**
 * Where the site's inputs live in the project, and the shape of what the validation stage
 * (src/lib/read/) reads from them: curated entries of every kind, points set aside, prose files,
 * what is left to translate.
 */
import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/index';
import type { CuratedKind } from './kinds';
import type { ENTRY_SCHEMAS, Localized } from './schemas';

export const SEEDS_DIRECTORY = 'seeds';
export const SOURCE_METADATA_FILE = 'src/content/sources.yaml';
export const UNUSED_POINTS_FILE = 'src/content/unused-points.yaml';
export const TRANSLATIONS_DIRECTORY = 'src/content/source-translations';

export type EntryData<Kind extends CuratedKind> = z.output<(typeof ENTRY_SCHEMAS)[Kind]>;

export interface CuratedEntry<Kind extends CuratedKind = CuratedKind> {
  kind: Kind;
  /** The file name without `.yaml`: the entry's slug. */
  id: string;
  /** The YAML file, relative to the project root (for "last updated" and messages). */
  file: string;
  data: EntryData<Kind>;
}

export type EntriesByKind = { [Kind in CuratedKind]: CuratedEntry<Kind>[] };

export interface UnusedPoint {
  source: string;
  point: string;
  reason: Localized;
}

export interface ProseFile {
  kind: CuratedKind;
  slug: string;
  lang: Lang;
  file: string;
}

/** Something an editor still has to translate: a source's English title, a heading, a point. */
export interface UntranslatedItem {
  source: string;
  file: string;
  item: string;
}
