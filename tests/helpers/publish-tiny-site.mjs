#!/usr/bin/env node
/**
 * Publishes a tiny site through the build's own lock and publish steps (scripts/lib/publish.mjs)
 * without running Astro, so that tests can stop it at many instants cheaply. Every file of the
 * site names the same version, and index.html says how many files there are.
 *
 *   node tests/helpers/publish-tiny-site.mjs <folder> <version> <files>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BuildError,
  acquireBuildLock,
  publish,
  recoverInterruptedBuilds,
  stagingFolder,
} from '../../scripts/lib/publish.mjs';

const [root, version, count] = process.argv.slice(2);
const release = acquireBuildLock(root);
const outDir = join(root, 'dist');
recoverInterruptedBuilds(root, outDir);
const staging = stagingFolder(root);
mkdirSync(join(staging, 'pages'), { recursive: true });
for (let page = 0; page < Number(count); page++) {
  writeFileSync(join(staging, 'pages', `${page}.html`), version);
}
writeFileSync(join(staging, 'index.html'), JSON.stringify({ version, files: Number(count) }));
// Tests stop the publisher from here on, to land inside the switch.
process.stdout.write('staged\n');
try {
  publish(staging, outDir);
} catch (error) {
  // As scripts/build.mjs does: the message only, no stack trace.
  console.error(error instanceof BuildError ? error.message : error);
  process.exitCode = 1;
}
release();
