#!/usr/bin/env node
/**
 * The build's first stages, in a process of their own that scripts/build.mjs starts: the
 * validation stage, then Astro renders the checked content into the build's staging folder.
 *
 *   node scripts/lib/render-stage.mjs --staging <folder> --out <name> [--strict] [--force]
 *
 * Its own process so that the memory Astro holds is given back before Pagefind indexes the
 * written pages: in one process the two added up (at 10,000 documents about 1.8 GB kept by
 * Node next to 3.4 GB of Pagefind). Exits 0 when the pages are written, 1 after printing why
 * not; exits at once when the build that started it is gone.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTypeScript } from './typescript.mjs';
import { runContentCheck } from './content-check.mjs';

// A build is a production build whoever starts it. A test runner's environment (Vitest sets
// NODE_ENV=test and import.meta.env's DEV=1, MODE, BASE_URL…) would reach the pages through
// Vite's import.meta.env: a development mode with no cache keys, and a base path of its own.
process.env.NODE_ENV = 'production';
for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete process.env[name];

// Started by a build that was killed (SIGKILL leaves no time to stop us): stop writing too.
process.on('disconnect', () => process.exit(1));

const { values } = parseArgs({
  options: {
    staging: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});
if (!values.staging) throw new Error('render-stage.mjs needs --staging <folder> (scripts/build.mjs gives it).');
const root = process.cwd();

/** @param {unknown} error */
function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n${message}\n\nBuild failed: nothing was published; ${values.out}/ is unchanged.`);
  process.exit(1);
}

const checking = performance.now();
const checked = await runContentCheck({ root, strict: values.strict });
console.info(`[content] checked in ${((performance.now() - checking) / 1000).toFixed(2)}s`);
if (!checked) {
  console.error(`Build refused: nothing was published; ${values.out}/ is unchanged.`);
  process.exit(1);
}

// Settings before anything runs: Astro would print its own stack trace for a bad one.
try {
  const { resolveSiteOrigin } = await importTypeScript('../../src/lib/urls/urls.ts', import.meta.url);
  resolveSiteOrigin(process.env.SITE_URL);
} catch (error) {
  fail(error);
}

try {
  const { build } = await import('astro');
  // `force` renders every page, not only those whose cache key or code changed.
  await build({ root, outDir: resolve(values.staging), force: values.force });
} catch (error) {
  fail(error);
}
// Astro may leave handles open; the pages are written.
process.exit(0);
