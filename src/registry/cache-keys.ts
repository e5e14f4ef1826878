/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is
 * rendered again unless its key is the one it had when its output was made. The key is a hash
 * of its props and of the current value of everything it read when it was last rendered
 * (recorded by src/middleware.ts, kept by src/lib/incremental/page-reads-file.ts). Its code is
 * Astro's part: it hashes each page's module graph. So a key is the same only when everything
 * the page's output came from is the same; a page with no record gets a key no build had.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { appendLines, CACHE_DIR, loadPageReads, pageKey, readsFiles } from '../lib/incremental/page-reads-file';
import { cacheKeyOf, READ_ROOT, readHash, readPath } from '../lib/incremental/reads';
import { lastUpdated, lastUpdatedDay } from '../lib/page/last-updated';
import { untrackedKnowledge, type Knowledge } from './index';
import { resolveRead } from './tracked';

type Params = Record<string, string | number | undefined>;

/** Differs in every build: the key of a page whose reads were never recorded. */
const UNRECORDED = `unrecorded ${randomUUID()}`;

let previousReads: Map<string, string[]> | undefined;

/** The value a read names, as it is in this build. */
function currentValue(knowledge: Knowledge, name: string): unknown {
  const [root, ...rest] = readPath(name);
  switch (root) {
    case READ_ROOT.knowledge:
      return resolveRead(knowledge, rest);
    case READ_ROOT.lastUpdated:
      return lastUpdated(rest as string[]);
    case READ_ROOT.lastUpdatedDay:
      return lastUpdatedDay(rest as string[]);
    default:
      // Recorded by code that no longer exists: such a page's module graph changed too.
      return UNRECORDED;
  }
}

function currentHash(knowledge: Knowledge, name: string): string {
  return readHash(name, () => currentValue(knowledge, name));
}

/**
 * The paths of a route (what its getStaticPaths returns) with their cache keys. In dev, where
 * nothing is cached, the paths as they are.
 */
export async function withCacheKeys<Path extends { params: Params; props?: unknown }>(
  routePattern: string,
  paths: Path[],
): Promise<(Path & { cacheKey?: string })[]> {
  if (import.meta.env.DEV) return paths;
  const files = readsFiles(resolve(CACHE_DIR));
  previousReads ??= loadPageReads(files.manifest);
  // The untracked knowledge: keys are made outside any page's render.
  const knowledge = await untrackedKnowledge();
  const issued: string[] = [];
  const keyed = paths.map((path) => {
    const page = pageKey(routePattern, path.params);
    issued.push(page);
    const reads = previousReads?.get(page);
    const cacheKey = reads
      ? cacheKeyOf(
          path.props,
          reads.map((name) => [name, currentHash(knowledge, name)]),
        )
      : UNRECORDED;
    return { ...path, cacheKey };
  });
  appendLines(files.issued, issued);
  return keyed;
}
