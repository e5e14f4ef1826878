import { defineCollection } from 'astro:content';
import { citedEntriesLoader, placeProseLoader, sourcesLoader, unusedPointsLoader } from './loaders';
import { citedCollections } from './lib/content/schemas';

// The schemas themselves live in src/lib/content/schemas.ts, so that plain unit tests can use them too.
export const collections = {
  sources: defineCollection({ loader: sourcesLoader() }),
  indicators: defineCollection({ loader: citedEntriesLoader('src/content/indicators', citedCollections.indicators) }),
  events: defineCollection({ loader: citedEntriesLoader('src/content/events', citedCollections.events) }),
  places: defineCollection({ loader: citedEntriesLoader('src/content/places', citedCollections.places) }),
  glossary: defineCollection({ loader: citedEntriesLoader('src/content/glossary', citedCollections.glossary) }),
  unusedPoints: defineCollection({ loader: unusedPointsLoader() }),
  placeProse: defineCollection({ loader: placeProseLoader() }),
};
