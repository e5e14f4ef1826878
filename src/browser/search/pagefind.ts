/**
 * The parts of pagefind.js (1.6) the search page uses, and where it is loaded from: under the
 * site's base path (`/bj/pagefind/` for a site served at https://example.org/bj/).
 */
import type { PagefindResult, PagefindSearch } from '../../lib/search/understand';
import { SEARCH_BUNDLES } from '../../lib/search/bundles';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  /** The page's text, and as pagefind.js cuts it into the words `Result.words` points at. */
  content: string;
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: SubResult[];
}

export interface Result extends PagefindResult {
  data(): Promise<ResultData>;
}

export interface Pagefind extends PagefindSearch<Result> {
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
}

export interface PagefindModule {
  createInstance(options: Record<string, unknown>): Pagefind;
}

/** The page's own language's index, or merged with the other language's. */
export type IndexSet = 'own' | 'merged';

export const BASE_URL: string = import.meta.env.BASE_URL;

/** Loads pagefind.js from the first bundle (every bundle's instances are made from it). */
export async function loadPagefind(): Promise<PagefindModule> {
  return (await import(/* @vite-ignore */ `${BASE_URL}${SEARCH_BUNDLES[0].path}pagefind.js`)) as PagefindModule;
}
