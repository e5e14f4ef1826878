/**
 * Files published before facts were cited through their page's CSL-JSON file
 * (`/{lang}/{page}/cite.json`): one per fact and machine format (/cite/<key>.bib, .ris, .json).
 * A published URL keeps working, so the files listed in urls/legacy-cite-files.txt (a committed
 * list, never the record of what was built) are still built, with the same content (a timeline
 * event's or glossary term's URL is now its own page); no new fact gets them, which keeps the
 * output proportional to pages.
 */
import { readFileSync } from 'node:fs';
import type { APIContext, GetStaticPathsOptions } from 'astro';
import { MACHINE_FORMATS, type MachineFormat } from '../../lib/cite/text-styles';
import { citationKey, formatMachine, machineFileName, workToCsl } from '../../lib/cite/machine';
import { citableWork } from '../../lib/cite/citable';
import { factsByPage, type FactCitation } from '../../lib/cite/facts';
import { LANGUAGES } from '../../i18n/index';
import { fragmentRoute } from '../../lib/urls/urls';
import { getKnowledge, markNames } from '../../registry';
import { withCacheKeys } from '../../registry/cache-keys';

/** The names of the legacy `/cite/` files: one a line, `#` starts a comment. */
function legacyCiteFiles(): Set<string> {
  const lines = readFileSync('urls/legacy-cite-files.txt', 'utf8').split('\n');
  return new Set(lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#')));
}

/** The old paths of each renamed page (urls/renames.json), by its new path. */
function renamedFrom(): Map<string, string[]> {
  const renames = JSON.parse(readFileSync('urls/renames.json', 'utf8')) as Record<string, string>;
  const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');
  const old = new Map<string, string[]>();
  for (const [from, to] of Object.entries(renames)) old.set(trim(to), [...(old.get(trim(to)) ?? []), trim(from)]);
  return old;
}

export async function getStaticPaths({ routePattern }: GetStaticPathsOptions) {
  const knowledge = await getKnowledge();
  const legacy = legacyCiteFiles();
  // Each fact once (a listed entry is in its group page's file and its list page's), keyed by
  // the URL it had when these files were published: an entry's anchor on its list page
  // (`/en/timeline/#slug`), whose key is its own page's (`/en/timeline/slug/`).
  const facts = new Map<string, FactCitation>();
  const oldPaths = renamedFrom();
  for (const lang of LANGUAGES)
    for (const fact of [...factsByPage(knowledge, lang).values()].flat()) {
      const path = fact.path;
      // A renamed page's facts keep the files published under its old path too.
      for (const keyPath of [path, ...(oldPaths.get(path) ?? [])])
        facts.set(citationKey(fragmentRoute(fact.lang, keyPath, fact.fragment)), fact);
    }
  return withCacheKeys(
    routePattern,
    [...facts].flatMap(([key, fact]) =>
      MACHINE_FORMATS.filter((format) => legacy.has(machineFileName(key, format))).map((format) => ({
        params: { file: machineFileName(key, format) },
        props: { fact, format },
      })),
    ),
  );
}

export async function GET({ props, site }: APIContext<{ fact: FactCitation; format: MachineFormat }>) {
  const work = citableWork({ ...props.fact, title: await markNames(props.fact.title, props.fact.lang), site });
  return new Response(formatMachine(props.format, workToCsl(work)) + '\n');
}
