/**
 * The registry: the one place pages ask which entries exist, which source points they cite
 * and how they relate. Pages never read seeds or YAML themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkedContent, contentProblems } from '../lib/read/checked-content';
import type { SiteContent } from '../lib/read/site-content';
import type { PointCoverage } from '../lib/checks/provenance';
import { markedNamesOf, withNameMarks, type MarkedName } from '../lib/format/provenance';
import { LANGUAGES, type Lang } from '../i18n/index';
import { anchoredIndexGroups } from '../lib/urls/groups';
import { READ_ROOT, recordRead } from '../lib/incremental/reads';
import { around, tracked, type Neighbours } from './tracked';
import type { CuratedEntry, EntriesByKind } from '../lib/content/entries';
import { CURATED_KIND_IDS, type CuratedKind } from '../lib/content/kinds';
import type { Citation, Indicator, Localized, SourceEntry } from '../lib/content/schemas';

export interface Entry<Data> {
  id: string;
  data: Data;
  /** The YAML file the entry comes from, for "last updated" and error messages. */
  file: string;
}

export interface CitedEntry {
  kind: CuratedKind;
  id: string;
  title: Localized;
  citations: Citation[];
}

export interface Knowledge {
  sources: SourceEntry[];
  sourceBySlug: Map<string, SourceEntry>;
  /** Every curated entry, by kind (events sorted by date, then end date). */
  entries: EntriesByKind;
  /** An entry of any curated kind by kind and id. */
  entryById: { [Kind in CuratedKind]: Map<string, CuratedEntry<Kind>> };
  /** The growth percentage stated of each statistic (`comparison.of` its id), by that statistic's id. */
  growthOf: Map<string, Entry<Indicator>>;
  cited: CitedEntry[];
  /** Entries citing each point, keyed `source#point`. */
  entriesByPoint: Map<string, CitedEntry[]>;
  unusedPoints: { source: string; point: string; reason: Localized }[];
  /** The unused points of each source, by slug (a source page must not filter the whole list). */
  unusedBySource: Map<string, Knowledge['unusedPoints']>;
  /** Every point: cited, not used (with a reason) or pending. */
  coverage: PointCoverage;
  /** `source#point` of every pending point, for the source pages' labels. */
  pendingPoints: Set<string>;
  /** Names the site identified or translated (places and glossary terms): every output marks them. */
  markedNames: MarkedName[];
  /**
   * The `lang:path` of every group page of events and terms that is an index of finer groups:
   * entries of such a group live on the finer ones, and every URL of them says so (`entryUrl`).
   */
  indexGroups: ReadonlySet<string>;
  /** Curated MDX prose by `<kind>/<slug>/<lang>` (optional for every entry). */
  proseById: Map<string, CollectionEntry<'prose'>>;
}

async function loadKnowledge(): Promise<Knowledge> {
  // Builds and the dev server run from the project root.
  const content = checkedContent(process.cwd(), { watching: import.meta.env.DEV });
  const prose = await getCollection('prose');
  const { sources } = content;
  // A copy per kind: the registry sorts events, the checked content stays as read.
  const entries = Object.fromEntries(
    CURATED_KIND_IDS.map((kind) => [kind, [...content.entries[kind]]]),
  ) as EntriesByKind;
  entries.events.sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || (a.data.endDate ?? '').localeCompare(b.data.endDate ?? ''),
  );
  const entryById = Object.fromEntries(
    CURATED_KIND_IDS.map((kind) => [kind, new Map(entries[kind].map((entry) => [entry.id, entry]))]),
  ) as Knowledge['entryById'];

  const cited: CitedEntry[] = CURATED_KIND_IDS.flatMap((kind) =>
    entries[kind].map(({ id, data }) => ({ kind, id, title: data.title, citations: data.citations })),
  );
  const entriesByPoint = new Map<string, CitedEntry[]>();
  for (const entry of cited) {
    for (const { source, point } of entry.citations) {
      const list = entriesByPoint.get(`${source}#${point}`) ?? [];
      if (!list.includes(entry)) list.push(entry);
      entriesByPoint.set(`${source}#${point}`, list);
    }
  }
  const unusedPoints = content.unusedPoints;
  const unusedBySource: Knowledge['unusedBySource'] = new Map();
  for (const point of unusedPoints) {
    const list = unusedBySource.get(point.source);
    if (list) list.push(point);
    else unusedBySource.set(point.source, [point]);
  }
  const { coverage } = content;
  return {
    sources,
    sourceBySlug: new Map(sources.map((source) => [source.slug, source])),
    entries,
    entryById,
    growthOf: growthByIndicator(entries.indicators),
    cited,
    entriesByPoint,
    unusedPoints,
    unusedBySource,
    coverage,
    pendingPoints: new Set(coverage.pending.map(({ source, point }) => `${source}#${point}`)),
    indexGroups: new Set(anchoredIndexGroups(entries.events, entries.glossary, LANGUAGES)),
    proseById: new Map(prose.map((entry) => [entry.id, entry])),
    markedNames: markedNamesOf(entries),
  };
}

