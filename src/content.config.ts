import { defineCollection } from 'astro:content';
import { CURATED_KIND_IDS, type CuratedKind } from './lib/content/kinds';
import { curatedEntriesLoader, proseLoader, sourcesLoader, unusedPointsLoader } from './loaders';

type CuratedCollections = { [Kind in CuratedKind]: ReturnType<typeof defineCollection> };

// Kinds and their schemas are defined once, in src/lib/content/kinds.ts: one collection each.
const curated = Object.fromEntries(
  CURATED_KIND_IDS.map((kind) => [kind, defineCollection({ loader: curatedEntriesLoader(kind) })]),
) as CuratedCollections;

export const collections = {
  sources: defineCollection({ loader: sourcesLoader() }),
  ...curated,
  unusedPoints: defineCollection({ loader: unusedPointsLoader() }),
  prose: defineCollection({ loader: proseLoader() }),
};
