/**
 * Quotes must support what they are attached to. The provenance checks make sure a quote is
 * verbatim; these make sure it says what the entry claims, wherever that can be checked
 * mechanically: an indicator's value and qualifier occur in one of its quotes, a period or
 * date has the provenance it claims, names keep one status, and renderings the glossary rules
 * out appear in no Chinese text.
 */
import { SourceInputError, type ReportProblem } from '../errors';
import { figuresIn, type FoundFigure } from '../text/figures';
import type { Citation, DateBasis, GlossaryTerm, Indicator, Place, TimelineEvent } from '../content/schemas';

interface Dated {
  slug: string;
  published: string | null;
}

const QUALIFIER_OF: Record<Indicator['qualifier'], FoundFigure['qualifier'] | 'rank'> = {
  'as-stated': 'as-stated',
  over: 'over',
  nearly: 'nearly',
  rank: 'rank',
};

/** True when `words` stand in one of the quotes (case and straight/curly quotes aside). */
function inSomeQuote(words: string, citations: readonly Citation[]): boolean {
  const fold = (text: string) => text.normalize('NFKC').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").toLowerCase();
  return citations.some((citation) => fold(citation.quote).includes(fold(words)));
}

/** An indicator's value, qualifier, words, period and comparison against its own quotes. */
export function indicatorClaimProblems(
  data: Indicator,
  sources: ReadonlyMap<string, Dated>,
  names: readonly string[] = [],
): { where: string; problem: string; hint: string }[] {
  const problems: { where: string; problem: string; hint: string }[] = [];
  const quotes = data.citations.map((citation) => citation.quote);
  if (data.value !== undefined) {
    const occurrences = quotes.flatMap((quote) => figuresIn(quote, names)).filter((f) => f.value === data.value);
    if (occurrences.length === 0) {
      problems.push({
        where: 'value',
        problem: `the value ${data.value} occurs in none of the entry's quotes.`,
        hint: 'quote the words that state the number (e.g. "increased to 127"), or correct the value.',
      });
    } else {
      const wanted = QUALIFIER_OF[data.qualifier];
      const matches = occurrences.some((found) =>
        wanted === 'rank' ? found.ordinal : !found.ordinal && found.qualifier === wanted,
      );
      if (!matches) {
        const given = occurrences.map((found) => (found.ordinal ? 'rank' : found.qualifier));
        problems.push({
          where: 'qualifier',
          problem: `the qualifier is "${data.qualifier}" but the quotes give the value as ${[...new Set(given)].join(' / ')}.`,
          hint: 'set `qualifier` to what the quote says ("over 35,000" → over, "6th" → rank, a plain number → as-stated).',
        });
      }
    }
  }
  if (data.statedAs && !inSomeQuote(data.statedAs.en, data.citations)) {
    problems.push({
      where: 'statedAs.en',
      problem: `"${data.statedAs.en}" occurs in none of the entry's quotes.`,
      hint: "statedAs repeats the source's own words: quote them.",
    });
  }
  if (data.comparison && !inSomeQuote(data.comparison.quote, data.citations)) {
    problems.push({
      where: 'comparison.quote',
      problem: `"${data.comparison.quote}" occurs in none of the entry's quotes.`,
      hint: 'a comparison is a claim: quote the words that state it.',
    });
  }
  problems.push(...periodProblems(data.period, data.citations, sources));
  return problems;
}

