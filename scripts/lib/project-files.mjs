/**
 * What a build of the site reads, and a temporary copy of it: the bad-input builds, the
 * benchmark and any other tool that builds a changed project without touching this one.
 * Plain JavaScript so that scripts run on Node 20 without a TypeScript loader.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Everything `node scripts/build.mjs` reads: the content and code (src, seeds, public), the
 * build script, the redirects astro.config.mjs imports (urls), and the configuration Astro
 * and the pages read (the version comes from package.json). Lint and test configuration is
 * not needed to build.
 */
export const PROJECT_FILES = Object.freeze([
  'src',
  'seeds',
  'public',
  'scripts',
  'urls',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
]);

/**
 * Copies the project's build inputs into a new temporary folder named after `prefix`, with
 * node_modules linked (not copied), and returns the folder's path. The caller removes it.
 * @param {string} prefix
 * @param {string} [project] the project to copy (this one by default)
 * @returns {string}
 */
export function copyProject(prefix, project = resolve('.')) {
  const workspace = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of PROJECT_FILES) cpSync(join(project, entry), join(workspace, entry), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  return workspace;
}

/** What a fixture of content replaces in a project copy: its documents and curated content. */
export const CONTENT = Object.freeze(['seeds', 'src/content']);

/**
 * Like copyProject, with the project's content replaced by the content in `fixture` (a folder
 * holding `seeds/` and `src/content/`), so that a test builds on content of its own.
 * @param {string} prefix
 * @param {string} fixture
 * @returns {string}
 */
export function copyProjectWithContent(prefix, fixture) {
  const workspace = copyProject(prefix);
  for (const folder of CONTENT) rmSync(join(workspace, folder), { recursive: true, force: true });
  // Another site: it has published no URL yet (a fixture may bring its own urls/).
  writeFileSync(join(workspace, 'urls/published.txt'), '# A fixture site: nothing published yet.\n');
  writeFileSync(join(workspace, 'urls/renames.json'), '{}\n');
  cpSync(fixture, workspace, { recursive: true });
  return workspace;
}

/**
 * Why `out` cannot be where a tool writes its output in the project at `root`, or null: the
 * project folder itself, a folder holding it, or any existing folder or file of the project
 * (seeds, src, node_modules…) but `allowed` (a tool's own output folder).
 * @param {string} out @param {string} root @param {string} allowed
 * @returns {string | null}
 */
export function projectFolderProblem(out, root, allowed) {
  const target = resolve(root, out);
  const path = relative(resolve(root), target);
  if (path === '') return 'it is the project folder';
  if (path.startsWith('..') || isAbsolute(path)) {
    return relative(target, resolve(root)).startsWith('..') ? null : 'it holds the project folder';
  }
  const top = path.split(sep)[0];
  if (top !== allowed && existsSync(join(resolve(root), top))) return `it is in the project's own ${top}`;
  return null;
}
