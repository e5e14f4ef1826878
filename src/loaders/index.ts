/**
 * Content-layer loaders. They turn the seeds and the curated YAML under src/content/ into
 * collections, and refuse (stopping the build) any entry whose citations cannot be traced
 * to the exact words of a seed point.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SourceInputError } from '../lib/checks/errors';
import { assertTraceable, indexSources, citationProblem, type SourcesBySlug } from '../lib/checks/provenance';
import {
  sourceEntry,
  sourceMetadataFile,
  sourceTranslation,
  unusedPoint,
  unusedPointsFile,
  type Citation,
  type SourceEntry,
} from '../lib/content/schemas';
import { readCorpus } from '../lib/seeds/corpus';
import { joinSourcesWithMetadata } from '../lib/content/sources';
import { applyTranslation } from '../lib/content/translations';
import { checkProse } from '../lib/checks/prose';
import { validateEntry } from '../lib/checks/validate';

export const SEEDS_DIRECTORY = 'seeds';
export const SOURCE_METADATA_FILE = 'src/content/sources.yaml';
export const UNUSED_POINTS_FILE = 'src/content/unused-points.yaml';
export const TRANSLATIONS_DIRECTORY = 'src/content/source-translations';

function readYaml(path: string, display: string): unknown {
  try {
    // YAML 1.2 core schema: dates stay strings, so an impossible date is caught, not rolled over.
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw new SourceInputError({
        file: display,
        where: line ? `line ${line}` : undefined,
        problem: `not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax (indentation, quotes around text that contains ": ").',
      });
    }
    throw error;
  }
}

/** Seeds joined with their metadata: the one place that knows which document is which. */
export function loadSources(root: string): SourceEntry[] {
  const corpus = readCorpus(join(root, SEEDS_DIRECTORY), root);
  const metadataPath = join(root, SOURCE_METADATA_FILE);
  if (!existsSync(metadataPath)) {
    throw new SourceInputError({
      file: SOURCE_METADATA_FILE,
      problem: 'the source metadata file is missing.',
      hint: 'create it with one entry (slug, title, titleEn, outlet, published) per seed document.',
    });
  }
  const raw = readYaml(metadataPath, SOURCE_METADATA_FILE);
  const metadata = Array.isArray(raw)
    ? raw.map((entry, index) =>
        validateEntry(sourceMetadataFile.element, entry, SOURCE_METADATA_FILE, `entry ${index + 1}`),
      )
    : validateEntry(sourceMetadataFile, raw, SOURCE_METADATA_FILE);
  const sources = joinSourcesWithMetadata(corpus, metadata, SOURCE_METADATA_FILE);
  return withTranslations(root, sources);
}

/** Adds `src/content/source-translations/<slug>.yaml` to each source; a file for no source is an error. */
function withTranslations(root: string, sources: SourceEntry[]): SourceEntry[] {
  const directory = join(root, TRANSLATIONS_DIRECTORY);
  const files = existsSync(directory) ? readdirSync(directory).filter((name) => name.endsWith('.yaml')) : [];
  const present = new Set(files);
  const slugs = new Set(sources.map((source) => source.slug));
  for (const name of files) {
    const slug = name.replace(/\.yaml$/, '');
    if (!slugs.has(slug)) {
      throw new SourceInputError({
        file: `${TRANSLATIONS_DIRECTORY}/${name}`,
        problem: `no source has the slug "${slug}".`,
        hint: `name translation files after a source slug: ${[...slugs].join(', ')}.`,
      });
    }
  }
  return sources.map((source) => {
    const name = `${source.slug}.yaml`;
    if (!present.has(name)) return source;
    const display = `${TRANSLATIONS_DIRECTORY}/${name}`;
    const translation = validateEntry(sourceTranslation, readYaml(join(directory, name), display), display);
    return applyTranslation(source, translation, display);
  });
}

const rootOf = (config: { root: URL }) => fileURLToPath(config.root);

/**
 * Every loader needs the parsed sources (the sources collection, the four cited collections
 * to check quotes, the unused points to check ids): they share one parse instead of each
 * re-reading and re-parsing every seed, the metadata and every translation. The parse is
 * reused only while those inputs are unchanged (names, sizes and modification times), so
 * an edit in dev is picked up by the next load.
 */
let shared: { root: string; fingerprint: string; sources: SourceEntry[]; index: SourcesBySlug } | null = null;

