import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three projects, three speeds (README, "Tests"):
 * - unit: pure functions on small inputs; no build, no copy of the project, no dist/.
 * - site: the site in dist/, which `node scripts/build.mjs` builds beforehand; read only.
 * - slow: real builds in temporary copies of the project, Chromium and the quality gates.
 * Each file runs in its own worker, as many at once as the machine has cores: a build or
 * Chromium runs in a child process, so two files at a time keep two cores busy.
 */
const WORKERS = Math.max(2, availableParallelism());

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
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
