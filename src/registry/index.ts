/**
 * The registry: the one place pages ask which entries exist and which source points they
 * cite. Pages never read seeds or YAML themselves.
 */
import { getCollection } from 'astro:content';
import type { CitedCollection, Citation, Localized, SourceEntry } from '../lib/schemas';
import { pointCoverage, type PointCoverage } from '../lib/provenance';

export interface CitedEntry {
  kind: CitedCollection;
  id: string;
  title: Localized;
  citations: Citation[];
}

export const CITED_KINDS: readonly CitedCollection[] = ['indicators', 'events', 'places', 'glossary'];

// Astro types collection data by the schema's input; the loaders store parsed (output) data.
export async function getSources(): Promise<SourceEntry[]> {
  return (await getCollection('sources')).map((entry) => entry.data as SourceEntry);
}

export async function getCitedEntries(): Promise<CitedEntry[]> {
  const [indicators, events, places, glossary] = await Promise.all([
    getCollection('indicators'),
    getCollection('events'),
    getCollection('places'),
    getCollection('glossary'),
  ]);
  return [
    ...indicators.map(({ id, data }) => ({ kind: 'indicators' as const, id, title: data.label, citations: data.citations })),
    ...events.map(({ id, data }) => ({ kind: 'events' as const, id, title: data.title, citations: data.citations })),
    ...places.map(({ id, data }) => ({ kind: 'places' as const, id, title: data.name, citations: data.citations })),
    ...glossary.map(({ id, data }) => ({ kind: 'glossary' as const, id, title: data.term, citations: data.citations })),
  ];
}

/** Entries citing each point, keyed `source#point`. */
export async function getEntriesByPoint(): Promise<Map<string, CitedEntry[]>> {
  const byPoint = new Map<string, CitedEntry[]>();
  for (const entry of await getCitedEntries()) {
    for (const citation of entry.citations) {
      const key = `${citation.source}#${citation.point}`;
      const list = byPoint.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byPoint.set(key, list);
    }
  }
  return byPoint;
}

export async function getUnusedPoints() {
  return (await getCollection('unusedPoints')).map((entry) => entry.data);
}

export async function getCoverage(): Promise<PointCoverage> {
  const [sources, entries, unused] = await Promise.all([getSources(), getCitedEntries(), getUnusedPoints()]);
  const cited = entries.flatMap((entry) => entry.citations.map(({ source, point }) => ({ source, point })));
  return pointCoverage(sources, cited, unused);
}
