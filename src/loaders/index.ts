/**
 * Content-layer loaders. They put what the validation stage (src/lib/checks/content.ts) read
 * and checked into Astro's collections; while any problem remains, they load nothing and the
 * build stops with the whole list.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadSiteContent, SEEDS_DIRECTORY, type SiteContent, type UnusedPoint } from '../lib/checks/content';
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

/**
 * `watching` is true in dev (the loader context has a file watcher): only then can inputs change
 * between loaders, so only then is the fingerprint (a stat of every input file) taken for each.
 */
function sharedContent(root: string, watching: boolean): SiteContent {
  if (!watching && shared?.root === root) return shared.content;
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
    load: async ({ store, config, generateDigest, watcher }) => {
      const { sources } = sharedContent(rootOf(config), watcher !== undefined);
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
    load: async ({ store, config, generateDigest, watcher }) => {
      const { entries } = sharedContent(rootOf(config), watcher !== undefined);
      store.clear();
      for (const entry of entries[kind]) {
        store.set({ id: entry.id, data: entry.data, filePath: entry.file, digest: generateDigest(entry.data) });
      }
    },
  };
}

/**
 * The explicit list of seed points no entry uses, each with a reason: one store entry per source
 * (its id the source's slug), since most points of a large corpus are set aside and an entry per
 * point made the data store several times larger than the rest of the content.
 */
export function unusedPointsLoader(): Loader {
  return {
    name: 'unused-points',
    schema: z.object({ source: z.string(), points: z.array(unusedPoint) }),
    load: async ({ store, config, generateDigest, watcher }) => {
      const { unusedPoints } = sharedContent(rootOf(config), watcher !== undefined);
      const bySource = new Map<string, UnusedPoint[]>();
      for (const entry of unusedPoints) {
        const list = bySource.get(entry.source) ?? [];
        if (list.length === 0) bySource.set(entry.source, list);
        list.push({ ...entry });
      }
      store.clear();
      for (const [source, points] of bySource) {
        const data = { source, points };
        store.set({ id: source, data, digest: generateDigest(data) });
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
      sharedContent(rootOf(context.config), context.watcher !== undefined);
      await files.load(context);
    },
  };
}
