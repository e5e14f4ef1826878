/**
 * The validation stage: reads every input of the site (seeds, source metadata, translations,
 * the curated entries of every kind, the unused-points list, MDX prose), checks each, and
 * returns the content together with *every* problem found, so an editor fixes them all after
 * one run. The build script runs it before Astro (and prints the editorial summary); the
 * content loaders run it too and refuse to load anything while a problem remains.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { parse as parseYamlSafely, YAMLParseError } from 'yaml';
import { LANGUAGES, type Lang } from '../../i18n/index';
import {
  CURATED_KIND_IDS,
  CURATED_KINDS,
  PROSE_DIRECTORY,
  proseFile,
  RESERVED_SLUGS,
  type CuratedKind,
} from '../content/kinds';
import {
  ENTRY_SCHEMAS,
  SLUG,
  sourceMetadata,
  sourceTranslation,
  unusedPoint,
  type Citation,
  type Localized,
  type SourceEntry,
} from '../content/schemas';
import { joinSourcesWithMetadata } from '../content/sources';

import { applyTranslation } from '../content/translations';
import { readCorpus } from '../seeds/corpus';
import { ContentProblemsError, ProblemCollector, SourceInputError } from '../errors';
import {
  avoidedRenderingProblems,
  eventDateProblems,
  indicatorClaimProblems,
  namedEntryOf,
  nameStatusProblems,
  type ChineseText,
} from '../checks/claims';
import { namesToIgnore } from '../text/figures';
import { markedNames } from '../format/provenance';
import { checkProse } from '../checks/prose';
import {
  assertTraceable,
  citationProblem,
  indexSources,
  pointCoverage,
  type PointCoverage,
} from '../checks/provenance';
import { validateEntry } from '../checks/validate';

export const SEEDS_DIRECTORY = 'seeds';
export const SOURCE_METADATA_FILE = 'src/content/sources.yaml';
export const UNUSED_POINTS_FILE = 'src/content/unused-points.yaml';
export const TRANSLATIONS_DIRECTORY = 'src/content/source-translations';

export type EntryData<Kind extends CuratedKind> = z.output<(typeof ENTRY_SCHEMAS)[Kind]>;

export interface CuratedEntry<Kind extends CuratedKind = CuratedKind> {
  kind: Kind;
  /** The file name without `.yaml`: the entry's slug. */
  id: string;
  /** The YAML file, relative to the project root (for "last updated" and messages). */
  file: string;
  data: EntryData<Kind>;
}

export type EntriesByKind = { [Kind in CuratedKind]: CuratedEntry<Kind>[] };

export interface UnusedPoint {
  source: string;
  point: string;
  reason: Localized;
}

export interface ProseFile {
  kind: CuratedKind;
  slug: string;
  lang: Lang;
  file: string;
}

/** Something an editor still has to translate: a source's English title, a heading, a point. */
export interface UntranslatedItem {
  source: string;
  file: string;
  item: string;
}

export interface SiteContent {
  sources: SourceEntry[];
  entries: EntriesByKind;
  unusedPoints: UnusedPoint[];
  prose: ProseFile[];
  coverage: PointCoverage;
  untranslated: UntranslatedItem[];
}

export interface ContentCheck {
  content: SiteContent;
  problems: SourceInputError[];
}

/** An alias (`*name`) where a YAML value can start: curated files have none. */
const YAML_ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m;

