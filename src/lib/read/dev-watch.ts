/**
 * `npm run dev`: the validation stage runs again as soon as an input is saved (a seed, a YAML
 * file, a translation, prose), prints its problems in the terminal in the build's words, and
 * reloads the open pages, which then show the change, or the problems banner and page
 * (src/components/DevProblems.astro). Nothing here runs in a build.
 */
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { SEEDS_DIRECTORY } from '../content/entries';
import { checkedContent } from './checked-content';

/**
 * What a build writes while the dev server runs (the docs' loop builds beside it): its staging
 * folder, the published versions and `dist` link, Astro's cache. Watching them logged a line per
 * built page (hundreds per build) and was no input of the preview.
 */
export const BUILD_OUTPUTS = ['**/.build-staging-*/**', '**/.dist-versions/**', '**/.astro-cache/**', '**/dist/**'];

/** Saving a file often writes it in several steps: one run after they settle. */
const SETTLE_MS = 100;

export function contentWatch(): AstroIntegration {
  return {
    name: 'content-watch',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: BUILD_OUTPUTS } } } });
      },
      'astro:server:setup': ({ server }) => {
        const root = resolve(server.config.root);
        const inputs = [join(root, SEEDS_DIRECTORY), join(root, 'src/content')];
        server.watcher.add(inputs);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!inputs.some((input) => path.startsWith(input))) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            checkedContent(root, { watching: true });
            // Astro keeps each route's getStaticPaths (and the props it gives pages) until told
            // the content changed; then every open page reloads.
            for (const environment of Object.values(server.environments)) {
              if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
            }
            server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          }, SETTLE_MS);
        });
      },
    },
  };
}
