/**
 * `/{lang}/timeline/anchors.json`, `/{lang}/glossary/anchors.json`: every entry's slug (and each
 * slug it had before a rename) and the group page that lists it at that anchor. An anchor
 * published on the list page before it was grouped (`/en/timeline/#slug`) keeps working: when the
 * list page no longer holds that id, the site script reads this map and goes to the group page
 * (src/browser/anchor-resolver.ts); the entry's own page is its URL today.
 */
import { withCacheKeys } from '../../../registry/cache-keys';
import type { GetStaticPathsOptions } from 'astro';
import type { APIContext } from 'astro';
import { LANGUAGES, type Lang } from '../../../i18n/index';
import { CURATED_KIND_IDS, isAnchoredKind, KINDS, type AnchoredKind } from '../../../lib/content/kinds';
import renames from '../../../../urls/renames.json';
import { entryGroupUrl, entryPath, formerSlugs } from '../../../lib/urls/urls';
import { getKnowledge } from '../../../registry';

const ANCHORED_KINDS = CURATED_KIND_IDS.filter(isAnchoredKind);

export function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  return withCacheKeys(
    routePattern,
    LANGUAGES.flatMap((lang) =>
      ANCHORED_KINDS.map((kind) => ({ params: { lang, section: KINDS[kind].section }, props: { kind } })),
    ),
  );
}

export async function GET({ params, props }: APIContext<{ kind: AnchoredKind }>) {
  const lang = params.lang as Lang;
  const { entries: entriesByKind, indexGroups } = await getKnowledge();
  const entries = entriesByKind[props.kind];
  // The group page's URL without the fragment: the script keeps the reader's own.
  const map = Object.fromEntries(
    entries.flatMap((entry) => {
      const group = entryGroupUrl(lang, props.kind, entry.data, indexGroups);
      // A renamed entry answers its old slugs too, as its group page does.
      const slugs = [entry.id, ...formerSlugs(renames, entryPath(props.kind, entry.id))];
      return slugs.map((slug) => [slug, group]);
    }),
  );
  return new Response(JSON.stringify(map) + '\n', { headers: { 'content-type': 'application/json' } });
}