/** Reads a YAML file; a syntax error becomes a problem naming the file and line. */
export function readYaml(path: string, display: string): unknown {
  try {
    // YAML 1.2 core schema: dates stay strings, so an impossible date is caught, not rolled over.
    // js-yaml reads the large lists (every source, every unused point) about ten times faster
    // than the `yaml` package, which the project keeps for writing YAML.
    const text = readFileSync(path, 'utf8');
    // js-yaml sets no limit on aliases (an alias bomb expands without end in what reads it), so a
    // file that uses any goes through the `yaml` package, which refuses excessive aliasing.
    if (YAML_ALIAS.test(text)) return parseYamlSafely(text, { schema: 'core', maxAliasCount: 100 });
    return loadYaml(text, { schema: CORE_SCHEMA, filename: display });
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      throw new SourceInputError({
        file: display,
        where: line ? `line ${line}` : undefined,
        problem: `not valid YAML: ${error.reason}`,
        hint: 'fix the YAML syntax (indentation, quotes around text that contains ": ").',
      });
    }
    if (error instanceof YAMLParseError && !/alias/i.test(error.message)) {
      const line = error.linePos?.[0].line;
      throw new SourceInputError({
        file: display,
        where: line ? `line ${line}` : undefined,
        problem: `not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax (indentation, quotes around text that contains ": ").',
      });
    }
    // The parser's other refusals: an alias bomb (aliases expanding past its limit), a file
    // that cannot be read (a directory, no permission).
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SourceInputError({
      file: display,
      problem: /alias/i.test(message)
        ? `its aliases expand too far to be read (${message}).`
        : `cannot be read: ${message}`,
      hint: /alias/i.test(message)
        ? 'write the values out instead of repeating them through YAML aliases (*name).'
        : 'make it a readable YAML file, or remove it.',
    });
  }
}

const yamlFilesIn = (directory: string) =>
  existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];

/**
 * Runs every check on the project at `root`. With `strict`, pending points and missing
 * translations are problems too (the editorial state `npm run build -- --strict` demands).
 */
export function checkSiteContent(root: string, options: { strict?: boolean } = {}): ContentCheck {
  const collector = new ProblemCollector();
  const { report } = collector;

  // Sources: seeds joined with their metadata, then their translations.
  const corpus = readCorpus(join(root, SEEDS_DIRECTORY), root, report);
  const metadataPath = join(root, SOURCE_METADATA_FILE);
  const rawMetadata = existsSync(metadataPath)
    ? collector.attempt(() => readYaml(metadataPath, SOURCE_METADATA_FILE))
    : undefined;
  if (!existsSync(metadataPath)) {
    report(
      new SourceInputError({
        file: SOURCE_METADATA_FILE,
        problem: 'the source metadata file is missing.',
        hint: 'run `npm run add-source -- <seed file>`, which creates it.',
      }),
    );
  } else if (rawMetadata !== undefined && !Array.isArray(rawMetadata)) {
    report(
      new SourceInputError({
        file: SOURCE_METADATA_FILE,
        problem: 'expected a list of documents.',
        hint: 'write one "- slug: …" entry per seed document.',
      }),
    );
  }
  // A metadata entry that is itself invalid is reported once: its document, translation and
  // citations are not reported again as "no metadata" or "unknown source".
  const invalidEntries: { title?: unknown; slug?: unknown }[] = [];
  const metadata = (Array.isArray(rawMetadata) ? rawMetadata : []).flatMap((entry, index) => {
    const valid = collector.attempt(() =>
      validateEntry(sourceMetadata, entry, SOURCE_METADATA_FILE, `entry ${index + 1}`),
    );
    if (!valid && entry && typeof entry === 'object') invalidEntries.push(entry as { title?: unknown; slug?: unknown });
    return valid ? [valid] : [];
  });
  const excusedTitles = new Set(invalidEntries.map((entry) => entry.title).filter((t) => typeof t === 'string'));
  const excusedSlugs = new Set(invalidEntries.map((entry) => entry.slug).filter((t) => typeof t === 'string'));
  const joined = joinSourcesWithMetadata(
    { ...corpus, documents: corpus.documents.filter((document) => !excusedTitles.has(document.title)) },
    metadata,
    SOURCE_METADATA_FILE,
    report,
  );
  if (excusedSlugs.size > 0) {
    const follows = (error: SourceInputError) =>
      [...excusedSlugs].some(
        (slug) => error.message.includes(`unknown source "${slug}"`) || error.message.includes(`slug "${slug}".`),
      );
    collector.ignoreConsequences(follows);
  }
  // Citations quote the English points, so entries are checked before translations are applied.
  const sourceIndex = indexSources(joined);

  // Curated entries of every kind, each citation checked against its source point.
  const entries = {} as EntriesByKind;
  for (const kind of CURATED_KIND_IDS) {
    const { directory } = CURATED_KINDS[kind];
    const schema = ENTRY_SCHEMAS[kind];
    const list: CuratedEntry[] = [];
    for (const name of yamlFilesIn(join(root, directory))) {
      const file = `${directory}/${name}`;
      const id = name.replace(/\.yaml$/, '');
      if (!SLUG.test(id)) {
        report(
          new SourceInputError({
            file,
            problem: `"${id}" cannot be a URL slug.`,
            hint: 'name entry files in lowercase ASCII words joined by "-", e.g. fourth-embassy-district.yaml.',
          }),
        );
        continue;
      }
      if (RESERVED_SLUGS.includes(id)) {
        report(
          new SourceInputError({
            file,
            problem: `"${id}" is where list groups live (/{lang}/${CURATED_KINDS[kind].section}/${id}/…), so it cannot be an entry's slug.`,
            hint: 'rename the file to another slug (and list the old URL in urls/renames.json if it was published).',
          }),
        );
        continue;
      }
      const data = collector.attempt(() => validateEntry(schema, readYaml(join(root, file), file), file));
      if (data === undefined) continue;
      assertTraceable(file, data.citations, sourceIndex, report);
      // A place's location is a fact like any other: its quote must stand in the point it cites.
      const location = 'location' in data ? (data.location as { citation: Citation } | undefined) : undefined;
      if (location) {
        const found = citationProblem(location.citation, sourceIndex);
        if (found) report(new SourceInputError({ file, where: 'location.citation', ...found }));
      }
      list.push({ kind, id, file, data });
    }
    (entries as Record<CuratedKind, CuratedEntry[]>)[kind] = list;
  }
  checkReferences(entries, report);
  checkAliases(entries, report);

  // Translations: no figure or qualifier their English point lacks (names with numbers aside).
  const names = namesToIgnore(entries.glossary.map((entry) => entry.data));
  const sources = withTranslations(root, joined, collector, names);
  for (const source of sources) {
    if (RESERVED_SLUGS.includes(source.slug)) {
      report(
        new SourceInputError({
          file: SOURCE_METADATA_FILE,
          where: `slug ${source.slug}`,
          problem: `"${source.slug}" is where the source list's groups live, so it cannot be a source's slug.`,
          hint: 'give the document another slug (and list the old URL in urls/renames.json if it was published).',
        }),
      );
    }
  }
  checkClaims(entries, sources, names, report);

  // Points set aside, each with a reason.
  const unusedPoints: UnusedPoint[] = [];
  const unusedPath = join(root, UNUSED_POINTS_FILE);
  const rawUnused = existsSync(unusedPath)
    ? (collector.attempt(() => readYaml(unusedPath, UNUSED_POINTS_FILE)) ?? [])
    : [];
  (Array.isArray(rawUnused) ? rawUnused : []).forEach((raw, index) => {
    const where = `entry ${index + 1}`;
    const entry = collector.attempt(() => validateEntry(unusedPoint, raw, UNUSED_POINTS_FILE, where));
    if (!entry) return;
    // A listed point must exist: the empty quote makes this a check of source and id only.
    const found = citationProblem({ source: entry.source, point: entry.point, quote: '' }, sourceIndex);
    if (found) report(new SourceInputError({ file: UNUSED_POINTS_FILE, where, ...found }));
    else unusedPoints.push(entry);
  });

  const prose = checkProseFiles(root, entries, collector, names);
  avoidedRenderingProblems(entries.glossary, chineseTexts(root, sources, entries, prose), report);

  const coverage = pointCoverage(
    sources,
    CURATED_KIND_IDS.flatMap((kind) =>
      entries[kind].flatMap((entry) => entry.data.citations.map(({ source, point }) => ({ source, point }))),
    ),
    unusedPoints,
  );
  for (const { source, point } of coverage.citedButListedUnused) {
    report(
      new SourceInputError({
        file: UNUSED_POINTS_FILE,
        where: `${source} ${point}`,
        problem: 'listed as unused but cited by an entry.',
        hint: 'remove the point from the unused list.',
      }),
    );
  }
  const untranslated = untranslatedItems(sources);
  if (options.strict) {
    for (const { source, point } of coverage.pending) {
      report(
        new SourceInputError({
          file: seedFileOf(sources, source),
          where: `${source} ${point}`,
          problem: 'point pending: neither cited by an entry nor listed as unused.',
          hint: `cite it from an entry in src/content/<kind>/, or list it with a reason in ${UNUSED_POINTS_FILE}.`,
        }),
      );
    }
    for (const item of untranslated) {
      report(
        new SourceInputError({
          file: item.file,
          where: item.item,
          problem: `not translated yet (source "${item.source}").`,
          hint:
            item.item === 'titleEn'
              ? `write the site's English title as titleEn in ${SOURCE_METADATA_FILE}.`
              : 'write the Chinese translation in this file.',
        }),
      );
    }
  }

  return {
    content: { sources, entries, unusedPoints, prose, coverage, untranslated },
    problems: collector.problems,
  };
}

