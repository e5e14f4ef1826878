/**
 * Files published before facts were cited through their page's CSL-JSON file
 * (`/{lang}/{page}/cite.json`): one per fact and machine format (/cite/<key>.bib, .ris, .json).
 * A published URL keeps working, so the files listed in urls/published.txt are still built,
 * with the same content; no new fact gets them, which keeps the output proportional to pages.
 */
import { readFileSync } from 'node:fs';
import type { APIContext } from 'astro';
import { MACHINE_FORMATS, type MachineFormat } from '../../lib/cite/text-styles';
import { citationKey, formatMachine, machineFileName, workToCsl } from '../../lib/cite/machine';
import { citableWork } from '../../lib/cite/citable';
import { factsByPage, type FactCitation } from '../../lib/cite/facts';
import { LANGUAGES } from '../../i18n/index';
import { absoluteUrl, fragmentPath } from '../../lib/page/urls';
import { getKnowledge, markNames } from '../../registry';

/** The `/cite/` files in the URL manifest (its format: scripts/lib/url-manifest.mjs). */
function publishedCiteFiles(): Set<string> {
  const manifest = readFileSync('urls/published.txt', 'utf8').split('\n');
  return new Set(manifest.map((line) => line.trim()).filter((line) => line.startsWith('/cite/')));
}

export async function getStaticPaths() {
  const knowledge = await getKnowledge();
  const published = publishedCiteFiles();
  const facts = LANGUAGES.flatMap((lang) => [...factsByPage(knowledge, lang).values()].flat());
  return facts.flatMap((fact) => {
    const key = citationKey(absoluteUrl(undefined, fragmentPath(fact.lang, fact.path, fact.fragment)));
    return MACHINE_FORMATS.filter((format) => published.has(`/cite/${machineFileName(key, format)}`)).map((format) => ({
      params: { file: machineFileName(key, format) },
      props: { fact, format },
    }));
  });
}

export async function GET({ props, site }: APIContext<{ fact: FactCitation; format: MachineFormat }>) {
  const work = citableWork({ ...props.fact, title: await markNames(props.fact.title, props.fact.lang), site });
  return new Response(formatMachine(props.format, workToCsl(work)) + '\n');
}