/** A text's words for comparison: NFKC, lower case, letters and digits only, single spaces. */
function wordsOf(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function periodProblems(
  period: Indicator['period'],
  citations: readonly Citation[],
  sources: ReadonlyMap<string, Dated>,
): { where: string; problem: string; hint: string }[] {
  const problems: { where: string; problem: string; hint: string }[] = [];
  const add = (where: string, problem: string, hint: string) => problems.push({ where, problem, hint });
  const needsText = period.basis === 'stated' || period.basis === 'site';
  if (needsText && !period.text)
    add('period.text', `a "${period.basis}" period needs its text.`, 'write period.text in zh and en.');
  if (!needsText && period.text) {
    add(
      'period.text',
      `a "${period.basis}" period is worded by the site, not the entry.`,
      'remove period.text: the page shows "as of the report of (date)" or "not stated".',
    );
  }
  if (period.basis === 'stated') {
    if (!period.quote) add('period.quote', 'a stated period needs the quote that states it.', 'add period.quote.');
    else if (!inSomeQuote(period.quote, citations)) {
      add(
        'period.quote',
        `"${period.quote}" occurs in none of the entry's quotes.`,
        'cite the words that state the period, or use basis: site (the site’s reading) with a reason.',
      );
    } else if (period.text && !wordsOf(period.quote).includes(wordsOf(period.text.en))) {
      // "Stated" is a claim that the source says it: the period shown must be the quote's own words.
      add(
        'period.text.en',
        `the period "${period.text.en}" is not what the quote "${period.quote}" says: a stated period is the source's own words.`,
        `write period.text as the quote words it ("${period.quote}"), or use basis: site (the site’s reading) with a reason.`,
      );
    }
  } else if (period.quote) {
    add('period.quote', `a "${period.basis}" period has no quote.`, 'remove period.quote, or use basis: stated.');
  }
  problems.push(...periodBoundProblems(period));
  if (period.basis === 'site' && !period.reason) {
    add('period.reason', "the site's reading of a period needs its reason.", 'add period.reason in zh and en.');
  }
  const dated = citations.some((citation) => sources.get(citation.source)?.published);
  if (period.basis === 'as-of-report' && !dated) {
    add(
      'period.basis',
      'none of the documents the entry cites has a date, so there is no "as of the report" date.',
      'use basis: not-stated.',
    );
  }
  return problems;
}

/**
 * The machine-readable start and end of a period (the data files' period_start, period_end):
 * only for a period the source states, each year in its quote, or one the site reads (marked so
 * by period_basis); never for a period the source leaves unstated.
 */
function periodBoundProblems(period: Indicator['period']): { where: string; problem: string; hint: string }[] {
  const problems: { where: string; problem: string; hint: string }[] = [];
  for (const bound of ['start', 'end'] as const) {
    const value = period[bound];
    if (value === undefined) continue;
    const where = ({ start: 'period.start', end: 'period.end' } as const)[bound];
    if (period.basis !== 'stated' && period.basis !== 'site') {
      problems.push({
        where,
        problem: `a "${period.basis}" period has no ${bound}: the source states no period.`,
        hint: `remove ${where}, or use basis: stated (with the quote) or site (the site's reading).`,
      });
    } else if (period.basis === 'stated' && !wordsOf(period.quote ?? '').includes(` ${value.slice(0, 4)} `)) {
      problems.push({
        where,
        problem: `the year of ${bound} ${value} is not in the period's quote "${period.quote ?? ''}".`,
        hint: `write the ${bound} the quote states, or use basis: site (the site's reading) with a reason.`,
      });
    }
  }
  if (
    period.start &&
    period.end &&
    period.end.slice(0, period.start.length) < period.start.slice(0, period.end.length)
  ) {
    problems.push({
      where: 'period.end',
      problem: `the period ends (${period.end}) before it starts (${period.start}).`,
      hint: 'swap period.start and period.end.',
    });
  }
  return problems;
}

/** An event's date against its stated basis. */
export function eventDateProblems(
  data: TimelineEvent,
  sources: ReadonlyMap<string, Dated>,
): { where: string; problem: string; hint: string }[] {
  const problems: { where: string; problem: string; hint: string }[] = [];
  const needsQuote: DateBasis[] = ['stated', 'deadline', 'from-name'];
  const year = Number(data.date.slice(0, 4));
  if (needsQuote.includes(data.dateBasis)) {
    if (!data.dateQuote) {
      problems.push({
        where: 'dateQuote',
        problem: `a "${data.dateBasis}" date needs the source's words that give it.`,
        hint: 'add dateQuote (e.g. "by March 2025"), standing in one of the entry’s quotes.',
      });
    } else if (!inSomeQuote(data.dateQuote, data.citations)) {
      problems.push({
        where: 'dateQuote',
        problem: `"${data.dateQuote}" occurs in none of the entry's quotes.`,
        hint: 'quote the words that give the date.',
      });
    } else if (!figuresIn(data.dateQuote).some((figure) => figure.value === year)) {
      problems.push({
        where: 'date',
        problem: `the year ${year} is not in "${data.dateQuote}".`,
        hint: 'the date must be the one the quote gives.',
      });
    }
  } else if (data.dateQuote) {
    problems.push({
      where: 'dateQuote',
      problem: `a "${data.dateBasis}" date has no quote.`,
      hint: 'remove dateQuote, or change dateBasis.',
    });
  }
  if (data.dateBasis === 'report-date') {
    const dates = data.citations.map((citation) => sources.get(citation.source)?.published).filter(Boolean);
    if (!dates.includes(data.date) || data.endDate) {
      problems.push({
        where: 'date',
        problem: `a report-date must be the publication date of a cited document (${dates.join(', ') || 'none has one'}).`,
        hint: 'copy the date from the document’s byline, or change dateBasis.',
      });
    }
  }
  if (data.dateBasis === 'site' && data.notes.length === 0) {
    problems.push({
      where: 'notes',
      problem: 'a date added by the site needs an editor’s note saying where it comes from.',
      hint: 'add a note saying the sources give no years and the dates are the site’s own dating (assert nothing the sources do not say).',
    });
  }
  return problems;
}

export interface NamedEntry {
  file: string;
  zh: string;
  en: string;
  status: 'certain' | 'identified' | 'translated';
}

/** A name shown in two entries (a place and a glossary term) has one status. */
export function nameStatusProblems(names: readonly NamedEntry[], report: ReportProblem): void {
  const byZh = new Map<string, NamedEntry>();
  for (const name of names) {
    const seen = byZh.get(name.zh);
    if (seen && seen.status !== name.status) {
      report(
        new SourceInputError({
          file: name.file,
          where: 'status',
          problem: `the name ${name.zh} is "${name.status}" here but "${seen.status}" in ${seen.file}.`,
          hint: 'a name has one status wherever it appears (GLOSSARY: certain, identified or translated).',
        }),
      );
    }
    if (!seen) byZh.set(name.zh, name);
  }
}

export interface ChineseText {
  file: string;
  where: string;
  text: string;
}

/** Reports every Chinese text that uses a rendering a glossary term rules out. */
export function avoidedRenderingProblems(
  terms: readonly { file: string; data: GlossaryTerm }[],
  texts: readonly ChineseText[],
  report: ReportProblem,
): void {
  for (const { file: termFile, data } of terms) {
    for (const avoided of data.avoid) {
      for (const text of texts) {
        if (!text.text.includes(avoided.zh)) continue;
        report(
          new SourceInputError({
            file: text.file,
            where: text.where,
            problem: `"${avoided.zh}" renders “${data.sourceWording}”, which the source does not support: ${avoided.reason.en}`,
            hint: `write ${data.title.zh} (see ${termFile}).`,
          }),
        );
      }
    }
  }
}

/**
 * A place the site identifies is titled by the name it identified, in both languages, with the
 * source's own wording beside it. A place whose English title is the source's wording has not
 * been identified as anything: its Chinese name is a translation of those words (`translated`).
 */
export function identifiedPlaceProblems(data: Place): { where: string; problem: string; hint: string }[] {
  if (data.nameStatus !== 'identified') return [];
  const fold = (text: string) => wordsOf(text.replace(/^the\s+/i, ''));
  if (data.sourceWording && fold(data.sourceWording) !== fold(data.title.en)) return [];
  return [
    {
      where: 'nameStatus',
      problem: data.sourceWording
        ? `the place is "identified" but its English title "${data.title.en}" is the source's own wording.`
        : 'the place is "identified" but gives no sourceWording: a reader cannot see what the source writes.',
      hint: 'title the place by the name the site identified (both languages) with sourceWording the source’s words, or set nameStatus: translated (and the glossary term’s status) when the Chinese name only translates the source’s words.',
    },
  ];
}

/** The statuses of a place's or term's name, for the status check and the name marks. */
export function namedEntryOf(file: string, data: Place | GlossaryTerm): NamedEntry {
  const status = 'status' in data ? data.status : data.nameStatus;
  return { file, zh: data.title.zh, en: data.title.en, status };
}
