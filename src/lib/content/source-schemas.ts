/**
 * The schemas of the source documents' files: their metadata (src/content/sources.yaml), their
 * translations (src/content/source-translations/) and the unused points, on the building blocks
 * of primitives.ts (re-exported). Re-exported by schemas.ts.
 */
import { z } from 'astro/zod';
import { localized, nonEmpty, partialIsoDate, POINT_ID, SLUG } from './primitives';

export * from './primitives';

/** One entry of `src/content/sources.yaml`: what the seeds do not say about a document. */
export const sourceMetadata = z
  .object({
    slug: z
      .string()
      .regex(SLUG, 'must be lowercase ASCII words joined by "-"')
      .describe('The URL slug: /{lang}/sources/<slug>/. Change it with `npm run rename -- sources <old> <new>`.'),
    title: nonEmpty.describe('The title exactly as the seed writes it: this is how metadata finds its document.'),
    titleEn: nonEmpty
      .nullable()
      .default(null)
      .describe("The site's English rendering of the title; null until an editor translates it."),
    outlet: localized.nullable().describe('The outlet in both languages, or null when the seed names none.'),
    published: partialIsoDate
      .nullable()
      .describe("Publication date; must agree with the seed's byline when it has one."),
    notes: z
      .array(localized)
      .default([])
      .describe("Editor's notes, both languages, for anything unclear in the source."),
  })
  .strict();
export type SourceMetadata = z.infer<typeof sourceMetadata>;
export const sourceMetadataFile = z.array(sourceMetadata).min(1);

/** A translation slot: empty (or null) while it waits for a translator. */
const pendingText = z
  .string()
  .nullable()
  .transform((value) => (value === null || value.trim() === '' ? null : value.trim()));

/** The site's Chinese translation of a source: section headings and points, by id. */
export const sourceTranslation = z
  .object({
    headings: z
      .record(z.string(), pendingText)
      .default({})
      .describe('Section id (core, g1, g2…) → its heading in Chinese; empty while untranslated.'),
    points: z
      .record(z.string(), pendingText)
      .default({})
      .describe(
        'Point id (core-1, g2-3…) → the point in Chinese; empty while untranslated. It may state only the figures and qualifiers the point states.',
      ),
  })
  .strict();
export type SourceTranslation = z.infer<typeof sourceTranslation>;

const point = z.object({
  id: z.string(),
  raw: z.string(),
  text: z.string(),
  markers: z.array(z.number()),
  /** The site's translation, when there is one. */
  zh: z.string().nullable().default(null),
});

/** The `sources` collection: a seed document joined with its metadata. */
export const sourceEntry = sourceMetadata.extend({
  publishedTime: z.string().nullable(),
  outletAsWritten: z.string().nullable(),
  seedFile: z.string(),
  seedLine: z.number(),
  corpus: z.string().nullable(),
  sections: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      heading: z.string().nullable(),
      headingZh: z.string().nullable().default(null),
      points: z.array(point),
    }),
  ),
});
export type SourceEntry = z.infer<typeof sourceEntry>;

/** A seed point no entry uses, with the reason; coverage fails on a point with neither. */
export const unusedPoint = z
  .object({
    source: z.string().regex(SLUG),
    point: z.string().regex(POINT_ID),
    reason: localized,
  })
  .strict();
export const unusedPointsFile = z.array(unusedPoint);
