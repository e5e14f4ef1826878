#!/usr/bin/env node
/**
 * npm run rename -- <kind> <old> <new>: gives an entry or a source document a new slug. Moves its
 * files (the YAML file or the translation, the prose folder, a document's drafts file), rewrites every reference to it
 * (citations' `source`, `related`, `comparison.of`, a glossary term's `page`, `<Figure id>` and
 * `<Term id>` in prose, sources.yaml's `slug`), and, only when its page's URL is in
 * urls/published.txt, adds the redirect to urls/renames.json (the build then also keeps the old
 * page's `cite.json`). `npm run rename -- sources <old>` without a new slug proposes a readable
 * one from the document's English title (or the pinyin of its Chinese title).
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  CURATED_KINDS,
  isAnchoredKind,
  KIND_IDS,
  KINDS,
  PROSE_DIRECTORY,
  RESERVED_SLUGS,
  type Kind,
} from '../src/lib/content/kinds';
import { DRAFTS_DIRECTORY } from '../src/lib/content/drafts';
import { SOURCE_METADATA_FILE, TRANSLATIONS_DIRECTORY } from '../src/lib/content/entries';
import { SLUG } from '../src/lib/content/schemas';
import { readableSlug } from '../src/lib/seeds/slug';
import { readManifest, MANIFEST_FILE } from './lib/url-manifest.mjs';
import { renameInProse, renameInYaml, renameSourceSlug } from './lib/rename-references';

const RENAMES_FILE = 'urls/renames.json';

/** The YAML file (or translation file) that holds an entry or source, from the project root. */
function ownFile(kind: Kind, slug: string): string {
  return kind === 'sources'
    ? `${TRANSLATIONS_DIRECTORY}/${slug}.yaml`
    : `${CURATED_KINDS[kind].directory}/${slug}.yaml`;
}

function sourceSlugs(root: string): string[] {
  const metadata = parseYaml(readFileSync(join(root, SOURCE_METADATA_FILE), 'utf8')) as { slug: string }[] | null;
  return (metadata ?? []).map((entry) => entry.slug);
}

function slugsOf(root: string, kind: Kind): string[] {
  if (kind === 'sources') return sourceSlugs(root);
  const directory = join(root, CURATED_KINDS[kind].directory);
  return existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.slice(0, -5))
    : [];
}

/** Why the rename cannot be done, or null. */
export function renameProblem(root: string, kind: string, from: string, to: string): string | null {
  if (!(KIND_IDS as string[]).includes(kind)) return `"${kind}" is not a kind: use one of ${KIND_IDS.join(', ')}.`;
  const slugs = slugsOf(root, kind as Kind);
  if (!slugs.includes(from)) return `no ${kind} "${from}": it has ${slugs.join(', ') || 'none'}.`;
  if (!SLUG.test(to)) return `"${to}" cannot be a URL slug: use lowercase ASCII words joined by "-".`;
  if (RESERVED_SLUGS.includes(to)) return `"${to}" is where list groups live: choose another slug.`;
  if (slugs.includes(to)) return `${kind} "${to}" exists already: choose another slug.`;
  return null;
}

/** Every YAML and MDX file of the content, from the project root. */
function contentFiles(root: string, directory = 'src/content'): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return contentFiles(root, path);
    return /\.(ya?ml|mdx)$/.test(entry.name) ? [path] : [];
  });
}

/** Rewrites the references in every content file; returns the files changed. */
function rewriteReferences(root: string, kind: Kind, from: string, to: string): string[] {
  const changed: string[] = [];
  for (const file of contentFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    let renamed: string | null;
    if (file.endsWith('.mdx')) renamed = renameInProse(text, kind, from, to);
    else if (file === SOURCE_METADATA_FILE) renamed = kind === 'sources' ? renameSourceSlug(text, from, to) : null;
    else if (file.startsWith(`${TRANSLATIONS_DIRECTORY}/`)) renamed = null;
    else renamed = renameInYaml(text, kind, from, to);
    if (renamed === null) continue;
    writeFileSync(join(root, file), renamed);
    changed.push(file);
  }
  return changed;
}

