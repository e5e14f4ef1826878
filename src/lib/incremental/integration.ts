/**
 * Keeps the record of what each page read (src/lib/incremental/page-reads-file.ts) in step with
 * Astro's incremental cache: a build starts a fresh record and, when it has written every page,
 * merges it into the manifest the next build's cache keys are made from.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ASTRO_INCREMENTAL_CACHE, finishRecording, readsFiles, startRecording } from './page-reads-file';

export function pageReadsRecord(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  return {
    name: 'site:page-reads',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base;
      },
      'astro:build:start': () => {
        startRecording(readsFiles(cacheDir), cacheDir);
      },
      'astro:build:done': ({ logger }) => {
        const pages = finishRecording(readsFiles(cacheDir), join(cacheDir, ASTRO_INCREMENTAL_CACHE), base);
        logger.info(`recorded what ${pages} pages read, for the next build's cache keys`);
      },
    },
  };
}
