/**
 * The site's content as the tests derive it: every source document (its seed parse joined
 * with its metadata entry) and every cited entry, read from seeds/ and src/content/ as they
 * are, so that a test holds for whatever documents there are, pending ones included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { z } from 'astro/zod';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readCorpus } from '../../src/lib/seeds/corpus';
import { ENTRY_SCHEMAS, sourceMetadataFile, type Citation, type SourceMetadata } from '../../src/lib/content/schemas';
import type { SeedDocument } from '../../src/lib/seeds/parse';
import { CURATED_KINDS, CURATED_KIND_IDS, type AnchoredKind, type CuratedKind } from '../../src/lib/content/kinds';
import { entryGroupUrl } from '../../src/lib/urls/urls';
import { anchoredIndexGroups, type AnchoredEntryData } from '../../src/lib/urls/groups';
import { LANGUAGES, type Lang } from '../../src/i18n/index';

export const CONTENT = 'src/content';

export interface SourceDocument extends SourceMetadata {
  /** The document as the seed parser reads it: sections and points. */
  document: SeedDocument;
}

/** Every source document, in seed order, with its metadata entry (found by title, as the build does). */
export function sourceDocuments(): SourceDocument[] {
  const metadata = sourceMetadataFile.parse(parseYaml(readFileSync(join(CONTENT, 'sources.yaml'), 'utf8')));
  // By title, looked up once per document (10,000 documents in the bench).
  const byTitle = new Map<string, (typeof metadata)[number]>();
  for (const entry of metadata) if (!byTitle.has(entry.title)) byTitle.set(entry.title, entry);
  return readCorpus('seeds').documents.map((document) => {
    const entry = byTitle.get(document.title);
    if (!entry) throw new Error(`no metadata entry in ${CONTENT}/sources.yaml for "${document.title}"`);
    return { ...entry, document };
  });
}

/** The site's Chinese translation of a source's points, by point id (empty when it has none yet). */
export function pointTranslations(slug: string): Record<string, string> {
  const file = join(CONTENT, 'source-translations', `${slug}.yaml`);
  try {
    return (parseYaml(readFileSync(file, 'utf8'))?.points ?? {}) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Every entry of a curated kind, read straight from its YAML files (not from the build) and parsed by its schema. */
export function curatedEntries<K extends CuratedKind>(
  kind: K,
  root = '.',
): { id: string; data: z.output<(typeof ENTRY_SCHEMAS)[K]> }[] {
  const { directory } = CURATED_KINDS[kind];
  const schema = ENTRY_SCHEMAS[kind];
  return readdirSync(join(root, directory))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: schema.parse(parseYaml(readFileSync(join(root, directory, name), 'utf8'))) as z.output<
        (typeof ENTRY_SCHEMAS)[K]
      >,
    }));
}

/**
 * The group pages of events and terms that are indexes of finer groups, from the content as the
 * registry computes them: an anchored entry's URL depends on them.
 */
export function contentIndexGroups(): ReadonlySet<string> {
  // Read once per test file: every anchored entry's URL asks for them.
  indexGroups ??= new Set(anchoredIndexGroups(curatedEntries('events'), curatedEntries('glossary'), LANGUAGES));
  return indexGroups;
}
let indexGroups: ReadonlySet<string> | undefined;

/** The group page that lists an entry of a page-and-anchor kind (event, term) in a language. */
export function listingPageOf(lang: Lang, kind: AnchoredKind, data: AnchoredEntryData): string {
  return entryGroupUrl(lang, kind, data, contentIndexGroups());
}

/** Every curated entry with its citations and its URL in a language (its page, or its anchor on the list page). */
export function citingEntries(): {
  kind: CuratedKind;
  id: string;
  citations: Citation[];
  url: (lang: string) => string;
}[] {
  return CURATED_KIND_IDS.flatMap((kind) => {
    const { section } = CURATED_KINDS[kind];
    return curatedEntries(kind).map(({ id, data }) => ({
      kind,
      id,
      citations: data.citations,
      // Every entry's own page: the one URL links use.
      url: (lang: string) => `/${lang}/${section}/${id}/`,
    }));
  });
}

/** The points listed in src/content/unused-points.yaml, with their reasons. */
export function unusedPoints(): { source: string; point: string }[] {
  return (parseYaml(readFileSync(join(CONTENT, 'unused-points.yaml'), 'utf8')) ?? []) as {
    source: string;
    point: string;
  }[];
}

/**
 * Slugs of the documents with editorial work left: a point neither cited nor listed unused,
 * an English title or a point translation still missing.
 */
export function pendingSources(): string[] {
  const accounted = new Set([
    ...citingEntries().flatMap((entry) => entry.citations.map(({ source, point }) => `${source}#${point}`)),
    ...unusedPoints().map(({ source, point }) => `${source}#${point}`),
  ]);
  return sourceDocuments()
    .filter(({ slug, titleEn, document }) => {
      const translations = pointTranslations(slug);
      const points = document.sections.flatMap((section) => section.points);
      return !titleEn || points.some((point) => !accounted.has(`${slug}#${point.id}`) || !translations[point.id]);
    })
    .map(({ slug }) => slug);
}
