/**
 * `/{lang}/search/words.json`: the words and names of the site that the search page suggests
 * when a query finds nothing (src/lib/search/suggest.ts): every entry's and source's title in
 * both languages, their other names and search terms, and the Latin words of those titles. The same list for both
 * languages, since readers type either.
 */
import { withCacheKeys } from '../../../registry/cache-keys';
import type { GetStaticPathsOptions } from 'astro';
import { languagePaths } from '../../../lib/urls/urls';
import { CURATED_KIND_IDS } from '../../../lib/content/kinds';
import { getKnowledge } from '../../../registry';

export const getStaticPaths = ({ routePattern }: GetStaticPathsOptions) => withCacheKeys(routePattern, languagePaths());

/** A name, and each of its Latin words of 4 letters or more. */
function wordsOf(name: string): string[] {
  const latin = name.match(/[\p{Script=Latin}][\p{Script=Latin}'’-]{3,}/gu) ?? [];
  return [name, ...latin.map((word) => word.toLowerCase())];
}

export async function GET() {
  const { entries, sources } = await getKnowledge();
  const names: string[] = [];
  for (const kind of CURATED_KIND_IDS) {
    for (const { data } of entries[kind]) {
      names.push(
        data.title.zh,
        data.title.en,
        ...data.searchTerms.zh,
        ...data.searchTerms.en,
        ...[...data.names.zh, ...data.names.en].map(({ name }) => name),
      );
    }
  }
  for (const source of sources) names.push(source.title, ...(source.titleEn ? [source.titleEn] : []));
  const words = [...new Set(names.flatMap(wordsOf))].sort();
  return new Response(JSON.stringify(words) + '\n', { headers: { 'content-type': 'application/json' } });
}
