/**
 * The registry: the one place pages ask which entries exist, which source points they cite
 * and how they relate. Pages never read seeds or YAML themselves.
 */
import { getCollection } from 'astro:content';
import { SourceInputError } from '../lib/checks/errors';
import { pointCoverage, type PointCoverage } from '../lib/checks/provenance';
import type {
  CitedCollection,
  Citation,
  GlossaryTerm,
  Indicator,
  Localized,
  Place,
  SourceEntry,
  TimelineEvent,
} from '../lib/content/schemas';

export interface Entry<Data> {
  id: string;
  data: Data;
  /** The YAML file the entry comes from, for "last updated" and error messages. */
  file: string;
}

export interface CitedEntry {
  kind: CitedCollection;
  id: string;
  title: Localized;
  citations: Citation[];
}

export interface Knowledge {
  sources: SourceEntry[];
  sourceBySlug: Map<string, SourceEntry>;
  indicators: Entry<Indicator>[];
  indicatorById: Map<string, Entry<Indicator>>;
  /** Sorted by date, then by end date. */
  events: Entry<TimelineEvent>[];
  eventById: Map<string, Entry<TimelineEvent>>;
  places: Entry<Place>[];
  placeById: Map<string, Entry<Place>>;
  glossary: Entry<GlossaryTerm>[];
  cited: CitedEntry[];
  /** Entries citing each point, keyed `source#point`. */
  entriesByPoint: Map<string, CitedEntry[]>;
  unusedPoints: { source: string; point: string; reason: Localized }[];
  /** The unused points of each source, by slug (a source page must not filter the whole list). */
  unusedBySource: Map<string, Knowledge['unusedPoints']>;
  coverage: PointCoverage;
}

const fileOf = (collection: string, id: string) => `src/content/${collection}/${id}.yaml`;

// Astro types collection data by the schema's input; the loaders store parsed (output) data.
async function entries<Data>(collection: 'indicators' | 'events' | 'places' | 'glossary'): Promise<Entry<Data>[]> {
  return (await getCollection(collection)).map((entry) => ({
    id: entry.id,
    data: entry.data as Data,
    file: fileOf(collection, entry.id),
  }));
}

async function loadKnowledge(): Promise<Knowledge> {
  const [sourceEntries, indicators, events, places, glossary, unused] = await Promise.all([
    getCollection('sources'),
    entries<Indicator>('indicators'),
    entries<TimelineEvent>('events'),
    entries<Place>('places'),
    entries<GlossaryTerm>('glossary'),
    getCollection('unusedPoints'),
  ]);
  const sources = sourceEntries.map((entry) => entry.data as SourceEntry);
  events.sort(
    (a, b) => a.data.date.localeCompare(b.data.date) || (a.data.endDate ?? '').localeCompare(b.data.endDate ?? ''),
  );

  const cited: CitedEntry[] = [
    ...indicators.map(({ id, data }) => ({
      kind: 'indicators' as const,
      id,
      title: data.label,
      citations: data.citations,
    })),
    ...events.map(({ id, data }) => ({ kind: 'events' as const, id, title: data.title, citations: data.citations })),
    ...places.map(({ id, data }) => ({ kind: 'places' as const, id, title: data.name, citations: data.citations })),
    ...glossary.map(({ id, data }) => ({ kind: 'glossary' as const, id, title: data.term, citations: data.citations })),
  ];
  const entriesByPoint = new Map<string, CitedEntry[]>();
  for (const entry of cited) {
    for (const { source, point } of entry.citations) {
      const list = entriesByPoint.get(`${source}#${point}`) ?? [];
      if (!list.includes(entry)) list.push(entry);
      entriesByPoint.set(`${source}#${point}`, list);
    }
  }
  const unusedPoints = unused.map((entry) => entry.data as Knowledge['unusedPoints'][number]);
  const unusedBySource: Knowledge['unusedBySource'] = new Map();
  for (const entry of unusedPoints) {
    const list = unusedBySource.get(entry.source) ?? [];
    list.push(entry);
    unusedBySource.set(entry.source, list);
  }
  const knowledge: Knowledge = {
    sources,
    sourceBySlug: new Map(sources.map((source) => [source.slug, source])),
    indicators,
    indicatorById: new Map(indicators.map((entry) => [entry.id, entry])),
    events,
    eventById: new Map(events.map((entry) => [entry.id, entry])),
    places,
    placeById: new Map(places.map((entry) => [entry.id, entry])),
    glossary,
    cited,
    entriesByPoint,
    unusedPoints,
    unusedBySource,
    coverage: pointCoverage(
      sources,
      cited.flatMap((entry) => entry.citations.map(({ source, point }) => ({ source, point }))),
      unusedPoints,
    ),
  };
  assertReferencesResolve(knowledge);
  return knowledge;
}

/** Every `related`, `comparison.of` and glossary `page` must name an entry that exists. */
function assertReferencesResolve(knowledge: Knowledge): void {
  const known = {
    indicators: knowledge.indicatorById,
    events: knowledge.eventById,
    places: knowledge.placeById,
  };
  const check = (file: string, field: string, kind: keyof typeof known, id: string) => {
    if (!known[kind].has(id)) {
      throw new SourceInputError({
        file,
        where: field,
        problem: `no ${kind} entry "${id}".`,
        hint: `use one of: ${[...known[kind].keys()].join(', ')}.`,
      });
    }
  };
  for (const entry of [...knowledge.indicators, ...knowledge.events, ...knowledge.places]) {
    const related = entry.data.related;
    for (const kind of ['indicators', 'events', 'places'] as const) {
      for (const id of related[kind]) check(entry.file, `related.${kind}`, kind, id);
    }
  }
  for (const entry of knowledge.indicators) {
    const of = entry.data.comparison?.of;
    if (of) check(entry.file, 'comparison.of', 'indicators', of);
  }
  for (const entry of knowledge.glossary) {
    const page = entry.data.page;
    if (page && page.kind !== 'timeline')
      check(entry.file, 'page', page.kind === 'statistics' ? 'indicators' : 'places', page.id);
    if (page?.kind === 'timeline') check(entry.file, 'page', 'events', page.id);
  }
}

let cached: Promise<Knowledge> | undefined;

/**
 * Everything pages need, loaded and cross-checked once per build (every page would otherwise
 * redo it). The dev server reloads each time, so edits show up without a restart.
 */
export function getKnowledge(): Promise<Knowledge> {
  if (import.meta.env.DEV) return loadKnowledge();
  cached ??= loadKnowledge();
  return cached;
}

export async function getSources(): Promise<SourceEntry[]> {
  return (await getKnowledge()).sources;
}

export async function getCoverage(): Promise<PointCoverage> {
  return (await getKnowledge()).coverage;
}
