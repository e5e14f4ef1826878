#!/usr/bin/env node
/**
 * Builds the site and its search index into a staging folder of its own, then publishes it as
 * dist/ in one atomic step (scripts/lib/publish.mjs). A failed or stopped build publishes
 * nothing and leaves the previous dist/ as it was; a second build in the same folder refuses,
 * naming the first.
 *
 *   node scripts/build.mjs [--out dist] [--strict] [--force] [--release]
 *
 * `--release` (or `RELEASE=1`) builds the public release: it refuses, before anything else, a
 * placeholder origin, publisher or contact (src/lib/checks/release.ts), naming each. Without it
 * (CI included) such settings only make the pages say they are a preview.
 *
 * Pages whose code and everything they read are unchanged since the last build are copied from
 * Astro's incremental cache (.astro-cache/) instead of rendered, and a search bundle whose pages
 * are unchanged is copied from there instead of indexed; `--force` renders and indexes everything
 * (and still writes the cache for the next build).
 *
 * It runs in two processes: scripts/lib/render-stage.mjs runs the validation stage, which
 * reports all problems at once (--strict also refuses pending points and missing translations,
 * the state main must be in), and Astro, which writes the pages into the staging folder; when it
 * has ended and given its memory back, this process has Pagefind index the written pages, then
 * publishes.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importTypeScript } from './lib/typescript.mjs';
import {
  BuildError,
  acquireBuildLock,
  discardStaging,
  publish,
  recoverInterruptedBuilds,
  stagingFolder,
} from './lib/publish.mjs';
import { bundleFingerprint, restoreBundle, saveBundle } from './lib/search-index-cache.mjs';
import { buildInputsFingerprint, isPublishedFrom, recordPublished } from './lib/build-inputs.mjs';
import { publishedUrlProblems } from './lib/url-manifest.mjs';

/** The base path of the site's origin, as astro.config.mjs reads it. */
async function siteBase() {
  const { resolveSiteOrigin } = await importTypeScript('../src/lib/urls/urls.ts', import.meta.url);
  const { siteConfig } = await importTypeScript('../src/site.config.ts', import.meta.url);
  return resolveSiteOrigin(process.env.SITE_URL ?? siteConfig.origin, 'SITE_URL').base;
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    release: { type: 'boolean', default: false },
  },
});
const root = process.cwd();
const outDir = resolve(values.out);
const staging = stagingFolder(root);
// Astro's cacheDir (astro.config.mjs), where the search index of unchanged bundles is kept too.
const { CACHE_DIR } = await importTypeScript('../src/lib/incremental/page-reads-file.ts', import.meta.url);
const cacheDir = resolve(root, CACHE_DIR);

