/**
 * The registry: the one place pages ask which entries exist and which source points they
 * cite. Pages never read seeds or YAML themselves.
 *
 * In a build every answer is computed once and shared by all pages. Astro's getCollection()
 * walks and copies every entry of a collection on each call, so a page template that asked
 * for the sources or the unused points on every page made the build O(pages × entries):
 * quadratic in the number of documents (see benchmarks/README.md). In dev the answers are
 * recomputed on each call, so edited content shows up at once.
 * Callers get shared objects: treat them as read-only (copy before sorting in place).
 */
import { getCollection } from 'astro:content';
import type { z } from 'astro/zod';
import type { CitedCollection, Citation, Localized, SourceEntry, unusedPoint } from '../lib/schemas';
import { pointCoverage, type PointCoverage } from '../lib/provenance';

export interface CitedEntry {
  kind: CitedCollection;
  id: string;
  title: Localized;
  citations: Citation[];
}

export type UnusedPoint = z.infer<typeof unusedPoint>;

export const CITED_KINDS: readonly CitedCollection[] = ['indicators', 'events', 'places', 'glossary'];

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, compute: () => Promise<T>): Promise<T> {
  if (import.meta.env.DEV) return compute();
  let answer = memo.get(key) as Promise<T> | undefined;
  if (!answer) {
    answer = compute();
    memo.set(key, answer);
  }
  return answer;
}

// Astro types collection data by the schema's input; the loaders store parsed (output) data.
export async function getSources(): Promise<SourceEntry[]> {
  return [...(await once('sources', async () => (await getCollection('sources')).map((entry) => entry.data as SourceEntry)))];
}

/** One source by slug, without walking the whole collection. */
export async function getSource(slug: string): Promise<SourceEntry | undefined> {
  const bySlug = await once('sourcesBySlug', async () => new Map((await getSources()).map((source) => [source.slug, source])));
  return bySlug.get(slug);
}

export async function getCitedEntries(): Promise<CitedEntry[]> {
  return [
    ...(await once('citedEntries', async () => {
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
    })),
  ];
}

/** Entries citing each point, keyed `source#point`. Shared: read it, do not change it. */
export async function getEntriesByPoint(): Promise<Map<string, CitedEntry[]>> {
  return once('entriesByPoint', async () => {
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
  });
}

export async function getUnusedPoints(): Promise<UnusedPoint[]> {
  return [...(await once('unusedPoints', async () => (await getCollection('unusedPoints')).map((entry) => entry.data as UnusedPoint)))];
}

/** The unused points of one source, without filtering the whole list on every page. */
export async function getUnusedPointsOf(source: string): Promise<UnusedPoint[]> {
  const bySource = await once('unusedPointsBySource', async () => {
    const map = new Map<string, UnusedPoint[]>();
    for (const entry of await getUnusedPoints()) {
      const list = map.get(entry.source) ?? [];
      list.push(entry);
      map.set(entry.source, list);
    }
    return map;
  });
  return [...(bySource.get(source) ?? [])];
}

export async function getCoverage(): Promise<PointCoverage> {
  return once('coverage', async () => {
    const [sources, entries, unused] = await Promise.all([getSources(), getCitedEntries(), getUnusedPoints()]);
    const cited = entries.flatMap((entry) => entry.citations.map(({ source, point }) => ({ source, point })));
    return pointCoverage(sources, cited, unused);
  });
}
