import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/sequencer.ts';

/**
 * Three projects, three speeds (README, "Tests"):
 * - unit: pure functions on small inputs; no build, no copy of the project, no dist/.
 * - site: the site in dist/, which `node scripts/build.mjs` builds beforehand; read only.
 * - slow: real builds in temporary copies of the project, Chromium and the quality gates.
 * Files run one more at once than the machine has cores: a file spends part of its time waiting
 * on a child process (a build's single-threaded stages, Chromium loading a page), and the extra
 * file keeps the cores busy meanwhile (benchmarks/tests.md). The longest start first.
 */
const WORKERS = Math.max(2, availableParallelism()) + 1;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    // The files a worker runs share the modules it has loaded rather than each loading them anew
    // (the unit project's CPU time went from 27 s to 18 s, the site project's from 63 s to 46 s;
    // benchmarks/tests.md). Each file still starts, and stops, its own builds, browsers and servers.
    isolate: false,
    // Real builds and Chromium; and on a loaded machine, anything.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/setup-site.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          globalSetup: ['tests/helpers/setup-site.ts', 'tests/helpers/setup-fixtures.ts'],
        },
      },
    ],
  },
});