function inputsFingerprint(root: string): string {
  const parts: string[] = [];
  const add = (path: string) => {
    if (!existsSync(path)) return void parts.push(`${path}:-`);
    const stat = statSync(path);
    parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
  };
  for (const directory of [SEEDS_DIRECTORY, TRANSLATIONS_DIRECTORY]) {
    const absolute = join(root, directory);
    add(absolute);
    if (existsSync(absolute)) for (const name of readdirSync(absolute).sort()) add(join(absolute, name));
  }
  add(join(root, SOURCE_METADATA_FILE));
  return parts.join('\n');
}

function sharedSources(root: string): { sources: SourceEntry[]; index: SourcesBySlug } {
  const fingerprint = inputsFingerprint(root);
  if (shared?.root !== root || shared.fingerprint !== fingerprint) {
    const sources = loadSources(root);
    shared = { root, fingerprint, sources, index: indexSources(sources) };
  }
  return shared;
}

export function sourcesLoader(): Loader {
  return {
    name: 'seed-sources',
    schema: sourceEntry,
    load: async ({ store, config, generateDigest }) => {
      const { sources } = sharedSources(rootOf(config));
      store.clear();
      for (const source of sources) {
        store.set({ id: source.slug, data: source, digest: generateDigest(source) });
      }
    },
  };
}

/**
 * One YAML file per entry in `directory`; the file name (without .yaml) is the entry id and
 * the slug of its page. Every citation is checked against the seeds before it is stored.
 */
export function citedEntriesLoader<Schema extends z.ZodTypeAny>(directory: string, schema: Schema): Loader {
  return {
    name: `cited-entries:${directory}`,
    schema,
    load: async ({ store, config, generateDigest }) => {
      const root = rootOf(config);
      const sources = sharedSources(root).index;
      const absolute = join(root, directory);
      const files = existsSync(absolute)
        ? readdirSync(absolute)
            .filter((name) => name.endsWith('.yaml'))
            .sort()
        : [];
      store.clear();
      for (const name of files) {
        const display = relative(root, join(absolute, name));
        const id = name.replace(/\.yaml$/, '');
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
          throw new SourceInputError({
            file: display,
            problem: `"${id}" cannot be a URL slug.`,
            hint: 'name entry files in lowercase ASCII words joined by "-", e.g. fourth-embassy-district.yaml.',
          });
        }
        const data = validateEntry(schema, readYaml(join(absolute, name), display), display);
        assertTraceable(display, (data as { citations: Citation[] }).citations, sources);
        store.set({ id, data, filePath: display, digest: generateDigest(data) });
      }
    },
  };
}

/** The explicit list of seed points no entry uses, each with a reason. */
export function unusedPointsLoader(): Loader {
  return {
    name: 'unused-points',
    schema: unusedPoint,
    load: async ({ store, config, generateDigest }) => {
      const root = rootOf(config);
      const sources = sharedSources(root).index;
      const path = join(root, UNUSED_POINTS_FILE);
      const raw = existsSync(path) ? (readYaml(path, UNUSED_POINTS_FILE) ?? []) : [];
      const entries = validateEntry(unusedPointsFile, raw, UNUSED_POINTS_FILE);
      store.clear();
      entries.forEach((entry, index) => {
        // A listed point must exist: the empty quote makes this a check of source and id only.
        const found = citationProblem({ source: entry.source, point: entry.point, quote: '' }, sources);
        if (found) {
          throw new SourceInputError({ file: UNUSED_POINTS_FILE, where: `entry ${index + 1}`, ...found });
        }
        const id = `${entry.source}--${entry.point}`;
        store.set({ id, data: entry, digest: generateDigest(entry) });
      });
    },
  };
}

export const PROSE_DIRECTORY = 'src/content/place-prose';

/**
 * Curated MDX prose, one file per place and language (`<slug>/zh.mdx`, `<slug>/en.mdx`). Each
 * paragraph must cite its place's YAML citations by number, and type no figure by hand.
 */
export function placeProseLoader(): Loader {
  const files = glob({ pattern: '*/{zh,en}.mdx', base: PROSE_DIRECTORY });
  return {
    name: 'place-prose',
    load: async (context) => {
      await files.load(context);
      const root = rootOf(context.config);
      for (const entry of context.store.values()) {
        const [slug] = entry.id.split('/');
        const display = `${PROSE_DIRECTORY}/${entry.id}.mdx`;
        const placeFile = join(root, 'src/content/places', `${slug}.yaml`);
        if (!existsSync(placeFile)) {
          throw new SourceInputError({
            file: display,
            problem: `there is no place "${slug}" (src/content/places/${slug}.yaml).`,
            hint: 'name the prose folder after a place file.',
          });
        }
        const place = readYaml(placeFile, `src/content/places/${slug}.yaml`) as { citations?: unknown[] };
        checkProse(entry.body ?? '', display, place.citations?.length ?? 0);
      }
    },
  };
}
