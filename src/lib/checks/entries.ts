/**
 * Checks across the curated entries once they are read: links between entries land, aliases are
 * names (not another entry's title, no figures), and quotes support the claims made beside them.
 */
import { LANGUAGES } from '../../i18n/index';
import { CURATED_KIND_IDS, CURATED_KINDS, type CuratedKind } from '../content/kinds';
import type { CuratedEntry, EntriesByKind } from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { SourceInputError } from '../errors';
import { eventDateProblems, indicatorClaimProblems, namedEntryOf, nameStatusProblems } from './claims';

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

/**
 * An alias that is another entry's title (in either language) would send readers who type that
 * title to the wrong entry: it is refused, naming the file, the alias and the entry it names.
 * Aliases carry no figures: a number in an alias must be a number of the entry's own title
 * (500强 for 《财富》世界500强, "13th FYP" for the 13th Five-Year Plan).
 */
export function checkAliases(entries: EntriesByKind, report: (error: SourceInputError) => void): void {
  const all = CURATED_KIND_IDS.flatMap((kind) => entries[kind] as CuratedEntry[]);
  const titles = new Map<string, CuratedEntry[]>();
  for (const entry of all) {
    for (const lang of LANGUAGES) {
      const key = nameKey(entry.data.title[lang]);
      const holders = titles.get(key) ?? [];
      if (!holders.includes(entry)) titles.set(key, [...holders, entry]);
    }
  }
  const numbers = (text: string) => text.normalize('NFKC').match(/\d+/gu) ?? [];
  for (const entry of all) {
    const titleNumbers = new Set(LANGUAGES.flatMap((lang) => numbers(entry.data.title[lang])));
    for (const lang of LANGUAGES) {
      entry.data.aliases[lang].forEach((alias, index) => {
        const figure = numbers(alias).find((number) => !titleNumbers.has(number));
        if (figure !== undefined) {
          report(
            new SourceInputError({
              file: entry.file,
              where: `aliases.${lang}[${index}]`,
              problem: `the alias "${alias}" has the number ${figure}, which the entry's title does not: aliases carry no figures.`,
              hint: 'write numbers in the registry (value) or in the title; keep aliases to names, abbreviations and spellings.',
            }),
          );
        }
        const others = (titles.get(nameKey(alias)) ?? []).filter((other) => other !== entry);
        if (others.length === 0) return;
        report(
          new SourceInputError({
            file: entry.file,
            where: `aliases.${lang}[${index}]`,
            problem: `the alias "${alias}" is the title of ${others.map((other) => other.file).join(' and ')}.`,
            hint: 'remove the alias, or make it say something that title does not (readers typing that title want that entry).',
          }),
        );
      });
    }
  }
}

/** Quotes support claims: indicators, event dates and name statuses (src/lib/checks/claims.ts). */
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
  nameStatusProblems(
    [...entries.glossary, ...entries.places].map((entry) => namedEntryOf(entry.file, entry.data)),
    report,
  );
}
