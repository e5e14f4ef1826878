/**
 * Drafts from pending points: for each point no entry cites yet, the entry an editor would write,
 * prefilled with what is mechanical and nothing that is judgement. Mechanical: the source and
 * point, the quote (the clause that states the point's figure or date, word for word), the
 * figure's value, qualifier and the words after it (read by src/lib/text/figures.ts, the reader
 * the checks use), a stated date with its basis, and links to existing entries whose names occur
 * in the point. Judgement, left empty: the kind, the slug, titles, translations and summaries.
 * A draft publishes nothing until its `status` is `accepted` (src/lib/read/drafts.ts).
 */
import { z } from 'astro/zod';
import { figuresIn } from '../text/figures';
import { LINK_TARGET_KINDS, type LinkTargetKind } from './kinds';
import { POINT_ID, SLUG } from './schemas';

export const DRAFTS_DIRECTORY = 'src/content/drafts';

/** One draft in src/content/drafts/<source>.yaml. */
export const draft = z
  .object({
    point: z.string().regex(POINT_ID).describe('The pending point the draft is for.'),
    status: z
      .enum(['draft', 'accepted'])
      .describe('draft: shown only in npm run dev; accepted: every field written, published as an entry.'),
    kind: z
      .enum(['indicators', 'events', 'places', 'glossary', 'unused'])
      .nullable()
      .describe(
        'The kind of entry: your choice. unused: the point feeds no entry; write entry.reason (zh and en) and, ' +
          'accepted, it is set aside as if listed in src/content/unused-points.yaml.',
      ),
    slug: z.string().regex(SLUG).nullable().describe("The entry's slug (its URL): your choice; none for unused."),
    entry: z.record(z.string(), z.unknown()).describe("The entry's fields, as its kind's YAML file holds them."),
    terms: z
      .array(z.string())
      .default([])
      .describe('Glossary terms whose names occur in the point (for <Term id> in prose).'),
  })
  .strict();
export type Draft = z.output<typeof draft>;
export const draftsFile = z.array(draft);

/** What the proposal reads: existing entries' names, by kind, and the glossary's. */
export interface DraftContext {
  names: { kind: LinkTargetKind | 'glossary'; id: string; names: string[] }[];
  /** Names with figures in them (glossary), not figures. */
  figureNames: readonly string[];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = new RegExp(`\\b(?:(by|before|until|in|since|from)\\s+)?(?:(${MONTHS})\\s+)?((?:19|20)\\d{2})\\b`, 'i');
/** Words that end what a figure counts: prepositions, articles, and the words of a date or a rate. */
const STOP = new RegExp(
  '^(?:in|to|of|by|for|and|with|at|from|on|as|the|a|an|this|that|over|more|since|until|before|after|' +
    `per|each|every|during|within|through|across|which|who|while|${MONTHS})$`,
  'i',
);

/** The clause of `text` (between commas, semicolons and dashes) that holds `needle`. */
export function clauseWith(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) return text.trim();
  const starts = [',', ';', ' - ', '：', '，'].map((mark) => {
    const found = text.lastIndexOf(mark, at);
    return found < 0 ? 0 : found + mark.length;
  });
  const start = Math.max(0, ...starts);
  const ends = [',', ';', ' - '].map((mark) => text.indexOf(mark, at + needle.length)).filter((end) => end >= 0);
  const clause = text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).trim();
  return clause.length >= 3 ? clause.replace(/[.。]$/, '') : text.trim();
}

/** The words right after a figure that say what it counts ("120 metro stations" → metro stations). */
function unitAfter(text: string, written: string): string | null {
  const at = text.indexOf(written);
  const words: string[] = [];
  for (const word of text
    .slice(at + written.length)
    .trim()
    .split(/\s+/)) {
    const bare = word.replace(/[^\p{L}-]/gu, '');
    if (bare === '' || STOP.test(bare) || words.length === 3) break;
    words.push(bare);
    if (bare !== word) break;
  }
  return words.length > 0 ? words.join(' ') : null;
}

function dateOf(text: string): Record<string, unknown> {
  const match = DATE.exec(text);
  if (!match) return {};
  const [words, preposition, month, year] = match;
  const monthNumber = month ? MONTHS.split('|').findIndex((name) => name.toLowerCase() === month.toLowerCase()) + 1 : 0;
  const date = monthNumber > 0 ? `${year}-${String(monthNumber).padStart(2, '0')}` : year;
  const deadline = /^(?:by|before|until)$/i.test(preposition ?? '');
  return { date, dateBasis: deadline ? 'deadline' : 'stated', dateQuote: words.trim() };
}

/** The entry fields a point states mechanically: quote, figure, date, links. */
export function proposeDraft(source: string, point: { id: string; text: string }, context: DraftContext): Draft {
  const figures = figuresIn(point.text, context.figureNames).filter(
    (figure) => !(figure.qualifier === 'as-stated' && figure.value >= 1900 && figure.value <= 2100 && !figure.ordinal),
  );
  const [figure] = figures;
  const date = dateOf(point.text);
  const anchor = figure?.written ?? (date.dateQuote as string | undefined) ?? '';
  const entry: Record<string, unknown> = {
    title: { zh: null, en: null },
    citations: [{ source, point: point.id, quote: anchor ? clauseWith(point.text, anchor) : point.text.trim() }],
  };
  if (figure) {
    entry.value = figure.value;
    // The indicator's qualifiers; "about" and "at least" have none of their own: the editor's call.
    const qualifier = figure.ordinal ? 'rank' : figure.qualifier;
    entry.qualifier = qualifier === 'about' || qualifier === 'at-least' ? null : qualifier;
    entry.unit = { zh: null, en: unitAfter(point.text, figure.written) };
  }
  Object.assign(entry, date);
  entry.summary = { zh: null, en: null };
  const lower = point.text.toLowerCase();
  const found = context.names.filter(({ names }) =>
    names.some((name) => name.length >= 3 && lower.includes(name.toLowerCase())),
  );
  const related = Object.fromEntries(
    LINK_TARGET_KINDS.map((kind) => [kind, found.filter((link) => link.kind === kind).map((link) => link.id)]).filter(
      ([, ids]) => ids.length > 0,
    ),
  );
  if (Object.keys(related).length > 0) entry.related = related;
  const terms = found.filter((link) => link.kind === 'glossary').map((link) => link.id);
  return { point: point.id, status: 'draft', kind: null, slug: null, entry, terms };
}