/** Runs the stage and throws one error listing every problem, if there is any. */
export function loadSiteContent(root: string, options: { strict?: boolean } = {}): SiteContent {
  const { content, problems } = checkSiteContent(root, options);
  if (problems.length > 0) throw new ContentProblemsError(problems);
  return content;
}

function seedFileOf(sources: SourceEntry[], slug: string): string {
  return sources.find((source) => source.slug === slug)?.seedFile ?? SEEDS_DIRECTORY;
}

/** Adds `src/content/source-translations/<slug>.yaml` to each source; a file for no source is an error. */
function withTranslations(
  root: string,
  sources: SourceEntry[],
  collector: ProblemCollector,
  names: readonly string[],
): SourceEntry[] {
  const directory = join(root, TRANSLATIONS_DIRECTORY);
  const files = new Set(yamlFilesIn(directory));
  const slugs = new Set(sources.map((source) => source.slug));
  for (const name of files) {
    const slug = name.replace(/\.yaml$/, '');
    if (!slugs.has(slug)) {
      collector.report(
        new SourceInputError({
          file: `${TRANSLATIONS_DIRECTORY}/${name}`,
          problem: `no source has the slug "${slug}".`,
          hint: 'name a translation file after its source slug (rename it when you change a slug).',
        }),
      );
    }
  }
  return sources.map((source) => {
    const name = `${source.slug}.yaml`;
    if (!files.has(name)) return source;
    const file = `${TRANSLATIONS_DIRECTORY}/${name}`;
    const translation = collector.attempt(() =>
      validateEntry(sourceTranslation, readYaml(join(directory, name), file) ?? {}, file),
    );
    return translation ? applyTranslation(source, translation, file, collector.report, names) : source;
  });
}

