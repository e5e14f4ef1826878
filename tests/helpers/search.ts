import { spawnSync } from 'node:child_process';
import type { Lang } from '../../src/i18n/index';
import { assertBuilt } from './site';

export interface SearchRequest {
  query: string;
  filters?: Record<string, string[]>;
}
export interface SearchHit {
  url: string;
  title: string;
  kind: string | null;
  meta: Record<string, string>;
  excerpt: string;
  /** What the search page shows under the title: the excerpt or the entry's description. */
  snippet: string;
  /** URLs of the result's sub-results (headings and titled anchors), e.g. `/zh/timeline/#x`. */
  sections: string[];
}
export interface SearchAnswer extends SearchRequest {
  /** The words searched for, after the query function (src/lib/search/understand.ts). */
  words: string[];
  /** `all`: results hold every word; `closest`: the fallback; `none`: nothing found. */
  match: 'all' | 'closest' | 'none';
  count: number;
  results: SearchHit[];
}
export interface SearchRun {
  answers: SearchAnswer[];
  /** Filter values and their page counts over the whole index (merged ones included). */
  filters: Record<string, Record<string, number>>;
  fetched: { path: string; bytes: number }[];
}

/**
 * Runs queries against dist/pagefind with pagefind.js in a separate Node process
 * (scripts/search-index.mjs), through the search page's query function, as a reader's browser
 * on a `lang` page would; `also` merges the other language's index like the search page's
 * switch; `raw` hands Pagefind the query as typed.
 */
export function searchBuiltIndex(
  lang: Lang,
  requests: SearchRequest[],
  options: { also?: boolean; top?: number; raw?: boolean } = {},
): SearchRun {
  assertBuilt();
  const args = ['scripts/search-index.mjs', '--lang', lang, '--json', '--top', String(options.top ?? 5)];
  if (options.also) args.push('--also');
  if (options.raw) args.push('--raw');
  const run = spawnSync(process.execPath, args, {
    input: JSON.stringify(requests),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`search harness failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as SearchRun;
}
