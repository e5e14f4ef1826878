/**
 * Checks across the curated entries once they are read: links between entries land, other names
 * and search terms are not another entry's title and carry no figures, and quotes support the claims made beside them.
 */
import { LANGUAGES } from '../../i18n/index';
import { CURATED_KIND_IDS, CURATED_KINDS, type CuratedKind } from '../content/kinds';
import { planLinkProblems } from './plan-links';
import { SOURCE_METADATA_FILE, type CuratedEntry, type EntriesByKind, type ProseFile } from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { SourceInputError } from '../errors';
import { figuresIn } from '../text/figures';
import {
  eventDateProblems,
  identifiedPlaceProblems,
  indicatorClaimProblems,
  namedEntryOf,
  nameStatusProblems,
} from './claims';
import { manySourcesProblems, noteAttributionProblems, type EntryText } from './notes';

/** A prose file with its text, as the validation stage read it. */
export type ProseText = ProseFile & { text: string };

/** Every link from one entry to another (related, comparison, glossary page) must land. */
export function checkReferences(entries: EntriesByKind, report: (error: SourceInputError) => void): void {
  const ids = Object.fromEntries(
    CURATED_KIND_IDS.map((kind) => [kind, new Set(entries[kind].map((entry) => entry.id))]),
  ) as Record<CuratedKind, Set<string>>;
  const check = (file: string, field: string, kind: CuratedKind, id: string) => {
    if (ids[kind].has(id)) return;
    report(
      new SourceInputError({
        file,
        where: field,
        problem: `no ${kind} entry "${id}".`,
        hint:
          `create it with \`npm run new -- ${kind} ${id}\` (${CURATED_KINDS[kind].directory}/${id}.yaml), ` +
          'name another file there (without .yaml), or remove the link.',
      }),
    );
  };
  for (const kind of CURATED_KIND_IDS) {
    for (const entry of entries[kind]) {
      for (const [target, list] of Object.entries(entry.data.related) as [CuratedKind, string[]][]) {
        for (const id of list) check(entry.file, `related.${target}`, target, id);
      }
    }
  }
  for (const entry of entries.indicators) {
    const of = entry.data.comparison?.of;
    if (of) check(entry.file, 'comparison.of', 'indicators', of);
  }
  for (const entry of entries.glossary) {
    const page = entry.data.page;
    if (page) check(entry.file, 'page', page.kind, page.id);
  }
}

/**
 * How a name is compared with another: NFKC, lower case, without spaces, punctuation or
 * symbols, so that “十四五”规划 and 十四五规划, or "R&D Center" and "r d center", are one name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

/** Every other name and search term of an entry, with where it stands in its file. */
function namesAndTermsOf(entry: CuratedEntry): { text: string; where: string; status?: string }[] {
  return LANGUAGES.flatMap((lang) => [
    ...entry.data.names[lang].map(({ name, status }, index) => ({
      text: name,
      where: `names.${lang}[${index}]`,
      status,
    })),
    ...entry.data.searchTerms[lang].map((term, index) => ({ text: term, where: `searchTerms.${lang}[${index}]` })),
  ]);
}

/**
 * Other names and search terms are checked alike. One that is another entry's title (in either
 * language) would send readers who type that title to the wrong entry. They carry no figures:
 * a number in one must be a number of the entry's own title (500强 for 《财富》世界500强, "13th FYP"
 * for the 13th Five-Year Plan), read by the figure reader every other text goes through. A name
 * the entry says the source writes must stand in one of its quotes.
 */
