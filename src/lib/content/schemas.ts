/**
 * Every schema of the site's content (the sources' in source-schemas.ts, re-exported here). `src/content.config.ts` wires them to
 * collections; the loaders use them to validate the sidecar files with clear messages.
 */
import { z } from 'astro/zod';
import { LINK_TARGET_KINDS, type CuratedKind, type LinkTargetKind } from './kinds';
import { citation, citations, localized, nameStatus, nonEmpty, partialIsoDate, SLUG } from './primitives';

export * from './source-schemas';

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
    title: localized.describe('The title in both languages (zh: Chinese, en: English).'),
    names: otherNames.describe(
      'Other names of the thing, per language, each with its status: source (in a quote), identified or translated (the site’s).',
    ),
    searchTerms: searchTerms.describe(
      'Words readers search by that are not names, per language: abbreviations, spellings, pinyin. Never shown as names.',
    ),
    related: related.describe('Links to other entries, by kind: file names (without .yaml) of those entries.'),
    notes: z.array(localized).default([]).describe("Editor's notes, both languages: what is unclear and why."),
    citations: citations.describe('The source points the entry rests on, each with a word-for-word quote.'),
  })
  .strict();

/**
 * When a figure holds, with where that comes from. A period beside a figure is a claim, so it
 * is data with provenance: `stated` (the source states it: `quote` must stand in one of the
 * entry's cited quotes), `site` (the site's reading, shown as such, with its `reason`),
 * `as-of-report` (nothing stated; shown as "as of the report of (date)" from the cited document's
 * date) or `not-stated` (nothing stated and no dated document). src/lib/format/provenance.ts
 * renders it for the page, the data files and JSON-LD alike.
 */
export const periodBasis = z
  .enum(['stated', 'site', 'as-of-report', 'not-stated'])
  .describe(
    "Where the period comes from: stated (the source states it; quote), site (the site's reading; reason), as-of-report (the cited document's date), not-stated.",
  );
export const indicatorPeriod = z
  .object({
    basis: periodBasis,
    text: localized.optional().describe('The period in words: required for stated and site; computed for the others.'),
    quote: nonEmpty.optional().describe("The source's own words for the period (stated), standing in a quote."),
    reason: localized.optional().describe('Why the site reads the figure so (site).'),
    start: partialIsoDate
      .optional()
      .describe(
        "First year or date of the period (YYYY, YYYY-MM or YYYY-MM-DD), only as the source states it (stated: in the quote) or as the site reads it (site). The data files' period_start.",
      ),
    end: partialIsoDate
      .optional()
      .describe("Last year or date of the period, on the same terms as start. The data files' period_end."),
  })
  .strict();
export type IndicatorPeriod = z.infer<typeof indicatorPeriod>;

export const indicator = entryBase
  .extend({
    value: z
      .number({ error: 'must be a finite number' })
      .optional()
      .describe('The number as the source states it; absent when the source states no number ("nearly doubled").'),
    qualifier: z
      .enum(['as-stated', 'over', 'nearly', 'rank'])
      .default('as-stated')
      .describe(
        'How the source qualifies the value: "over 35,000" → over, "nearly", "6th" → rank, a plain number → as-stated.',
      ),
    unit: localized.optional().describe('The unit of value (absent when the source states words only).'),
    statedAs: localized
      .optional()
      .describe(
        'The words the source uses when it states no plain number ("nearly doubled", "three consecutive years").',
      ),
    period: indicatorPeriod.describe('When the figure holds, with where that comes from (basis).'),
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
    headline: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Position among the headline figures shown first on the home page and the overview.'),
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
export const dateBasis = z
  .enum(['stated', 'deadline', 'from-name', 'report-date', 'site'])
  .describe(
    "Where the date comes from: stated (dateQuote), deadline ('by March 2025', dateQuote), from-name ('City Index 2025', dateQuote), report-date (the cited report's byline), site (added by the site, with a note).",
  );
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
    date: partialIsoDate.describe('Start (or only) date, at the precision known: YYYY, YYYY-MM or YYYY-MM-DD.'),
    endDate: partialIsoDate.optional().describe('End of a period, when the event is one (a Five-Year Plan).'),
    dateBasis,
    dateQuote: nonEmpty
      .optional()
      .describe("The source's words that give the date (stated, deadline, from-name), standing in a quote."),
    plan: z
      .enum(['13th', '14th', '15th'])
      .describe('The Five-Year Plan period the event belongs to, for grouping the timeline.'),
    summary: localized.describe('What happened, in one or two sentences per language, as the sources say it.'),
    venue: z
      .string()
      .regex(SLUG)
      .optional()
      .describe(
        'Where the event took place, when a source it cites states it: the id of a place in related.places. ' +
          'Structured data gives an event a location only from here; a place the event is about is not its venue.',
      ),
  })
  .superRefine((data, context) => {
    if (data.venue !== undefined && !data.related.places.includes(data.venue)) {
      context.addIssue({
        code: 'custom',
        path: ['venue'],
        message: `"${data.venue}" is not in related.places: add the place there (src/content/places/${data.venue}.yaml), or leave venue out`,
      });
    }
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
  sourceWording: nonEmpty
    .optional()
    .describe('The name exactly as the source writes it, when it differs from title.en.'),
  kind: z
    .enum(['district', 'venue', 'museum', 'service', 'company', 'institution', 'programme'])
    .describe('What kind of place it is.'),
  summary: localized.describe('What it is, in one or two sentences per language, as the sources say it.'),
  location: z
    .object({ text: localized, citation })
    .strict()
    .optional()
    .describe(
      'Where it is, only as a source states it (a district, a street), with the citation whose quote states it. Never coordinates or a location from elsewhere.',
    ),
});
export type Place = z.output<typeof place>;

export const glossaryTerm = entryBase.extend({
  sourceWording: nonEmpty.describe('Exactly how the seed writes the term.'),
  status: nameStatus,
  avoid: z
    .array(z.object({ zh: nonEmpty, reason: localized }).strict())
    .default([])
    .describe(
      'Chinese renderings the source wording does not support (医疗保险 for "healthcare"): refused in every Chinese text of the site.',
    ),
  page: z
    .object({ kind: z.enum(LINK_TARGET_KINDS), id: z.string().regex(SLUG) })
    .strict()
    .optional()
    .describe("The site's page about the term, if it has one: its kind and file name."),
});
export type GlossaryTerm = z.output<typeof glossaryTerm>;

/** The schema of each curated kind's YAML files (src/lib/content/kinds.ts); one per kind, or a type error. */
export const ENTRY_SCHEMAS = {
  indicators: indicator,
  events: event,
  places: place,
  glossary: glossaryTerm,
} as const satisfies Record<CuratedKind, z.ZodTypeAny>;
