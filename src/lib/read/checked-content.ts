/**
 * The content the validation stage checked, for everything that builds pages: one file, the
 * stage's output, beside Astro's cache (`.astro-cache/checked-content.json`).
 *
 * The build (`scripts/lib/render-stage.mjs`) runs the validation stage before Astro starts and
 * writes its result here, stamped with a fingerprint of its inputs; the registry reads it, so a
 * build reads and checks every input once. Pages take entries and documents from here rather
 * than from Astro's data store: Astro turns its whole store into one JavaScript module for the
 * bundler, which at 10,000 documents (80,000 points of text) made bundling the slowest step of
 * the build. Anything else (`astro dev`, `astro check`), or a file whose inputs have changed
 * since, runs the stage here and writes the file anew.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CACHE_DIR } from '../incremental/page-reads-file';
import { SEEDS_DIRECTORY } from '../content/entries';
import { problemsReport, type SourceInputError } from '../errors';
import { checkSiteContent, loadSiteContent, type SiteContent } from './site-content';

/** Where the validation stage leaves its result, relative to the project. */
export const CHECKED_CONTENT_FILE = join(CACHE_DIR, 'checked-content.json');

interface Snapshot {
  inputs: string;
  content: SiteContent;
}

/** A hash of the names, sizes and modification times of every input: a change to any changes it. */
export function inputsFingerprint(root: string): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    const name = relative(root, path);
    if (!existsSync(path)) return void hash.update(`${name}:-\n`);
    const stat = statSync(path);
    hash.update(`${name}:${stat.size}:${stat.mtimeMs}\n`);
    if (stat.isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
  };
  walk(join(root, SEEDS_DIRECTORY));
  walk(join(root, 'src/content'));
  walk(join(root, 'urls/renames.json'));
  return hash.digest('hex');
}

/** Writes the stage's result for the project at `root` (whole or not at all: a reader never sees half). */
export function writeCheckedContent(projectRoot: string, content: SiteContent, inputs?: string): void {
  const root = resolve(projectRoot);
  const file = join(root, CHECKED_CONTENT_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const snapshot: Snapshot = { inputs: inputs ?? inputsFingerprint(root), content };
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, file);
}

function readSnapshot(file: string, inputs: string): SiteContent | null {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    return snapshot.inputs === inputs ? snapshot.content : null;
  } catch {
    return null; // none yet, or unreadable: the stage runs again
  }
}

interface Loaded {
  root: string;
  inputs: string;
  content: SiteContent;
  problems: readonly SourceInputError[];
}
/**
 * What this process read last. Kept on globalThis: in dev, the content loader and the pages load
 * this module apart (Astro's runner and Vite's), and the problems are printed once, not twice.
 */
const state = ((globalThis as { [key: symbol]: { loaded: Loaded | null } })[Symbol.for('site.checkedContent')] ??= {
  loaded: null,
});

/**
 * The checked content of the project at `root`: the validation stage's file while its inputs are
 * unchanged, else the stage run again (and its file written). Throws the stage's problems, all of
 * them, while any remains. Read once per process; `watching` (dev) looks again at every call,
 * and never throws: it keeps what the stage could read, prints the problems in the build's words
 * when the inputs change, and leaves them to `contentProblems` (the dev server's problems page).
 */
export function checkedContent(projectRoot: string, { watching = false } = {}): SiteContent {
  // Astro gives its root with a trailing slash, the build script without.
  const root = resolve(projectRoot);
  if (!watching && state.loaded?.root === root) return state.loaded.content;
  const inputs = inputsFingerprint(root);
  if (state.loaded?.root === root && state.loaded.inputs === inputs) return state.loaded.content;
  if (watching) return watchedContent(root, inputs).content;
  let content = readSnapshot(join(root, CHECKED_CONTENT_FILE), inputs);
  if (content === null) {
    content = loadSiteContent(root);
    writeCheckedContent(root, content, inputs);
  }
  state.loaded = { root, inputs, content, problems: [] };
  return content;
}

/** The stage run again on changed inputs, while the dev server watches them. */
function watchedContent(root: string, inputs: string): Loaded {
  const { content, problems } = checkSiteContent(root);
  const before = state.loaded?.root === root ? state.loaded.problems : [];
  if (problems.length > 0) console.error(`\n[content] ${problemsReport(problems)}`);
  else if (before.length > 0) console.info('[content] no problems left in the site’s content.');
  if (problems.length === 0) writeCheckedContent(root, content, inputs);
  state.loaded = { root, inputs, content, problems };
  return state.loaded;
}

/** The problems of the content the dev server shows now (none outside `watching`). */
export function contentProblems(projectRoot: string): readonly SourceInputError[] {
  const root = resolve(projectRoot);
  checkedContent(root, { watching: true });
  return state.loaded?.root === root ? state.loaded.problems : [];
}
