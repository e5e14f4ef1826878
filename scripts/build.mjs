#!/usr/bin/env node
/**
 * Builds the site and its search index into a staging directory, then swaps it into dist/.
 * A failed build leaves the previous dist/ as it was: nothing half-made is published.
 *
 *   node scripts/build.mjs [--out dist] [--strict]
 *
 * First the validation stage checks every input and reports all problems at once; --strict
 * also refuses pending points and missing translations (the state main must be in).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { runContentCheck } from './lib/content-check.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } },
});
const outDir = resolve(values.out);
const staging = resolve('.build-staging');

if (!(await runContentCheck({ strict: values.strict }))) {
  console.error(`Build refused: nothing was published; ${values.out}/ is unchanged.`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build', '--outDir', staging], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: nothing was published; ${values.out}/ is unchanged.`);
  process.exit(astro.status ?? 1);
}

const indexing = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: staging });
if (added.errors.length > 0 || added.page_count === 0) {
  throw new Error(`Pagefind indexed ${added.page_count} pages: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: resolve(staging, 'pagefind') });
if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
await pagefind.close();
console.info(`[pagefind] indexed ${added.page_count} pages in ${((performance.now() - indexing) / 1000).toFixed(2)}s`);

rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.info(`[build] published to ${values.out}/`);
if (!existsSync(resolve(outDir, 'index.html'))) throw new Error('dist/index.html is missing after the build');
