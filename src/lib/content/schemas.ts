/**
 * Every schema of the site's content, in one place. `src/content.config.ts` wires them to
 * collections; the loaders use them to validate the sidecar files with clear messages.
 */
import { z } from 'astro/zod';
import { LINK_TARGET_KINDS, type CuratedKind, type LinkTargetKind } from './kinds';

import { citation, citations, localized, nameStatus, nonEmpty, partialIsoDate, POINT_ID, SLUG } from './primitives';

export { citation, isValidPartialDate, localized, nameStatus, partialIsoDate, POINT_ID, SLUG } from './primitives';
export type { Citation, Localized } from './primitives';

/** One entry of `src/content/sources.yaml`: what the seeds do not say about a document. */
export const sourceMetadata = z
  .object({
    slug: z.string().regex(SLUG, 'must be lowercase ASCII words joined by "-"'),
    /** The title exactly as the seed writes it: this is how metadata finds its document. */
    title: nonEmpty,
    /** The site's English rendering of the title; empty until an editor translates it. */
    titleEn: nonEmpty.nullable().default(null),
    outlet: localized.nullable(),
    /** Publication date; must agree with the seed's byline when it has one. */
    published: partialIsoDate.nullable(),
    notes: z.array(localized).default([]),
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
    headings: z.record(z.string(), pendingText).default({}),
    points: z.record(z.string(), pendingText).default({}),
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

/** A reference from one entry to others, checked by the registry when pages are built. */
const related = z
  .object(
    Object.fromEntries(LINK_TARGET_KINDS.map((kind) => [kind, z.array(z.string().regex(SLUG)).default([])])) as Record<
      LinkTargetKind,
      z.ZodDefault<z.ZodArray<z.ZodString>>
    >,
  )
  .strict()
  .prefault({});

/**
 * Words readers search an entry by that are not its names, per language: abbreviations (外企),
 * words a reader types ("flights"), spelling variants ("organisation"), pinyin (yanqihu). A
 * search aid is not a claim, so it is indexed with the entry below its title and never shown as
 * a name. The validation stage refuses one that is another entry's title, states a figure the
 * title does not, or is a rendering the glossary's `avoid` refuses.
 */
export const searchTerms = z
  .object({ zh: z.array(nonEmpty).default([]), en: z.array(nonEmpty).default([]) })
  .strict()
  .prefault({});
export type SearchTerms = z.output<typeof searchTerms>;

/**
 * Other names of the thing, per language, shown as "also known as" with their status, since a
 * name is a claim: `source` (the source writes it: it must stand in one of the entry's quotes),
 * `identified` (the site's identification) or `translated` (the site's translation), both
 * marked as the site's wherever shown.
 */
export const otherName = z.object({ name: nonEmpty, status: z.enum(['source', 'identified', 'translated']) }).strict();
export type OtherName = z.output<typeof otherName>;
export const otherNames = z
  .object({ zh: z.array(otherName).default([]), en: z.array(otherName).default([]) })
  .strict()
  .prefault({});
export type OtherNames = z.output<typeof otherNames>;

/**
 * What every curated entry has, whatever its kind: a title in both languages, other names and
 * search terms,
 * editor's notes, links to related entries and the source points it rests on. Each kind
 * `.extend()`s it.
 */
export const entryBase = z
  .object({
    title: localized,
    names: otherNames,
    searchTerms,
    related,
    notes: z.array(localized).default([]),
    citations,
  })
  .strict();

/**
 * When a figure holds, with where that comes from. A period beside a figure is a claim, so it
 * is data with provenance: `stated` (the source states it: `quote` must stand in one of the
 * entry's cited quotes), `site` (the site's reading, shown as such, with its `reason`),
 * `as-of-report` (nothing stated; shown as "as of the report (date)" from the cited document's
 * date) or `not-stated` (nothing stated and no dated document). src/lib/format/provenance.ts
 * renders it for the page, the data files and JSON-LD alike.
 */
export const periodBasis = z.enum(['stated', 'site', 'as-of-report', 'not-stated']);
export const indicatorPeriod = z
  .object({
    basis: periodBasis,
    /** The period in words: required for `stated` and `site`; computed for the others. */
    text: localized.optional(),
    /** The source's own words for the period (`stated`). */
    quote: nonEmpty.optional(),
    /** Why the site reads the figure so (`site`). */
    reason: localized.optional(),
  })
  .strict();
export type IndicatorPeriod = z.infer<typeof indicatorPeriod>;

export const indicator = entryBase
  .extend({
    /** The number as the source states it; absent when the source states no number ("nearly doubled"). 1e309 and .inf read as Infinity, and would print as "∞". */
    value: z.number({ error: 'must be a finite number' }).optional(),
    /** How the source qualifies the value: "over 35,000", "nearly", a rank, or as stated (no qualifier). */
    qualifier: z.enum(['as-stated', 'over', 'nearly', 'rank']).default('as-stated'),
    /** The unit of `value` (absent when the source states words only). */
    unit: localized.optional(),
    /** The words the source uses when it states no plain number ("nearly doubled", "three consecutive years"). */
    statedAs: localized.optional(),
    period: indicatorPeriod,
    /** What the source compares the value with, when it does: `quote` is the source's words for it. */
    comparison: z
      .object({
        against: localized,
        quote: nonEmpty,
        /** growth-percent: the value is a % growth of indicator `of` since `against`. */
        kind: z.enum(['growth-percent', 'qualitative']),
        of: z.string().regex(SLUG).optional(),
      })
      .strict()
      .optional(),
    /** Position among the headline figures shown first on the home page and the overview. */
    headline: z.number().int().positive().optional(),
  })
  .refine((data) => data.value !== undefined || data.statedAs !== undefined, {
    // A number needs its unit; words ("nearly doubled") carry their own.
    message: 'an indicator needs a `value` (the number the source states) or `statedAs` (its words)',
    path: ['value'],
  })
  .superRefine((data, context) => {
    // Counts, ranks and ratios are never below zero; only a growth percentage may be (a fall).
    if (data.value !== undefined && data.value < 0 && data.comparison?.kind !== 'growth-percent') {
      context.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must not be negative (only a growth percentage, comparison.kind growth-percent, may be)',
      });
    }
    if (data.qualifier === 'rank' && !(Number.isInteger(data.value) && (data.value ?? 0) >= 1)) {
      context.addIssue({ code: 'custom', path: ['value'], message: 'a rank must be a whole number from 1' });
    }
  });
