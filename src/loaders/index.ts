/**
 * Content-layer loaders. They put what the validation stage (src/lib/checks/content.ts) read
 * and checked into Astro's collections; while any problem remains, they load nothing and the
 * build stops with the whole list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { loadSiteContent, SEEDS_DIRECTORY, type SiteContent } from '../lib/checks/content';
import { CURATED_KINDS, PROSE_DIRECTORY, type CuratedKind } from '../lib/content/kinds';
import { sourceEntry, unusedPoint } from '../lib/content/schemas';

const rootOf = (config: { root: URL }) => fileURLToPath(config.root);

/**
 * Every loader needs the checked content: they share one run of the validation stage instead
 * of each re-reading every seed and entry. The run is reused only while the inputs are
 * unchanged (names, sizes and modification times), so an edit in dev is picked up.
 */
let shared: { root: string; fingerprint: string; content: SiteContent } | null = null;

function inputsFingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return void parts.push(`${path}:-`);
    const stat = statSync(path);
    parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(join(root, SEEDS_DIRECTORY));
  walk(join(root, 'src/content'));
  return parts.join('\n');
}

function sharedContent(root: string): SiteContent {
  const fingerprint = inputsFingerprint(root);
  if (shared?.root !== root || shared.fingerprint !== fingerprint) {
    shared = { root, fingerprint, content: loadSiteContent(root) };
  }
  return shared.content;
}

export function sourcesLoader(): Loader {
  return {
    name: 'seed-sources',
    schema: sourceEntry,
    load: async ({ store, config, generateDigest }) => {
      const { sources } = sharedContent(rootOf(config));
      store.clear();
      for (const source of sources) {
        store.set({ id: source.slug, data: source, digest: generateDigest(source) });
      }
    },
  };
}

/** The checked entries of one curated kind; the entry id is its file name, the slug of its URL. */
export function curatedEntriesLoader(kind: CuratedKind): Loader {
  return {
    name: `curated:${kind}`,
    schema: CURATED_KINDS[kind].schema,
    load: async ({ store, config, generateDigest }) => {
      const { entries } = sharedContent(rootOf(config));
      store.clear();
      for (const entry of entries[kind]) {
        store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest: generateDigest(entry.data) });
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
      const { unusedPoints } = sharedContent(rootOf(config));
      store.clear();
      for (const entry of unusedPoints) {
        store.set({ id: `${entry.source}--${entry.point}`, data: { ...entry }, digest: generateDigest({ ...entry }) });
      }
    },
  };
}

/**
 * Curated MDX prose, optional for any kind: `src/content/prose/<kind>/<slug>/<lang>.mdx`, with
 * the id `<kind>/<slug>/<lang>`. The validation stage has checked every file.
 */
export function proseLoader(): Loader {
  const files = glob({ pattern: '*/*/{zh,en}.mdx', base: PROSE_DIRECTORY });
  return {
    name: 'prose',
    load: async (context) => {
      sharedContent(rootOf(context.config));
      await files.load(context);
    },
  };
}