function growthByIndicator(indicators: readonly Entry<Indicator>[]): Map<string, Entry<Indicator>> {
  const growthOf = new Map<string, Entry<Indicator>>();
  for (const entry of indicators) {
    const { comparison } = entry.data;
    // The first in the registry's order, as a search of the list would find it.
    if (comparison?.kind === 'growth-percent' && comparison.of && !growthOf.has(comparison.of)) {
      growthOf.set(comparison.of, entry);
    }
  }
  return growthOf;
}

/** A plain text (page title, citation title, feed item) with its non-certain names marked. */
export async function markNames(text: string, lang: Lang): Promise<string> {
  return withNameMarks(text, (await getKnowledge()).markedNames, lang);
}

let cached: Promise<Knowledge> | undefined;

/** The knowledge itself, for code that runs outside pages' renders (cache keys). */
export function untrackedKnowledge(): Promise<Knowledge> {
  if (import.meta.env.DEV) return loadKnowledge();
  cached ??= loadKnowledge();
  return cached;
}

/**
 * Everything pages need, loaded and cross-checked once per build (every page would otherwise
 * redo it). The dev server reloads each time, so edits show up without a restart. What a page
 * reads of it is recorded for its cache key (src/registry/tracked.ts).
 */
export async function getKnowledge(): Promise<Knowledge> {
  return tracked(await untrackedKnowledge(), [READ_ROOT.knowledge]);
}

export async function getSources(): Promise<SourceEntry[]> {
  return (await getKnowledge()).sources;
}

export async function getCoverage(): Promise<PointCoverage> {
  return (await getKnowledge()).coverage;
}

/**
 * The items before and after one in its list's order (a page's previous and next), read as just
 * those two: a page showing them changes when they do, not when any other item of the list does.
 */
export async function neighbours(kind: 'sources', key: string): Promise<Neighbours<SourceEntry>>;
export async function neighbours<Kind extends 'indicators' | 'places' | 'events'>(
  kind: Kind,
  key: string,
): Promise<Neighbours<CuratedEntry<Kind>>>;
export async function neighbours(kind: 'sources' | 'indicators' | 'places' | 'events', key: string) {
  const knowledge = await untrackedKnowledge();
  const [path, found] =
    kind === 'sources'
      ? [['sources'], around(knowledge.sources, key)]
      : [['entries', kind], around<CuratedEntry<typeof kind>>(knowledge.entries[kind], key)];
  recordRead([READ_ROOT.knowledge, ...path, { around: key }], () => [found.previous ?? null, found.next ?? null]);
  return found;
}

/**
 * The problems of the content the dev server shows now, in the build's words (file, where,
 * problem, hint); none in a build, which stops on any.
 */
export function devContentProblems(): { file: string; message: string }[] {
  if (!import.meta.env.DEV) return [];
  return contentProblems(process.cwd()).map(({ file, message }) => ({ file, message }));
}

/** The drafts waiting for the editor (src/content/drafts/), shown by the dev server only. */
export function devDrafts(): SiteContent['drafts'] {
  if (!import.meta.env.DEV) return [];
  return checkedContent(process.cwd(), { watching: true }).drafts;
}
