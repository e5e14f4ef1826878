import { mkdirSync, writeFileSync } from 'node:fs';
import type { Lang } from '../../src/i18n/index';

/** One scored query: the 1-based rank of the expected page among the results, or null. */
export interface ScoredQuery {
  lang: Lang;
  sort: string;
  query: string;
  expect: string;
  rank: number | null;
  count: number;
  top: string[];
}

export interface Figures {
  queries: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank over the results returned (a miss counts 0). */
  mrr: number;
  empty: number;
}

export function figuresOf(scored: readonly ScoredQuery[]): Figures {
  const n = scored.length;
  const share = (test: (q: ScoredQuery) => boolean) => (n === 0 ? 0 : scored.filter(test).length / n);
  return {
    queries: n,
    top1: share((q) => q.rank === 1),
    top3: share((q) => q.rank !== null && q.rank <= 3),
    mrr: n === 0 ? 0 : scored.reduce((sum, q) => sum + (q.rank ? 1 / q.rank : 0), 0) / n,
    empty: scored.filter((q) => q.count === 0).length,
  };
}

/** Writes the scored table to test-results/, for benchmarks/search.md and for reading misses. */
export function writeScores(file: string, scored: readonly ScoredQuery[], figures: Record<string, Figures>): void {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${file}`, JSON.stringify({ figures, scored }, null, 2));
}
