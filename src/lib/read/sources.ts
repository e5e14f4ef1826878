/**
 * The source documents: the seeds, joined with their metadata (src/content/sources.yaml), then
 * with their translations (src/content/source-translations/<slug>.yaml).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_SLUGS } from '../content/kinds';
import {
  SEEDS_DIRECTORY,
  SOURCE_METADATA_FILE,
  TRANSLATIONS_DIRECTORY,
  type UntranslatedItem,
} from '../content/entries';
import { sourceMetadata, sourceTranslation, type SourceEntry } from '../content/schemas';
import { joinSourcesWithMetadata } from '../content/sources';
import { applyTranslation } from '../content/translations';
import { ProblemCollector, SourceInputError } from '../errors';
import { validateEntry } from '../checks/validate';
import { readCorpus } from '../seeds/corpus';
import { readYaml, yamlFilesIn } from './yaml';

/** What follows from there being no readable metadata at all. */
const WITHOUT_METADATA =
  /has no metadata\.|unknown source "|no source has the slug "|a report-date must be the publication date of a cited document/;

/**
 * The seeds joined with their metadata. A metadata entry that is itself invalid is reported
 * once: its document, translation and citations are not reported again as "no metadata" or
 * "unknown source".
 */
export function readSources(root: string, collector: ProblemCollector): SourceEntry[] {
  const { report } = collector;
  const corpus = readCorpus(join(root, SEEDS_DIRECTORY), root, report);
  const metadataPath = join(root, SOURCE_METADATA_FILE);
  const read = existsSync(metadataPath)
    ? collector.attempt(() => ({ value: readYaml(metadataPath, SOURCE_METADATA_FILE, report) }))
    : undefined;
  const rawMetadata = read?.value;
  // A file that is not YAML (or not a list) is said once: no document has metadata then, and
  // every citation names an unknown source, which would bury the one problem under a page of others.
  if (existsSync(metadataPath) && (read === undefined || !Array.isArray(rawMetadata)))
    collector.ignoreConsequences((error) => WITHOUT_METADATA.test(error.message));
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
  return joined;
}

/** Adds `src/content/source-translations/<slug>.yaml` to each source; a file for no source is an error. */
export function withTranslations(
  root: string,
  sources: SourceEntry[],
  collector: ProblemCollector,
  names: readonly string[],
): SourceEntry[] {
  const directory = join(root, TRANSLATIONS_DIRECTORY);
  const files = new Set(yamlFilesIn(directory, collector.report, TRANSLATIONS_DIRECTORY));
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
      validateEntry(sourceTranslation, readYaml(join(directory, name), file, collector.report) ?? {}, file),
    );
    return translation ? applyTranslation(source, translation, file, collector.report, names) : source;
  });
}

/** A source's slug may not be where the source list's groups live. */
export function checkSourceSlugs(sources: readonly SourceEntry[], report: (error: SourceInputError) => void): void {
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

export function seedFileOf(sources: SourceEntry[], slug: string): string {
  return sources.find((source) => source.slug === slug)?.seedFile ?? SEEDS_DIRECTORY;
}