export function checkNamesAndTerms(entries: EntriesByKind, report: (error: SourceInputError) => void): void {
  const all = CURATED_KIND_IDS.flatMap((kind) => entries[kind] as CuratedEntry[]);
  const titles = new Map<string, CuratedEntry[]>();
  for (const entry of all) {
    for (const lang of LANGUAGES) {
      const key = nameKey(entry.data.title[lang]);
      const holders = titles.get(key) ?? [];
      if (!holders.includes(entry)) titles.set(key, [...holders, entry]);
    }
  }
  // The figure reader of every other text (digits of any script, Chinese numerals); a rank in
  // words (第一, like "first") is a name's part, a rank in digits ("1st") a figure.
  const figures = (text: string) =>
    figuresIn(text)
      .filter((found) => !found.ordinal || /\p{Nd}/u.test(found.written))
      .map((found) => found.value);
  for (const entry of all) {
    const titleFigures = new Set(LANGUAGES.flatMap((lang) => figures(entry.data.title[lang])));
    const problem = (where: string, text: string, hint: string) =>
      report(new SourceInputError({ file: entry.file, where, problem: text, hint }));
    for (const { text, where, status } of namesAndTermsOf(entry)) {
      const figure = figures(text).find((value) => !titleFigures.has(value));
      if (figure !== undefined) {
        problem(
          where,
          `"${text}" has the number ${figure}, which the entry's title does not: other names and search terms carry no figures.`,
          'write numbers in the registry (value) or in the title; keep names and search terms to words, abbreviations and spellings.',
        );
      }
      const others = (titles.get(nameKey(text)) ?? []).filter((other) => other !== entry);
      if (others.length > 0) {
        problem(
          where,
          `"${text}" is the title of ${others.map((other) => other.file).join(' and ')}.`,
          'remove it, or make it say something that title does not (readers typing that title want that entry).',
        );
      }
      const quoted = entry.data.citations.some((citation) => nameKey(citation.quote).includes(nameKey(text)));
      if (status === 'source' && !quoted) {
        problem(
          where,
          `the name "${text}" is said to be the source's, but none of the entry's quotes has it.`,
          "cite the words where the source writes the name, or give it the status identified or translated (the site's).",
        );
      }
    }
  }
}

/** Quotes support claims: indicators, event dates, identified places, editor's notes and name statuses (src/lib/checks/claims.ts). */
export function checkClaims(
  entries: EntriesByKind,
  sources: readonly SourceEntry[],
  names: readonly string[],
  report: (error: SourceInputError) => void,
): void {
  const bySlug = new Map(sources.map((source) => [source.slug, source]));
  for (const entry of entries.indicators) {
    for (const found of indicatorClaimProblems(entry.data, bySlug, names)) {
      report(new SourceInputError({ file: entry.file, ...found }));
    }
  }
  for (const entry of entries.events) {
    for (const found of eventDateProblems(entry.data, bySlug)) {
      report(new SourceInputError({ file: entry.file, ...found }));
    }
  }
  for (const { file, ...found } of planLinkProblems(entries)) report(new SourceInputError({ file, ...found }));
  for (const entry of entries.places) {
    for (const found of identifiedPlaceProblems(entry.data)) {
      report(new SourceInputError({ file: entry.file, ...found }));
    }
  }
  noteAttributionProblems(
    [
      ...CURATED_KIND_IDS.flatMap((kind) =>
        entries[kind].map((entry) => ({ file: entry.file, where: 'notes', notes: entry.data.notes })),
      ),
      ...sources.map((source) => ({
        file: SOURCE_METADATA_FILE,
        where: `[${source.slug}].notes`,
        notes: source.notes,
      })),
    ],
    report,
  );
  nameStatusProblems(
    [...entries.glossary, ...entries.places].map((entry) => namedEntryOf(entry.file, entry.data)),
    report,
  );
}

/** The site's own texts of each entry (summary, notes, prose), with the documents it cites. */
export function entryTexts(entries: EntriesByKind, prose: readonly ProseText[]): EntryText[] {
  const texts: EntryText[] = [];
  const documentsOf = new Map<string, string[]>();
  for (const kind of CURATED_KIND_IDS) {
    for (const entry of entries[kind]) {
      const documents = [...new Set(entry.data.citations.map((citation) => citation.source))];
      documentsOf.set(`${kind}/${entry.id}`, documents);
      for (const lang of LANGUAGES) {
        if ('summary' in entry.data) {
          texts.push({ file: entry.file, where: `summary.${lang}`, lang, text: entry.data.summary[lang], documents });
        }
        entry.data.notes.forEach((note, index) =>
          texts.push({ file: entry.file, where: `notes.${index}.${lang}`, lang, text: note[lang], documents }),
        );
      }
    }
  }
  for (const { kind, slug, lang, file, text } of prose) {
    texts.push({ file, where: 'prose', lang, text, documents: documentsOf.get(`${kind}/${slug}`) ?? [] });
  }
  return texts;
}

/** Words for several sources only where an entry cites several (src/lib/checks/notes.ts). */
export function checkSourceCounts(
  entries: EntriesByKind,
  prose: readonly ProseText[],
  report: (error: SourceInputError) => void,
): void {
  manySourcesProblems(entryTexts(entries, prose), report);
}
