import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest, in that order (their times on a clean clone,
 * benchmarks/tests.md). They start first, and the short files fill in after them, so that no
 * long file is left running alone at the end while the other cores have nothing to do. Vitest
 * orders by its record of the last run's times where it has one, but a fresh checkout (CI) has
 * none, and then by file size, which says little here: a 40-line file may run two builds. A file
 * named here that does not exist is passed over; one not named keeps Vitest's order, after these.
 */
export const LONGEST_FIRST = [
  'tests/build/incremental.test.ts',
  'tests/build/concurrency.test.ts',
  'tests/quality/chromium.test.ts',
  'tests/build/bench.test.ts',
  'tests/build/bad-input.test.ts',
  'tests/build/rename.test.ts',
  'tests/browser/grouped-lists.test.ts',
  'tests/build/prose-allowlist.test.ts',
  'tests/site/search.test.ts',
  'tests/build/add-source.test.ts',
  'tests/browser/search.test.ts',
  'tests/browser/navigation.test.ts',
  'tests/browser/base-path.test.ts',
  'tests/browser/layout.test.ts',
  'tests/build/deterministic.test.ts',
  'tests/build/fixture-kind.test.ts',
  'tests/build/dev-preview.test.ts',
];

const rank = (spec: TestSpecification) => {
  const index = LONGEST_FIRST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return index === -1 ? LONGEST_FIRST.length : index;
};

/** Vitest's own order (its record of the last run, else file size), with the longest files first. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the other files keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
