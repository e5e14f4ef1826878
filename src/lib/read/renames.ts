/**
 * `urls/renames.json` redirects old paths to new ones; a key that is a page the site builds
 * would silently replace that page with a redirect. Refused here, naming the key and the page:
 * the site's own pages (every `index.astro` of src/pages/[lang]/), each section's group
 * folders, and the page of every entry and source that has one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, KIND_IDS, RESERVED_SLUGS } from '../content/kinds';
import type { EntriesByKind } from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { SourceInputError, type ReportProblem } from '../errors';

export const RENAMES_FILE = 'urls/renames.json';
const LANG_PAGES = 'src/pages/[lang]';

/** The language-neutral paths of the site's own pages: `''`, `about`, `places`… */
function staticPages(root: string): Map<string, string> {
  const pages = new Map<string, string>();
  const folder = join(root, LANG_PAGES);
  if (!existsSync(folder)) return pages;
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const path = file.split('\\').join('/');
    if (!/(^|\/)index\.astro$/.test(path) || path.includes('[')) continue;
    pages.set(path.replace(/\/?index\.astro$/, ''), `${LANG_PAGES}/${path}`);
  }
  return pages;
}

/** Every live page a rename key could name, with what makes it (for the message). */
function livePages(root: string, entries: EntriesByKind, sources: readonly SourceEntry[]): Map<string, string> {
  const pages = staticPages(root);
  for (const kind of KIND_IDS) {
    const { section } = KINDS[kind];
    for (const reserved of RESERVED_SLUGS) pages.set(`${section}/${reserved}`, `the ${section} list's groups`);
    const own =
      kind === 'sources'
        ? sources.map((source) => [source.slug, `the source "${source.slug}" of src/content/sources.yaml`] as const)
        : entries[kind].map((entry) => [entry.id, `the entry ${entry.file}`] as const);
    for (const [slug, what] of own) pages.set(`${section}/${slug}`, what);
  }
  return pages;
}

/** Refuses a rename whose old path is a page the site builds. */
export function checkRenames(
  root: string,
  entries: EntriesByKind,
  sources: readonly SourceEntry[],
  report: ReportProblem,
): void {
  const file = join(root, RENAMES_FILE);
  if (!existsSync(file)) return;
  let renames: unknown;
  try {
    renames = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    report(
      new SourceInputError({
        file: RENAMES_FILE,
        problem: `not valid JSON: ${(error as Error).message}`,
        hint: 'write one object of "old/path": "new/path" pairs.',
      }),
    );
    return;
  }
  if (renames === null || typeof renames !== 'object' || Array.isArray(renames)) return;
  const pages = livePages(root, entries, sources);
  for (const key of Object.keys(renames)) {
    const page = pages.get(key.replace(/^\/+|\/+$/g, ''));
    if (page === undefined) continue;
    report(
      new SourceInputError({
        file: RENAMES_FILE,
        where: `key ${JSON.stringify(key)}`,
        problem: `"${key}" is a page the site builds (${page}): the redirect would replace it.`,
        hint: 'remove the rename; rename a page by renaming its entry (the old slug is then free for the redirect).',
      }),
    );
  }
}
