/**
 * One file per fact and machine format (/cite/<key>.bib, .ris, .json), linked from each fact's
 * citation panel: reference managers import them directly, and pages with many facts stay light.
 */
import type { APIContext } from 'astro';
import { MACHINE_FORMATS, type MachineFormat } from '../../lib/cite/text-styles';
import { citationKey, formatMachine, machineFileName, workToCsl } from '../../lib/cite/machine';
import { citableWork } from '../../lib/cite/citable';
import { anchoredEntryFact, pointFact, type FactCitation } from '../../lib/cite/facts';
import { LANGUAGES } from '../../i18n/index';
import { absoluteUrl, fragmentPath } from '../../lib/page/urls';
import { getKnowledge, markNames } from '../../registry';

export async function getStaticPaths() {
  const { events, glossary, sources } = await getKnowledge();
  const facts = LANGUAGES.flatMap((lang) => [
    ...events.map((entry) => anchoredEntryFact('events', entry, lang)),
    ...glossary.map((entry) => anchoredEntryFact('glossary', entry, lang)),
    ...sources.flatMap((source) =>
      source.sections.flatMap((section) => section.points.map((point) => pointFact(source, point.id, lang))),
    ),
  ]);
  return facts.flatMap((fact) => {
    const key = citationKey(absoluteUrl(undefined, fragmentPath(fact.lang, fact.path, fact.fragment)));
    return MACHINE_FORMATS.map((format) => ({
      params: { file: machineFileName(key, format) },
      props: { fact, format },
    }));
  });
}

export async function GET({ props, site }: APIContext<{ fact: FactCitation; format: MachineFormat }>) {
  const work = citableWork({ ...props.fact, title: await markNames(props.fact.title, props.fact.lang), site });
  return new Response(formatMachine(props.format, workToCsl(work)) + '\n');
}
