import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import type { SourceEntry, SourceMetadata } from './schemas';
import type { Corpus } from '../seeds/corpus';

/**
 * Joins each seed document with its curated metadata, matched by exact title. Reports a
 * document without metadata, metadata without a document, a reused slug, and a date that
 * contradicts the document's own byline: the site must never show a source it cannot name.
 * A document whose metadata is missing or contradicts it is left out (after its report).
 */
/** Characters that show nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen, direction marks. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * How two titles that look alike differ, when they differ only by Unicode normalisation or
 * invisible characters; null when they differ in what a reader sees (or not at all).
 */
export function invisibleTitleDifference(seedTitle: string, metadataTitle: string): string | null {
  if (seedTitle === metadataTitle) return null;
  const visible = (title: string) => title.normalize('NFC').replace(INVISIBLE, '');
  if (visible(seedTitle) !== visible(metadataTitle)) return null;
  const differences: string[] = [];
  for (const [title, whose] of [
    [seedTitle, 'the seed'],
    [metadataTitle, 'the metadata'],
  ] as const) {
    for (const match of title.matchAll(INVISIBLE)) {
      differences.push(
        `the invisible character ${codePoint(match[0])} at character ${match.index + 1} of ${whose}'s title`,
      );
    }
  }
  if (seedTitle.replace(INVISIBLE, '') !== metadataTitle.replace(INVISIBLE, '')) {
    differences.push('Unicode normalisation (the same letters, composed differently: NFC and NFD)');
  }
  return differences.join(', and ');
}

type MetadataByTitle = Map<string, { entry: SourceMetadata; index: number }>;

/** The metadata entries by title; a slug or a title used twice is a problem, its second entry left out. */
function indexMetadata(metadata: SourceMetadata[], metadataFile: string, report: ReportProblem): MetadataByTitle {
  const metadataByTitle: MetadataByTitle = new Map();
  const slugs = new Map<string, number>();
  metadata.forEach((entry, index) => {
    const where = `entry ${index + 1}, slug "${entry.slug}"`;
    const earlierSlug = slugs.get(entry.slug);
    if (earlierSlug !== undefined) {
      report(
        new SourceInputError({
          file: metadataFile,
          where,
          problem: `slug "${entry.slug}" is already used by entry ${earlierSlug + 1}.`,
          hint: 'slugs are URLs: give each document its own.',
        }),
      );
      return;
    }
    slugs.set(entry.slug, index);
    if (metadataByTitle.has(entry.title)) {
      report(
        new SourceInputError({
          file: metadataFile,
          where,
          problem: `a second entry for the title "${entry.title}".`,
          hint: 'keep one metadata entry per document.',
        }),
      );
      return;
    }
    metadataByTitle.set(entry.title, { entry, index });
  });
  return metadataByTitle;
}

/** A document without metadata of its exact title: one that differs by invisible characters is named as such. */
function reportUnmatched(
  document: Corpus['documents'][number],
  metadataByTitle: MetadataByTitle,
  metadataFile: string,
  report: ReportProblem,
): void {
  const alike = [...metadataByTitle.entries()].find(
    ([title]) => invisibleTitleDifference(document.title, title) !== null,
  );
  if (alike) {
    const [title, { entry, index }] = alike;
    metadataByTitle.delete(title);
    report(
      new SourceInputError({
        file: metadataFile,
        where: `entry ${index + 1}, slug "${entry.slug}"`,
        problem: `the title differs from the one of ${document.file} line ${document.line} only by ${invisibleTitleDifference(document.title, title)}.`,
        hint: `copy the title exactly as the seed writes it (the seed is never edited).`,
      }),
    );
    return;
  }
  report(
    new SourceInputError({
      file: document.file,
      where: `line ${document.line}`,
      problem: `document "${document.title}" has no metadata.`,
      hint: `run \`npm run add-source -- ${document.file}\` to register it (it writes an entry to ${metadataFile}).`,
    }),
  );
}

/** A document and its metadata as one source; null when the metadata's date contradicts the byline. */
function joinDocument(
  document: Corpus['documents'][number],
  { entry, index }: { entry: SourceMetadata; index: number },
  corpusName: Corpus['name'],
  metadataFile: string,
  report: ReportProblem,
): SourceEntry | null {
  const byline = document.byline;
  if (byline && entry.published !== null && entry.published !== byline.date) {
    report(
      new SourceInputError({
        file: metadataFile,
        where: `entry ${index + 1}, slug "${entry.slug}"`,
        problem: `published "${entry.published}" contradicts the byline of ${document.file} line ${document.line} ("${byline.date}").`,
        hint: 'use the date the document itself states.',
      }),
    );
    return null;
  }
  return {
    ...entry,
    publishedTime: byline?.time ?? null,
    outletAsWritten: byline?.outlet ?? null,
    seedFile: document.file,
    seedLine: document.line,
    corpus: corpusName,
    // Translations are added afterwards, from their own files (see translations.ts).
    sections: document.sections.map((section) => ({
      ...section,
      headingZh: null,
      points: section.points.map((point) => ({ ...point, zh: null })),
    })),
  };
}

export function joinSourcesWithMetadata(
  corpus: Corpus,
  metadata: SourceMetadata[],
  metadataFile: string,
  report: ReportProblem = throwProblem,
): SourceEntry[] {
  const metadataByTitle = indexMetadata(metadata, metadataFile, report);
  const joined: SourceEntry[] = [];
  for (const document of corpus.documents) {
    const match = metadataByTitle.get(document.title);
    if (!match) {
      reportUnmatched(document, metadataByTitle, metadataFile, report);
      continue;
    }
    metadataByTitle.delete(document.title);
    const source = joinDocument(document, match, corpus.name, metadataFile, report);
    if (source) joined.push(source);
  }
  for (const orphan of metadataByTitle.values()) {
    report(
      new SourceInputError({
        file: metadataFile,
        where: `entry ${orphan.index + 1}, slug "${orphan.entry.slug}"`,
        problem: `title "${orphan.entry.title}" matches no document in seeds/.`,
        hint: 'copy the title exactly as the seed writes it, or remove the entry.',
      }),
    );
  }
  return joined;
}
