import { SourceInputError } from '../checks/errors';
import type { SourceEntry, SourceMetadata } from './schemas';
import type { Corpus } from '../seeds/corpus';

/**
 * Joins each seed document with its curated metadata, matched by exact title. Fails on a
 * document without metadata, metadata without a document, a reused slug, or a date that
 * contradicts the document's own byline: the site must never show a source it cannot name.
 */
export function joinSourcesWithMetadata(
  corpus: Corpus,
  metadata: SourceMetadata[],
  metadataFile: string,
): SourceEntry[] {
  const metadataByTitle = new Map<string, { entry: SourceMetadata; index: number }>();
  const slugs = new Map<string, number>();
  metadata.forEach((entry, index) => {
    const where = `entry ${index + 1}, slug "${entry.slug}"`;
    const earlierSlug = slugs.get(entry.slug);
    if (earlierSlug !== undefined) {
      throw new SourceInputError({
        file: metadataFile,
        where,
        problem: `slug "${entry.slug}" is already used by entry ${earlierSlug + 1}.`,
        hint: 'slugs are URLs: give each document its own.',
      });
    }
    slugs.set(entry.slug, index);
    if (metadataByTitle.has(entry.title)) {
      throw new SourceInputError({
        file: metadataFile,
        where,
        problem: `a second entry for the title "${entry.title}".`,
        hint: 'keep one metadata entry per document.',
      });
    }
    metadataByTitle.set(entry.title, { entry, index });
  });

  const joined = corpus.documents.map((document): SourceEntry => {
    const match = metadataByTitle.get(document.title);
    if (!match) {
      throw new SourceInputError({
        file: document.file,
        where: `line ${document.line}`,
        problem: `document "${document.title}" has no metadata.`,
        hint: `add an entry to ${metadataFile} with title: ${document.title} (and slug, titleEn, outlet, published).`,
      });
    }
    metadataByTitle.delete(document.title);
    const { entry, index } = match;
    const byline = document.byline;
    if (byline && entry.published !== null && entry.published !== byline.date) {
      throw new SourceInputError({
        file: metadataFile,
        where: `entry ${index + 1}, slug "${entry.slug}"`,
        problem: `published "${entry.published}" contradicts the byline of ${document.file} line ${document.line} ("${byline.date}").`,
        hint: 'use the date the document itself states.',
      });
    }
    return {
      ...entry,
      publishedTime: byline?.time ?? null,
      outletAsWritten: byline?.outlet ?? null,
      seedFile: document.file,
      seedLine: document.line,
      corpus: corpus.name,
      // Translations are added afterwards, from their own files (see translations.ts).
      sections: document.sections.map((section) => ({
        ...section,
        headingZh: null,
        points: section.points.map((point) => ({ ...point, zh: null })),
      })),
    };
  });

  const orphan = [...metadataByTitle.values()][0];
  if (orphan) {
    throw new SourceInputError({
      file: metadataFile,
      where: `entry ${orphan.index + 1}, slug "${orphan.entry.slug}"`,
      problem: `title "${orphan.entry.title}" matches no document in seeds/.`,
      hint: 'copy the title exactly as the seed writes it, or remove the entry.',
    });
  }
  return joined;
}