export type Indicator = z.output<typeof indicator>;

/**
 * Where an event's date comes from. `stated`: the source states it, at the precision written
 * (`quote`); `deadline`: the source states a deadline ("by March 2025", `quote`); `from-name`:
 * read from a name in the source ("City Index 2025", `quote`); `report-date`: the date of the
 * cited report itself (its byline); `site`: added by the site (the official years of a plan).
 */
export const dateBasis = z.enum(['stated', 'deadline', 'from-name', 'report-date', 'site']);
export type DateBasis = z.infer<typeof dateBasis>;

/** The first and last day a partial date (2025, 2025-03, 2025-03-14) covers, as YYYY-MM-DD. */
export function partialDateSpan(value: string): { first: string; last: string } {
  const [year, month, day] = value.split('-');
  if (day) return { first: value, last: value };
  if (month) {
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

export const event = entryBase
  .extend({
    /** Start (or only) date, at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialIsoDate,
    /** End of a period, when the event is one (a Five-Year Plan). */
    endDate: partialIsoDate.optional(),
    dateBasis,
    /** The source's words that give the date (`stated`, `deadline`, `from-name`). */
    dateQuote: nonEmpty.optional(),
    /** The Five-Year Plan period the event belongs to, for grouping the timeline. */
    plan: z.enum(['13th', '14th', '15th']),
    summary: localized,
  })
  .superRefine((data, context) => {
    // At each one's own precision: a period may end in the year it starts (2021-03 to 2021).
    if (data.endDate && partialDateSpan(data.endDate).last < partialDateSpan(data.date).first) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `ends before the event starts (date: ${data.date})`,
      });
    }
  });
export type TimelineEvent = z.output<typeof event>;

export const place = entryBase.extend({
  nameStatus,
  /** The name exactly as the source writes it, when it differs from `name.en`. */
  sourceWording: nonEmpty.optional(),
  kind: z.enum(['district', 'venue', 'museum', 'service', 'company', 'institution', 'programme']),
  summary: localized,
  /**
   * Where it is, only as a source states it (a district, a street): the words in both
   * languages and the citation whose quote states it. Absent, the key facts say "not stated in
   * the sources"; never coordinates or a location from elsewhere.
   */
  location: z.object({ text: localized, citation }).strict().optional(),
});
export type Place = z.output<typeof place>;

export const glossaryTerm = entryBase.extend({
  /** Exactly how the seed writes the term. */
  sourceWording: nonEmpty,
  status: nameStatus,
  /**
   * Chinese renderings the source wording does not support (医疗保险 for "healthcare"): the
   * validation stage refuses them in every Chinese text of the site.
   */
  avoid: z.array(z.object({ zh: nonEmpty, reason: localized }).strict()).default([]),
  /** The site's page about the term, if it has one. */
  page: z
    .object({ kind: z.enum(LINK_TARGET_KINDS), id: z.string().regex(SLUG) })
    .strict()
    .optional(),
});
export type GlossaryTerm = z.output<typeof glossaryTerm>;

/** A seed point no entry uses, with the reason; coverage fails on a point with neither. */
export const unusedPoint = z
  .object({
    source: z.string().regex(SLUG),
    point: z.string().regex(POINT_ID),
    reason: localized,
  })
  .strict();
export const unusedPointsFile = z.array(unusedPoint);

/** The schema of each curated kind's YAML files (src/lib/content/kinds.ts); one per kind, or a type error. */
export const ENTRY_SCHEMAS = {
  indicators: indicator,
  events: event,
  places: place,
  glossary: glossaryTerm,
} as const satisfies Record<CuratedKind, z.ZodTypeAny>;
