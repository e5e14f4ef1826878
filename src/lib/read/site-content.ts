/**
 * The validation stage: reads every input of the site (seeds, source metadata, translations,
 * the curated entries of every kind, the unused-points list, MDX prose), checks each, and
 * returns the content together with *every* problem found, so an editor fixes them all after
 * one run. The build script runs it before Astro (and prints the editorial summary); its result
 * reaches pages through src/lib/read/checked-content.ts.
 */
import { CURATED_KIND_IDS } from '../content/kinds';
import {
  UNUSED_POINTS_FILE,
  type EntriesByKind,
  type ProseFile,
  type UnusedPoint,
  type UntranslatedItem,
} from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { ContentProblemsError, ProblemCollector, SourceInputError } from '../errors';
import { avoidedRenderingProblems } from '../checks/claims';
import { editorialProblems } from '../checks/editorial';
import { checkClaims, checkNamesAndTerms, checkReferences, checkSourceCounts } from '../checks/entries';
import { translatedFigureFormProblems } from '../checks/figure-forms';
import { indexSources, pointCoverage, type PointCoverage } from '../checks/provenance';
import { namesToIgnore } from '../text/figures';
import { readEntries } from './entries';
import { readDrafts, type PendingDraft } from './drafts';
import { chineseTexts, proseTexts, readProseFiles } from './prose';
import { checkSourceSlugs, readSources, seedFileOf, untranslatedItems, withTranslations } from './sources';
import { readUnusedPoints } from './unused-points';
import { checkRenames } from './renames';

export interface SiteContent {
  sources: SourceEntry[];
  entries: EntriesByKind;
  unusedPoints: UnusedPoint[];
  prose: ProseFile[];
  coverage: PointCoverage;
  untranslated: UntranslatedItem[];
  /** Drafts waiting for the editor (src/content/drafts/): shown by `npm run dev` only. */
  drafts: PendingDraft[];
}

export interface ContentCheck {
  content: SiteContent;
  problems: SourceInputError[];
}

/**
 * Runs every check on the project at `root`. With `strict`, pending points and missing
 * translations are problems too (the editorial state `npm run build -- --strict` demands).
 */
export function checkSiteContent(root: string, options: { strict?: boolean } = {}): ContentCheck {
  const collector = new ProblemCollector();
  const { report } = collector;
  const joined = readSources(root, collector);
  // Citations quote the English points, so entries are checked before translations are applied.
  const sourceIndex = indexSources(joined);
  const entries = readEntries(root, sourceIndex, collector);
  // Accepted drafts join the entries of their kind; the others wait, publishing nothing.
  const { pending: drafts, unused: setAsideByDrafts } = readDrafts(root, sourceIndex, entries, collector);
  checkReferences(entries, report);
  checkNamesAndTerms(entries, report);
  // Translations: no figure or qualifier their English point lacks (names with numbers aside).
  const names = namesToIgnore(entries.glossary.map((entry) => entry.data));
  const sources = withTranslations(root, joined, collector, names);
  checkSourceSlugs(sources, report);
  checkRenames(root, entries, sources, report);
  checkClaims(entries, sources, names, report);
  translatedFigureFormProblems(entries.indicators, sources, names, report);
  const unusedPoints = [...readUnusedPoints(root, sourceIndex, collector), ...setAsideByDrafts];
  const prose = readProseFiles(root, entries, collector, names);
  avoidedRenderingProblems(entries.glossary, chineseTexts(root, sources, entries, prose), report);
  checkSourceCounts(entries, proseTexts(root, prose), report);
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
    const drafted = new Set(drafts.map(({ source, point }) => `${source}#${point}`));
    for (const problem of editorialProblems(coverage, untranslated, (slug) => seedFileOf(sources, slug), drafted))
      report(problem);
  }
  return {
    content: { sources, entries, unusedPoints, prose, coverage, untranslated, drafts },
    problems: collector.problems,
  };
}

/** Runs the stage and throws one error listing every problem, if there is any. */
export function loadSiteContent(root: string, options: { strict?: boolean } = {}): SiteContent {
  const { content, problems } = checkSiteContent(root, options);
  if (problems.length > 0) throw new ContentProblemsError(problems);
  return content;
}
