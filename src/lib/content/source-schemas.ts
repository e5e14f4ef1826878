/**
 * The schemas of the source documents' files: their metadata (src/content/sources.yaml), their
 * translations (src/content/source-translations/), the unused points, and the pieces every
 * entry shares (text in both languages, partial dates, citations). Re-exported by schemas.ts.
 */
import { z } from 'astro/zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const POINT_ID = /^(?:core|g\d+)-\d+$/;

export const nonEmpty = z.string().trim().min(1);

/** Text in both languages. `en` is the English form; `zh` the Chinese. */
export const localized = z.object({ zh: nonEmpty, en: nonEmpty }).strict();
export type Localized = z.infer<typeof localized>;

/** A calendar date at the precision the source gives: year, month or day. */
export const partialIsoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine(isValidPartialDate, { message: 'is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD' })
  .meta({
    description: 'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.',
    pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$',
  });

export function isValidPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), monthNumber - 1, Number(day)));
  return date.getUTCMonth() === monthNumber - 1 && date.getUTCDate() === Number(day);
}

/** A pointer from a fact to the exact words of a source point that state it. */
export const citation = z
  .object({
    source: z
      .string()
      .regex(SLUG, 'must be a source slug (lowercase ASCII words joined by "-")')
      .describe('The slug of the source document (src/content/sources.yaml).'),
    point: z
      .string()
      .regex(POINT_ID, 'must be a point id such as core-3 or g2-1')
      .describe('The point of that document: core-3, g2-1 (the fragment of its URL on the source page).'),
    quote: nonEmpty.min(3).describe("The source's words that state the fact, word for word from the point."),
  })
  .strict()
  .describe('A pointer from a fact to the exact words of a source point that state it.');
export type Citation = z.infer<typeof citation>;

export const citations = z.array(citation).min(1, 'every entry cites at least one source point');

/** How sure the site is of a name in the other language (see GLOSSARY.md). */
export const nameStatus = z
  .enum(['certain', 'identified', 'translated'])
  .describe(
    "How sure the site is of the name in the other language: certain (the source or an official name gives it), identified (the site's identification), translated (the site's own translation).",
  );

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
