import { defineCollection } from 'astro:content';
import { proseLoader } from './loaders';

// Entries and documents come from the validation stage through the registry
// (src/lib/read/checked-content.ts); the collection holds what Astro must render: MDX prose.
export const collections = {
  prose: defineCollection({ loader: proseLoader() }),
};