/**
 * Adds `<section>/<from>` → `<section>/<to>` when the old page's URL was published; says so. For
 * an event or a term, the same entry also keeps its old anchor on its group page (an element with
 * the old slug as id, src/lib/urls/urls.ts `formerSlugs`) and in its list's anchor map.
 */
function addRedirect(root: string, kind: Kind, from: string, to: string): string | null {
  const section = KINDS[kind].section;
  const published = new Set(readManifest(readFileSync(join(root, MANIFEST_FILE), 'utf8')));
  if (!['zh', 'en'].some((lang) => published.has(`/${lang}/${section}/${from}/`))) return null;
  const file = join(root, RENAMES_FILE);
  const renames = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  // An older name that led to the old one now leads to the new one: no chain of redirects.
  for (const [old, target] of Object.entries(renames))
    if (target === `${section}/${from}`) renames[old] = `${section}/${to}`;
  renames[`${section}/${from}`] = `${section}/${to}`;
  writeFileSync(file, `${JSON.stringify(renames, null, 2)}\n`);
  return `${section}/${from} → ${section}/${to}`;
}

/** Renames `kind` entry `from` to `to` in the project at `root`; returns what it did, line by line. */
export function rename(root: string, kind: string, from: string, to: string): string[] {
  const problem = renameProblem(root, kind, from, to);
  if (problem) throw new Error(problem);
  const k = kind as Kind;
  const done: string[] = [];
  const move = (old: string, next: string) => {
    if (!existsSync(join(root, old))) return;
    renameSync(join(root, old), join(root, next));
    done.push(`moved ${old} → ${next}`);
  };
  move(ownFile(k, from), ownFile(k, to));
  move(`${PROSE_DIRECTORY}/${k}/${from}`, `${PROSE_DIRECTORY}/${k}/${to}`);
  // A document's drafts are named after it (npm run draft); their citations are rewritten below.
  if (k === 'sources') move(`${DRAFTS_DIRECTORY}/${from}.yaml`, `${DRAFTS_DIRECTORY}/${to}.yaml`);
  for (const file of rewriteReferences(root, k, from, to)) done.push(`rewrote the references in ${file}`);
  const redirect = addRedirect(root, k, from, to);
  if (redirect) done.push(`added the redirect ${redirect} to ${RENAMES_FILE} (its URL was published)`);
  if (redirect && isAnchoredKind(k)) done.push(`its group page keeps answering the old anchor #${from}`);
  if (!redirect) done.push(`no redirect: its URL is not in ${MANIFEST_FILE} (never published)`);
  return done;
}

/** The slug `rename -- sources <old>` proposes: from titleEn once given, else the pinyin title. */
export function proposedSourceSlug(root: string, from: string): string {
  const metadata = parseYaml(readFileSync(join(root, SOURCE_METADATA_FILE), 'utf8')) as {
    slug: string;
    title: string;
    titleEn?: string | null;
  }[];
  const entry = metadata.find((candidate) => candidate.slug === from);
  if (!entry) throw new Error(`no sources "${from}".`);
  const taken = new Set(metadata.map((candidate) => candidate.slug).filter((slug) => slug !== from));
  return readableSlug(entry.title, entry.titleEn ?? null, taken, RESERVED_SLUGS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, from, to, ...rest] = process.argv.slice(2);
  if (!kind || !from || rest.length > 0) {
    console.error(`usage: npm run rename -- <kind> <old> <new>   (kinds: ${KIND_IDS.join(', ')})`);
    process.exit(2);
  }
  try {
    if (to === undefined) {
      if (kind !== 'sources') throw new Error('give the new slug: npm run rename -- <kind> <old> <new>.');
      const proposed = proposedSourceSlug(process.cwd(), from);
      console.log(`proposed: ${proposed}\n  → npm run rename -- sources ${from} ${proposed}`);
    } else {
      for (const line of rename(process.cwd(), kind, from, to)) console.log(line);
      console.log('then: npm run check:content (or watch npm run dev); npm run build && npm run urls:update; commit.');
    }
  } catch (error) {
    console.error(`npm run rename: ${(error as Error).message}`);
    process.exit(1);
  }
}
