#!/usr/bin/env node
/**
 * npm run add-source -- <file> [<file>…] [--no-build]
 *
 * Adds new source documents: copies each seed file into seeds/ unchanged, and for each new
 * document appends a metadata entry to src/content/sources.yaml (proposed slug, titleEn empty)
 * and writes a translation file to fill in. Its points are *pending*: published and labelled,
 * feeding nothing, until an editor cites them or sets them aside. Never touches a curated entry;
 * refuses a file or a title the site already has. Then it builds and publishes the site
 * (scripts/build.mjs) and records the new pages' URLs in urls/published.txt, so that one
 * command puts a document online; `--no-build` stops after registering (for scripts that add
 * many files, then build once). See docs/adding-a-source.md.
 */
import { appendFileSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { ContentProblemsError, ProblemCollector, SourceInputError } from '../src/lib/errors';
import { checkFileName } from '../src/lib/text/policy';
import { SEEDS_DIRECTORY, SOURCE_METADATA_FILE, TRANSLATIONS_DIRECTORY } from '../src/lib/content/entries';
import { checkSiteContent } from '../src/lib/read/site-content';
import {
  addSourceNextSteps,
  metadataYaml,
  planAddSource,
  translationSkeleton,
  type AddSourcePlan,
  type ExistingSeed,
  type KnownDocument,
} from '../src/lib/seeds/add-source';
import { decodeSeedBytes, readSeedBytes, seedFileNames } from '../src/lib/seeds/corpus';
import { parseSeedFile } from '../src/lib/seeds/parse';

export interface AddSourceResult {
  seed: string;
  documents: { slug: string; title: string; points: number }[];
}

/** What the project holds already, and grows with each file planned in this run. */
interface ProjectState {
  existingSeeds: ExistingSeed[];
  knownDocuments: KnownDocument[];
  takenSlugs: Set<string>;
}

interface PlannedFile {
  path: string;
  plan: AddSourcePlan;
}

/**
 * Adds the given seed files to the project at `root`, all or nothing: every file is read and
 * checked (its name, size, text, titles, target) before any is written, so a refused run
 * changes nothing. Every refused file is named, in one error.
 */
export function addSources(root: string, files: readonly string[], today = new Date().toISOString().slice(0, 10)) {
  const state = projectState(root);
  const collector = new ProblemCollector();
  const planned = files.flatMap((file) => {
    const found = collector.attempt(() => planFile(root, file, state));
    return found ? [found] : [];
  });
  if (collector.problems.length === 1) throw collector.problems[0];
  if (collector.problems.length > 1) throw new ContentProblemsError(collector.problems);
  return planned.map((file) => writeSource(root, file, today));
}

function projectState(root: string): ProjectState {
  const seedsDirectory = join(root, SEEDS_DIRECTORY);
  const existingSeeds: ExistingSeed[] = existsSync(seedsDirectory)
    ? seedFileNames(seedsDirectory).map((name) => ({
        file: `${SEEDS_DIRECTORY}/${name}`,
        bytes: readFileSync(join(seedsDirectory, name)),
      }))
    : [];
  const knownDocuments: KnownDocument[] = existingSeeds.flatMap((seed) => {
    try {
      return parseSeedFile(decodeSeedBytes(seed.bytes, seed.file), seed.file).documents;
    } catch {
      return []; // A broken seed is the build's to report; it has no titles to compare.
    }
  });
  const metadataPath = join(root, SOURCE_METADATA_FILE);
  const metadata = existsSync(metadataPath) ? parseYaml(readFileSync(metadataPath, 'utf8')) : [];
  const takenSlugs = new Set<string>(
    (Array.isArray(metadata) ? metadata : []).map((entry: { slug?: unknown }) => String(entry?.slug)),
  );
  return { existingSeeds, knownDocuments, takenSlugs };
}

/** Checks and plans one file against the project and the files planned before it in this run. */
function planFile(root: string, file: string, state: ProjectState): PlannedFile {
  const path = resolve(file);
  const display = relative(root, path).startsWith('..') ? path : relative(root, path);
  // The name becomes a file in seeds/ and is written into YAML comments: no line breaks,
  // separators or invisible characters (src/lib/text/policy.ts).
  checkFileName(basename(path), display);
  if (!existsSync(path)) {
    throw new SourceInputError({
      file: display,
      problem: 'no such file.',
      hint: 'give the path of the seed file to add.',
    });
  }
  if (!statSync(path).isFile()) {
    throw new SourceInputError({
      file: display,
      problem: 'is not a file.',
      hint: 'give the path of a seed file (*.txt).',
    });
  }
  const bytes = readSeedBytes(path, display);
  const parsed = parseSeedFile(decodeSeedBytes(bytes, display), display);
  const plan = planAddSource({ parsed, bytes, targetName: basename(path), ...state });
  state.existingSeeds.push({ file: plan.target, bytes });
  state.knownDocuments.push(...parsed.documents.map((document) => ({ ...document, file: plan.target })));
  for (const { metadata } of plan.documents) state.takenSlugs.add(metadata.slug);
  return { path, plan };
}

/** Writes one planned file: the seed, its metadata entries, its translation skeletons. */
function writeSource(root: string, { path, plan }: PlannedFile, today: string): AddSourceResult {
  const metadataPath = join(root, SOURCE_METADATA_FILE);
  copyFileSync(path, join(root, plan.target));
  if (!existsSync(metadataPath)) writeFileSync(metadataPath, '# Curated metadata for each seed document.\n');
  appendFileSync(metadataPath, metadataYaml(plan, today));
  for (const { document, metadata: entry } of plan.documents) {
    const translation = join(root, TRANSLATIONS_DIRECTORY, `${entry.slug}.yaml`);
    if (!existsSync(translation)) writeFileSync(translation, translationSkeleton(document, plan));
  }
  return {
    seed: plan.target,
    documents: plan.documents.map(({ document, metadata: entry }) => ({
      slug: entry.slug,
      title: document.title,
      points: document.sections.reduce((sum, section) => sum + section.points.length, 0),
    })),
  };
}

function main() {
  const root = process.cwd();
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const build = !args.includes('--no-build');
  const files = args.filter((arg) => arg !== '--no-build');
  if (files.length === 0) {
    console.error('usage: npm run add-source -- <seed file> [<seed file>…] [--no-build]');
    process.exit(2);
  }
  let results: AddSourceResult[];
  try {
    results = addSources(root, files);
  } catch (error) {
    if (!(error instanceof SourceInputError) && !(error instanceof ContentProblemsError)) throw error;
    console.error(`add-source: ${error.message}\nNothing was changed.`);
    process.exit(1);
  }
  for (const result of results) {
    console.info(`Copied ${result.seed}`);
    for (const document of result.documents) {
      console.info(
        `  ${document.slug}  ${document.title}  (${document.points === 1 ? '1 point, pending' : `${document.points} points, all pending`})`,
      );
    }
  }
  console.info(
    `Wrote ${results.reduce((sum, result) => sum + result.documents.length, 0)} entries to ${SOURCE_METADATA_FILE} and translation files in ${TRANSLATIONS_DIRECTORY}/.`,
  );
  const { content, problems } = checkSiteContent(root);
  if (problems.length > 0) {
    console.error(`\nThe site's content has ${problems.length} problem(s); \`npm run check:content\` lists them.`);
  }
  const published = build && problems.length === 0 && publish(root);
  console.info(
    `\nLeft to do (docs/adding-a-source.md): ${content.coverage.pending.length} pending point(s), ` +
      `${content.untranslated.length} untranslated item(s).\n` +
      addSourceNextSteps(
        results.flatMap((result) => result.documents.map((document) => document.slug)),
        published,
      ).join('\n'),
  );
  if (build && !published) process.exit(1);
}

/**
 * Builds and publishes the site with the new documents, then adds their pages' URLs to
 * urls/published.txt (as `npm run build && npm run urls:update`). Both print their own progress;
 * returns whether the site was published.
 */
function publish(root: string): boolean {
  console.info('\nPublishing: npm run build, then npm run urls:update.');
  const node = (script: string) => spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' }).status === 0;
  if (!node('scripts/build.mjs')) {
    console.error(
      '\nThe documents are registered, but the build failed (above); nothing new was published.\n' +
        '  → Fix what it lists, then run npm run build && npm run urls:update.',
    );
    return false;
  }
  return node('scripts/update-url-manifest.mjs');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
