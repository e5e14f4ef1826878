/**
 * The Pagefind instances of the search bundles (src/lib/search/bundles.ts), made the same way by
 * the search page and by scripts/search-index.mjs: one per bundle and index set ("merged" adds
 * the other language's index), each made when first asked for. Runs in the browser.
 */
import type { SearchBundle } from './bundles';

/** The part of a pagefind.js (1.6) instance that making one needs. */
export interface MergeableInstance {
  search(term: string): Promise<unknown>;
  mergeIndex(bundleUrl: string, options: Record<string, unknown>): Promise<unknown>;
}

export interface BundleInstanceOptions<Instance> {
  /** The site's base path (`/`, or `/bj/` for a site served below it). */
  baseUrl: string;
  /** Makes a bundle's instance at its folder, `basePath` (pagefind.js `createInstance`). */
  create: (bundle: SearchBundle, basePath: string) => Instance;
  /** A bundle folder's absolute URL: Pagefind skips a merge whose path starts like its own bundle's. */
  absoluteUrl: (basePath: string) => string;
  /** `mergeIndex` options of the other language's index: its language, base URL and ranking. */
  mergeOptions: Record<string, unknown>;
}

/** Returns the instance of a bundle and index set, made once. */
export function bundleInstances<Instance extends MergeableInstance>(
  options: BundleInstanceOptions<Instance>,
): (bundle: SearchBundle, merged: boolean) => Promise<Instance> {
  const made = new Map<string, Promise<Instance>>();
  /** The instance being made: the next one waits for it. */
  let creating: Promise<unknown> = Promise.resolve();
  return (bundle, merged) => {
    const key = `${bundle.name} ${merged ? 'merged' : 'own'}`;
    let ready = made.get(key);
    if (!ready) {
      const basePath = `${options.baseUrl}${bundle.path}`;
      ready = creating.then(async () => {
        const created = options.create(bundle, basePath);
        // An empty search returns once the instance's WebAssembly runs. Instances are made one
        // after another: two starting the shared module at once would each start their own.
        await created.search('');
        if (merged) await created.mergeIndex(options.absoluteUrl(basePath), options.mergeOptions);
        return created;
      });
      made.set(key, ready);
      creating = ready.catch(() => undefined);
    }
    return ready;
  };
}
