/** The curated MDX prose of entries, and every Chinese text the site writes itself. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../../i18n/index';
import { CURATED_KIND_IDS, CURATED_KINDS, PROSE_DIRECTORY, proseFile, type CuratedKind } from '../content/kinds';
import { TRANSLATIONS_DIRECTORY, type EntriesByKind, type ProseFile } from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { ProblemCollector, SourceInputError } from '../errors';
import type { ChineseText } from '../checks/claims';
import type { ProseText } from '../checks/entries';
import { checkProse, type ProseContext } from '../checks/prose';
import { checkProseInput } from '../checks/prose-input';
import { markedNamesOf } from '../format/provenance';
import { acceptableName } from './yaml';

/** What every prose file is checked against: the entries it may name and the names it may not type. */
function proseRules(entries: EntriesByKind, names: readonly string[]): Omit<ProseContext, 'citationCount'> {
  return {
    figureIds: new Set(entries.indicators.map((entry) => entry.id)),
    termIds: new Set(entries.glossary.map((entry) => entry.id)),
    figures: new Map(
      entries.indicators.map((entry) => [entry.id, { value: entry.data.value, statedAs: entry.data.statedAs?.en }]),
    ),
    names,
    markedNames: markedNamesOf(entries).map((name) => name.text),
  };
}

/**
 * Prose is optional for every kind, but where an entry has it, it has it in both languages,
 * and each file passes the prose rules (cited paragraphs, no typed figures, known ids).
 */
export function readProseFiles(
  root: string,
  entries: EntriesByKind,
  collector: ProblemCollector,
  names: readonly string[],
): ProseFile[] {
  const base = join(root, PROSE_DIRECTORY);
  if (!existsSync(base)) return [];
  const rules = proseRules(entries, names);
  const found: ProseFile[] = [];
  for (const kindName of readdirSync(base).sort()) {
    const kindFolder = `${PROSE_DIRECTORY}/${kindName}`;
    if (!acceptableName(kindName, kindFolder, collector.report)) continue;
    if (!statSync(join(root, kindFolder)).isDirectory()) continue;
    if (!(CURATED_KIND_IDS as string[]).includes(kindName)) {
      collector.report(
        new SourceInputError({
          file: kindFolder,
          problem: `"${kindName}" is not a kind of entry.`,
          hint: `use one of: ${CURATED_KIND_IDS.join(', ')}.`,
        }),
      );
      continue;
    }
    found.push(...readKindProse(root, kindName as CuratedKind, entries, rules, collector));
  }
  return found;
}

/** The prose folders of one kind: each named after an entry, with a file in each language. */
function readKindProse(
  root: string,
  kind: CuratedKind,
  entries: EntriesByKind,
  rules: Omit<ProseContext, 'citationCount'>,
  collector: ProblemCollector,
): ProseFile[] {
  const problem = (file: string, text: string, hint: string) =>
    collector.report(new SourceInputError({ file, problem: text, hint }));
  const byId = new Map(entries[kind].map((entry) => [entry.id, entry]));
  const found: ProseFile[] = [];
  const kindFolder = `${PROSE_DIRECTORY}/${kind}`;
  for (const slug of readdirSync(join(root, kindFolder)).sort()) {
    const folder = `${kindFolder}/${slug}`;
    if (!acceptableName(slug, folder, collector.report)) continue;
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
      const context = { ...rules, citationCount: entry.data.citations.length, citations: entry.data.citations };
      const text = readFileSync(join(root, file), 'utf8');
      checkProseInput(text, file, lang, collector.report);
      checkProse(text, file, context, collector.report);
      found.push({ kind, slug, lang, file });
    }
  }
  return found;
}

/** Each prose file with its text. */
export function proseTexts(root: string, prose: readonly ProseFile[]): ProseText[] {
  return prose.map((file) => ({ ...file, text: readFileSync(join(root, file.file), 'utf8') }));
}

/** Every Chinese text the site writes itself: translations, entries' names and summaries, prose. */
export function chineseTexts(
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
      // Other names and search terms are words the site writes too: `avoid` refuses them as well.
      entry.data.names.zh.forEach(({ name }, index) =>
        texts.push({ file: entry.file, where: `names.zh[${index}]`, text: name }),
      );
      entry.data.searchTerms.zh.forEach((term, index) =>
        texts.push({ file: entry.file, where: `searchTerms.zh[${index}]`, text: term }),
      );
      if ('summary' in entry.data) texts.push({ file: entry.file, where: 'summary.zh', text: entry.data.summary.zh });
    }
  }
  for (const file of prose.filter((item) => item.lang === 'zh')) {
    texts.push({ file: file.file, where: 'prose', text: readFileSync(join(root, file.file), 'utf8') });
  }
  return texts;
}
