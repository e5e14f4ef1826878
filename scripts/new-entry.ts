#!/usr/bin/env node
/**
 * npm run new -- <kind> <slug>: writes a commented template for a new entry of a curated kind
 * (src/content/<kind>/<slug>.yaml), its fields, descriptions and allowed values taken from the
 * kind's schema (src/lib/content/templates.ts). Refuses an unknown kind, a slug that cannot be
 * a URL segment or is reserved, and a file that exists. Then fill it in and watch it in
 * `npm run dev` or check it with `npm run check:content`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CURATED_KINDS, type CuratedKind } from '../src/lib/content/kinds';
import { entryTemplate, newEntryProblem } from '../src/lib/content/templates';

/** Writes the template into the project at `root`; returns its path, or throws what is wrong. */
export function newEntry(root: string, kind: string, slug: string): string {
  const problem = newEntryProblem(kind, slug);
  if (problem) throw new Error(problem);
  const directory = CURATED_KINDS[kind as CuratedKind].directory;
  const file = `${directory}/${slug}.yaml`;
  if (existsSync(join(root, file))) throw new Error(`${file} exists already: choose another slug, or edit it.`);
  mkdirSync(join(root, directory), { recursive: true });
  writeFileSync(join(root, file), entryTemplate(kind as CuratedKind), { flag: 'wx' });
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, slug, ...rest] = process.argv.slice(2);
  if (!kind || !slug || rest.length > 0) {
    console.error(`usage: npm run new -- <kind> <slug>   (kinds: ${Object.keys(CURATED_KINDS).join(', ')})`);
    process.exit(2);
  }
  try {
    const file = newEntry(process.cwd(), kind, slug);
    console.log(`wrote ${file}: fill in its fields, then \`npm run check:content\` (or watch it in \`npm run dev\`).`);
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    process.exit(1);
  }
}
