/**
 * `/{lang}/{page}/cite.json`: the CSL-JSON of every citable fact on a page (timeline events,
 * glossary terms, source points), the file their citation panels link to. Reference managers
 * import it whole; each item's id is the one its panel names. One file per page keeps the
 * output proportional to the pages (three files per fact and format used to be written).
 */
import { withCacheKeys } from '../../../registry/cache-keys';
import type { GetStaticPathsOptions } from 'astro';
import type { APIContext } from 'astro';
import { compactJson, workToCsl } from '../../../lib/cite/machine';
import { citableWork } from '../../../lib/cite/citable';
import { factsByPage, type FactCitation } from '../../../lib/cite/facts';
import { LANGUAGES } from '../../../i18n/index';
import { getKnowledge, markNames } from '../../../registry';

export async function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  const knowledge = await getKnowledge();
  return withCacheKeys(
    routePattern,
    LANGUAGES.flatMap((lang) =>
      [...factsByPage(knowledge, lang)].map(([page, facts]) => ({ params: { lang, page }, props: { facts } })),
    ),
  );
}

export async function GET({ props, site }: APIContext<{ facts: FactCitation[] }>) {
  const items = await Promise.all(
    props.facts.map(async (fact) =>
      workToCsl(citableWork({ ...fact, title: await markNames(fact.title, fact.lang), site })),
    ),
  );
  return new Response(compactJson(items) + '\n', {
    headers: { 'content-type': 'application/json' },
  });
}
