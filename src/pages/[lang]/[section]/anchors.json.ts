/**
 * `/{lang}/timeline/anchors.json`, `/{lang}/glossary/anchors.json`: every entry's slug and the
 * group page it lives on. An anchor published on the list page before it was grouped
 * (`/en/timeline/#slug`) keeps working: when the list page no longer holds that id, the site
 * script reads this map and goes to the group page (src/browser/anchor-resolver.ts).
 */
import { withCacheKeys } from '../../../registry/cache-keys';
import type { GetStaticPathsOptions } from 'astro';
import type { APIContext } from 'astro';
import { LANGUAGES, type Lang } from '../../../i18n/index';
import { ANCHOR_GROUPING, type AnchoredKind } from '../../../lib/page/groups';
import { entryUrl } from '../../../lib/page/urls';
import { getKnowledge } from '../../../registry';

const ANCHORED_KINDS = Object.keys(ANCHOR_GROUPING) as AnchoredKind[];

export function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  return withCacheKeys(
    routePattern,
    LANGUAGES.flatMap((lang) =>
      ANCHORED_KINDS.map((kind) => ({ params: { lang, section: ANCHOR_GROUPING[kind].section }, props: { kind } })),
    ),
  );
}

export async function GET({ params, props }: APIContext<{ kind: AnchoredKind }>) {
  const lang = params.lang as Lang;
  const entries = (await getKnowledge()).entries[props.kind];
  // The group page's URL without the fragment: the script keeps the reader's own.
  const map = Object.fromEntries(
    entries.map((entry) => [entry.id, entryUrl(lang, props.kind, entry.id, entry.data).split('#')[0]]),
  );
  return new Response(JSON.stringify(map) + '\n', { headers: { 'content-type': 'application/json' } });
}
