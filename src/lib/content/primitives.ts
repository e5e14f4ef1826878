/**
 * The building blocks every content schema is made of (src/lib/content/schemas.ts): slugs and
 * point ids, text in both languages, dates at the precision a source gives, citations, name
 * statuses.
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