/** @param {unknown} error */
function fail(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n${message}\n\nBuild failed: nothing was published; ${values.out}/ is unchanged.`);
}

/** A release build with placeholder settings stops here, before it takes the lock or writes anything. */
async function refusePlaceholderRelease() {
  const { isReleaseBuild, releaseProblems, releaseRefusal } = await importTypeScript(
    '../src/lib/checks/release.ts',
    import.meta.url,
  );
  if (!isReleaseBuild(values, process.env)) return;
  const { siteConfig } = await importTypeScript('../src/site.config.ts', import.meta.url);
  let problems;
  try {
    problems = releaseProblems(siteConfig, process.env.SITE_URL);
  } catch (error) {
    fail(error);
    process.exit(1);
  }
  if (problems.length === 0) return;
  fail(releaseRefusal(problems));
  process.exit(1);
}
await refusePlaceholderRelease();

let releaseLock;
let published = false;
try {
  releaseLock = acquireBuildLock(root);
} catch (error) {
  if (!(error instanceof BuildError)) throw error;
  fail(error);
  process.exit(1);
}
/** The render stage's process while it runs. @type {import('node:child_process').ChildProcess | null} */
let renderStage = null;
/** Stops Pagefind's indexer process, which writes into the staging folder, once it has started. */
let stopSearchIndexer = () => false;
// Stopped (Ctrl-C, kill): drop the half-made staging folder and the lock; dist/ is untouched.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    releaseLock();
    if (published) process.exit(0);
    // The render stage writes into the staging folder: it must have ended before that is removed.
    // This handler then ends the build, not the code that waits for the stage.
    if (renderStage && renderStage.exitCode === null && renderStage.signalCode === null) {
      renderStage.removeAllListeners('exit');
      const ended = new Promise((done) => renderStage?.once('exit', done));
      renderStage.kill('SIGKILL');
      await ended;
    }
    if (stopSearchIndexer()) {
      // The stopped indexer may still be finishing a file in the staging folder: let it, then remove all.
      discardStaging(staging);
      await new Promise((done) => setTimeout(done, 200));
    }
    discardStaging(staging);
    console.error(`\nBuild stopped (${signal}): nothing was published; ${values.out}/ is unchanged.`);
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

try {
  recoverInterruptedBuilds(root, outDir);

  // Inputs identical to those of the site published there: nothing to build (--force builds).
  const inputs = buildInputsFingerprint(root, { strict: values.strict });
  if (!values.force && isPublishedFrom(cacheDir, outDir, inputs)) {
    console.info(
      `[build] nothing changed since the published build (same files, dependencies, commit and settings): ${values.out}/ is up to date.`,
    );
    releaseLock();
    process.exit(0);
  }

  // The validation stage and Astro, which print their own progress and problems.
  renderStage = fork(
    resolve(import.meta.dirname, 'lib/render-stage.mjs'),
    [
      '--staging',
      staging,
      '--out',
      values.out,
      ...(values.strict ? ['--strict'] : []),
      ...(values.force ? ['--force'] : []),
    ],
    { stdio: 'inherit' },
  );
  const { code, signal } = await new Promise((done) =>
    renderStage?.once('exit', (code, signal) => done({ code, signal })),
  );
  renderStage = null;
  if (code !== 0) {
    // It printed why; stopped by a signal (Ctrl-C reaches both processes), it could not.
    if (signal) console.error(`\nBuild stopped (${signal}): nothing was published; ${values.out}/ is unchanged.`);
    discardStaging(staging);
    releaseLock();
    process.exit(1);
  }

  // Then Pagefind reads the written pages, into one index per search bundle
  // (src/lib/search/bundles.ts): the curated entries first, so that a first search does not load
  // the page list of every document. Indexing while Astro renders was tried: on two cores
  // Pagefind's threads then slow the rendering by more than the indexing they overlap.
  const { pagefindBundleInputs, SEARCH_INDEX_CHUNK_SIZE } = await importTypeScript(
    '../src/lib/page/index-meta.ts',
    import.meta.url,
  );
  // Read by Pagefind's service when it starts, for every index it writes.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(SEARCH_INDEX_CHUNK_SIZE);
  const pagefind = await import('pagefind');
  stopSearchIndexer = () => {
    void pagefind.close();
    return true;
  };
  const indexing = performance.now();
  let indexed = 0;
  const reused = [];
  const bundles = pagefindBundleInputs();
  const { version: pagefindVersion } = JSON.parse(
    readFileSync(resolve(root, 'node_modules/pagefind/package.json'), 'utf8'),
  );
  for (const bundle of bundles) {
    // A bundle whose pages are those of the last build: its index is copied from the cache.
    const fingerprint = bundleFingerprint(staging, bundle.glob, {
      pagefindVersion,
      chunkSize: SEARCH_INDEX_CHUNK_SIZE,
      glob: bundle.glob,
    });
    const output = resolve(staging, bundle.outputSubdir);
    if (!values.force && restoreBundle(cacheDir, bundle.name, fingerprint, output)) {
      reused.push(bundle.name);
      continue;
    }
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging, glob: bundle.glob });
    if (added.errors.length > 0 || added.page_count === 0) {
      throw new Error(
        `Pagefind indexed ${added.page_count} pages of the ${bundle.name} bundle: ${added.errors.join('; ')}`,
      );
    }
    indexed += added.page_count;
    const written = await index.writeFiles({ outputPath: resolve(staging, bundle.outputSubdir) });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write the ${bundle.name} bundle: ${written.errors.join('; ')}`);
    }
    // Frees the written bundle's pages in Pagefind's process before it reads the next bundle's.
    await index.deleteIndex();
    // Other bundles written inside this one's folder are cached on their own.
    const nested = bundles
      .filter((other) => other !== bundle && other.outputSubdir.startsWith(bundle.outputSubdir))
      .map((other) => other.outputSubdir.slice(bundle.outputSubdir.length).replace(/\/$/, ''));
    saveBundle(cacheDir, bundle.name, fingerprint, output, nested);
  }
  await pagefind.close();
  console.info(
    `[pagefind] indexed ${indexed} pages in ${((performance.now() - indexing) / 1000).toFixed(2)}s` +
      (reused.length > 0 ? ` (unchanged, copied from the cache: ${reused.join(', ')})` : ''),
  );
  if (!existsSync(resolve(staging, 'index.html'))) throw new Error('The build wrote no index.html.');
  const broken = publishedUrlProblems(root, staging, await siteBase());
  if (broken) throw new BuildError(broken);

  try {
    publish(staging, outDir);
  } catch (error) {
    if (error instanceof BuildError) throw error;
    throw new BuildError(
      `Could not publish to ${values.out}/: ${error instanceof Error ? error.message : error}\n` +
        `  → Check that you may write to ${values.out}/ and the folder that holds it, then build again.`,
    );
  }
  published = true;
  recordPublished(cacheDir, outDir, inputs);
  console.info(`[build] published to ${values.out}/`);
} catch (error) {
  discardStaging(staging);
  fail(error);
  releaseLock();
  process.exit(1);
}
releaseLock();
// Astro and Pagefind may leave handles open; the build is done.
process.exit(0);
