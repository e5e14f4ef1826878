/**
 * Content-layer loaders. Astro's collections hold the curated MDX prose, which needs Astro's
 * renderer; entries and documents reach pages through the registry from the validation stage
 * (src/lib/read/checked-content.ts), without a copy in Astro's data store. While any problem
 * remains in the content, the loader loads nothing and the build stops with the whole list.
 */
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { checkedContent } from '../lib/read/checked-content';
import { PROSE_DIRECTORY } from '../lib/content/kinds';

/**
 * Curated MDX prose, optional for any kind: `src/content/prose/<kind>/<slug>/<lang>.mdx`, with
 * the id `<kind>/<slug>/<lang>`. The validation stage has checked every file.
 */
export function proseLoader(): Loader {
  const files = glob({ pattern: '*/*/{zh,en}.mdx', base: PROSE_DIRECTORY });
  return {
    name: 'prose',
    load: async (context) => {
      // `watcher` is set in dev only, where inputs change while the server runs.
      checkedContent(fileURLToPath(context.config.root), { watching: context.watcher !== undefined });
      await files.load(context);
    },
  };
}
