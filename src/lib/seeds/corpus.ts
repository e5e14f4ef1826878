import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import { checkFileName, comparableText } from '../text/policy';
import { parseSeedFile, type SeedDocument, type SeedFile, type SeedPoint } from './parse';

export interface Corpus {
  /** The topic line of the seed files' heading (国际交往中心功能建设). */
  name: string | null;
  files: SeedFile[];
  documents: SeedDocument[];
}

/** Decodes strictly: a seed in another encoding must stop the build, not turn into mojibake. */
export function decodeSeedBytes(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    throw new SourceInputError({
      file,
      where: `line ${line}, byte ${offset}`,
      problem: 'the seed file is not valid UTF-8.',
      hint: 'convert it to UTF-8 (for example `iconv -f GB18030 -t UTF-8`) and add it again.',
    });
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Binary search for the shortest failing prefix; `stream` lets a prefix that merely
  // cuts a character in half pass, so the prefix's last byte is the offending one.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * Builds the corpus from parsed files and checks what spans files: titles must be unique.
 * A second document with a title already seen is reported and left out.
 */
export function buildCorpus(files: SeedFile[], report: ReportProblem = throwProblem): Corpus {
  const seen = new Map<string, SeedDocument>();
  for (const document of files.flatMap((file) => file.documents)) {
    const key = comparableText(document.title);
    const earlier = seen.get(key);
    if (earlier) {
      const alike = earlier.title === document.title ? '' : ' (the same once invisible characters are removed)';
      report(
        new SourceInputError({
        file: document.file,
        where: `line ${document.line}`,
        problem: `a second document titled "${document.title}"${alike} (the first is ${earlier.file} line ${earlier.line}).`,
          hint: 'titles identify documents: remove the duplicate, or keep both only if their titles differ.',
        }),
      );
      continue;
    }
    seen.set(key, document);
  }
  const names = [...new Set(files.map((file) => file.corpus).filter((name): name is string => name !== null))];
  return { name: names[0] ?? null, files, documents: [...seen.values()] };
}

/** The seed files of a directory (`*.txt`), in file-name order. */
export function seedFileNames(seedsDirectory: string): string[] {
  return readdirSync(seedsDirectory)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/**
 * The largest seed file read: an export of a few documents is kilobytes. A bigger file is
 * refused by its size before it is read, so a stray dump does not take minutes and gigabytes.
 */
export const MAX_SEED_BYTES = 8 * 1024 * 1024;

/** A seed's bytes, refused by size (naming it) before a larger file is read. */
export function readSeedBytes(path: string, display: string): Uint8Array {
  const { size } = statSync(path);
  if (size > MAX_SEED_BYTES) {
    throw new SourceInputError({
      file: display,
      problem: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a seed file is at most ${MAX_SEED_BYTES / 1024 / 1024} MB.`,
      hint: 'a seed is the text export of a few documents: split the export into smaller files, or remove a file that is not a seed.',
    });
  }
  return readFileSync(path);
}

/** Reads one seed file: its name, bytes → UTF-8 text → parsed documents. */
export function readSeedFile(path: string, display: string): SeedFile {
  checkFileName(basename(path), display);
  return parseSeedFile(decodeSeedBytes(readSeedBytes(path, display), display), display);
}

/**
 * Reads every seed in a directory. Each unreadable file is reported and skipped, so that one
 * run names every broken file.
 */
export function readCorpus(
  seedsDirectory: string,
  displayRoot = process.cwd(),
  report: ReportProblem = throwProblem,
): Corpus {
  const names = seedFileNames(seedsDirectory);
  if (names.length === 0) {
    report(
      new SourceInputError({
        file: relative(displayRoot, seedsDirectory) || seedsDirectory,
        problem: 'no seed files (*.txt) found.',
        hint: 'copy the source documents into seeds/ with `npm run add-source -- <file>`.',
      }),
    );
  }
  const files: SeedFile[] = [];
  for (const name of names) {
    const path = join(seedsDirectory, name);
    const display = relative(displayRoot, path);
    try {
      files.push(readSeedFile(path, display));
    } catch (error) {
      if (error instanceof SourceInputError) report(error);
      else if (!(error as NodeJS.ErrnoException).code) throw error;
      else {
        // Not a seed at all: a directory named *.txt, a file that cannot be read.
        const code = (error as NodeJS.ErrnoException).code;
        report(
          new SourceInputError({
            file: display,
            problem:
              code === 'EISDIR' ? 'is a directory, not a seed file.' : `cannot be read (${(error as Error).message}).`,
            hint:
              code === 'EISDIR'
                ? 'seeds/ holds the documents as files: move the directory out, or rename it without .txt.'
                : 'make the file readable, or remove it from seeds/.',
          }),
        );
      }
    }
  }
  return buildCorpus(files, report);
}

export function findPoint(document: SeedDocument, pointId: string): SeedPoint | undefined {
  for (const section of document.sections) {
    const point = section.points.find((candidate) => candidate.id === pointId);
    if (point) return point;
  }
  return undefined;
}

export function allPoints(document: SeedDocument): SeedPoint[] {
  return document.sections.flatMap((section) => section.points);
}
