import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The test files that take longest (benchmarks/tests.md), in that order. They start first so that
 * no long file is left running alone while the other cores have nothing to do; Vitest would
 * start them first too from its record of the last run's times, but a fresh checkout (CI) has
 * none and then orders by file size. A file here that does not exist is passed over.
 */
export const LONGEST_FIRST = [
  'tests/build/incremental.test.ts',
  'tests/quality/chromium.test.ts',
  'tests/build/concurrency.test.ts',
  'tests/build/bench.test.ts',
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
