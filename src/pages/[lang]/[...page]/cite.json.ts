/**
 * `/{lang}/{page}/cite.json`: the CSL-JSON of every citable fact on a page (timeline events,
 * glossary terms, source points), the file their citation panels link to. Reference managers
 * import it whole; each item's id is the one its panel names. One file per page keeps the
 * output proportional to the pages (three files per fact and format used to be written).
 */
import type { APIContext } from 'astro';
import { compactJson, workToCsl } from '../../../lib/cite/machine';
import { citableWork } from '../../../lib/cite/citable';
import { factsByPage, type FactCitation } from '../../../lib/cite/facts';
import { LANGUAGES } from '../../../i18n/index';
import { getKnowledge } from '../../../registry';

export async function getStaticPaths() {
  const knowledge = await getKnowledge();
  return LANGUAGES.flatMap((lang) =>
    [...factsByPage(knowledge, lang)].map(([page, facts]) => ({ params: { lang, page }, props: { facts } })),
  );
}

export function GET({ props, site }: APIContext<{ facts: FactCitation[] }>) {
  return new Response(compactJson(props.facts.map((fact) => workToCsl(citableWork({ ...fact, site })))) + '\n', {
    headers: { 'content-type': 'application/json' },
  });
}