/** What is still untranslated, source by source: English title, Chinese headings and points. */
export function untranslatedItems(sources: readonly SourceEntry[]): UntranslatedItem[] {
  const items: UntranslatedItem[] = [];
  for (const source of sources) {
    if (source.titleEn === null) items.push({ source: source.slug, file: SOURCE_METADATA_FILE, item: 'titleEn' });
    const file = `${TRANSLATIONS_DIRECTORY}/${source.slug}.yaml`;
    for (const section of source.sections) {
      if (section.heading !== null && section.headingZh === null) {
        items.push({ source: source.slug, file, item: `headings.${section.id}` });
      }
      for (const point of section.points) {
        if (point.zh === null) items.push({ source: source.slug, file, item: `points.${point.id}` });
      }
    }
  }
  return items;
}

/** Every link from one entry to another (related, comparison, glossary page) must land. */
function checkReferences(entries: EntriesByKind, report: (error: SourceInputError) => void): void {
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
        hint: `name a file of ${CURATED_KINDS[kind].directory}/ (without .yaml), or remove the link.`,
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

/**
 * Prose is optional for every kind, but where an entry has it, it has it in both languages,
 * and each file passes the prose rules (cited paragraphs, no typed figures, known ids).
 */
function checkProseFiles(
  root: string,
  entries: EntriesByKind,
  collector: ProblemCollector,
  names: readonly string[],
): ProseFile[] {
  const base = join(root, PROSE_DIRECTORY);
  if (!existsSync(base)) return [];
  const found: ProseFile[] = [];
  const figureIds = new Set(entries.indicators.map((entry) => entry.id));
  const termIds = new Set(entries.glossary.map((entry) => entry.id));
  const marked = markedNames([
    ...entries.places.map(({ data }) => ({ title: data.title, status: data.nameStatus })),
    ...entries.glossary.map(({ data }) => ({ title: data.title, status: data.status })),
  ]).map((name) => name.zh);
  const figureClaims = new Map(
    entries.indicators.map((entry) => [entry.id, { value: entry.data.value, statedAs: entry.data.statedAs?.en }]),
  );
  const problem = (file: string, text: string, hint: string) =>
    collector.report(new SourceInputError({ file, problem: text, hint }));
  for (const kindName of readdirSync(base).sort()) {
    const kindFolder = `${PROSE_DIRECTORY}/${kindName}`;
    if (!statSync(join(root, kindFolder)).isDirectory()) continue;
    if (!(CURATED_KIND_IDS as string[]).includes(kindName)) {
      problem(kindFolder, `"${kindName}" is not a kind of entry.`, `use one of: ${CURATED_KIND_IDS.join(', ')}.`);
      continue;
    }
    const kind = kindName as CuratedKind;
    const byId = new Map(entries[kind].map((entry) => [entry.id, entry]));
    for (const slug of readdirSync(join(root, kindFolder)).sort()) {
      const folder = `${kindFolder}/${slug}`;
      if (!statSync(join(root, folder)).isDirectory()) continue;
      const entry = byId.get(slug);
      if (!entry) {
        problem(
          folder,
          `there is no ${kind} entry "${slug}" (${CURATED_KINDS[kind].directory}/${slug}.yaml).`,
          'name the prose folder after an entry file.',
        );
        continue;
      }
      const present = LANGUAGES.filter((lang) => existsSync(join(root, proseFile(kind, slug, lang))));
      for (const lang of LANGUAGES.filter((lang) => !present.includes(lang))) {
        problem(
          proseFile(kind, slug, lang),
          `missing: the entry has prose in ${present.join(', ')} but not in ${lang}.`,
          'write the prose in both languages (or in neither).',
        );
      }
      for (const lang of present) {
        const file = proseFile(kind, slug, lang);
        checkProse(
          readFileSync(join(root, file), 'utf8'),
          file,
          {
            citationCount: entry.data.citations.length,
            figureIds,
            termIds,
            citations: entry.data.citations,
            figures: figureClaims,
            names,
            markedNames: marked,
          },
          collector.report,
        );
        found.push({ kind, slug, lang, file });
      }
    }
  }
  return found;
}

/** Quotes support claims: indicators, event dates and name statuses (src/lib/checks/claims.ts). */
function checkClaims(
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

/** Every Chinese text the site writes itself: translations, entries' names and summaries, prose. */
function chineseTexts(
  root: string,
  sources: readonly SourceEntry[],
  entries: EntriesByKind,
  prose: readonly ProseFile[],
): ChineseText[] {
  const texts: ChineseText[] = [];
  for (const source of sources) {
    const file = `${TRANSLATIONS_DIRECTORY}/${source.slug}.yaml`;
    for (const section of source.sections) {
      if (section.headingZh) texts.push({ file, where: `headings.${section.id}`, text: section.headingZh });
      for (const point of section.points) {
        if (point.zh) texts.push({ file, where: `points.${point.id}`, text: point.zh });
      }
    }
  }
  for (const kind of CURATED_KIND_IDS) {
    for (const entry of entries[kind]) {
      texts.push({ file: entry.file, where: 'title.zh', text: entry.data.title.zh });
      if ('summary' in entry.data) texts.push({ file: entry.file, where: 'summary.zh', text: entry.data.summary.zh });
    }
  }
  for (const file of prose.filter((item) => item.lang === 'zh')) {
    texts.push({ file: file.file, where: 'prose', text: readFileSync(join(root, file.file), 'utf8') });
  }
  return texts;
}

/** One line per fact an editor wants after a build: documents, points, what is left to curate. */
export function editorialSummary(content: SiteContent): string[] {
  const { coverage, sources, untranslated } = content;
  const lines = [
    `[content] ${sources.length} document(s), ${coverage.total} point(s): ${coverage.cited.length} cited, ` +
      `${coverage.listedUnused.length} not used (with a reason), ${coverage.pending.length} pending.`,
  ];
  if (coverage.pending.length > 0) {
    lines.push(
      `[content] pending (published, labelled "not yet curated"): ` +
        coverage.pending.map(({ source, point }) => `${source}#${point}`).join(', '),
    );
  }
  if (untranslated.length > 0) {
    const bySource = new Map<string, string[]>();
    for (const item of untranslated) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item.item]);
    lines.push(
      `[content] untranslated: ` +
        [...bySource].map(([source, items]) => `${source} (${items.length}: ${items.join(', ')})`).join('; '),
    );
  }
  if (coverage.pending.length > 0 || untranslated.length > 0) {
    lines.push('[content] `npm run build -- --strict` fails until these are curated (docs/adding-a-source.md).');
  }
  return lines;
}
