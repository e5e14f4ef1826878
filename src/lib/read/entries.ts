/** The curated entries of every kind: one YAML file each, validated by its kind's schema. */
import { join } from 'node:path';
import { CURATED_KIND_IDS, CURATED_KINDS, RESERVED_SLUGS, type CuratedKind } from '../content/kinds';
import type { CuratedEntry, EntriesByKind } from '../content/entries';
import { ENTRY_SCHEMAS, SLUG, type Citation } from '../content/schemas';
import { ProblemCollector, SourceInputError } from '../errors';
import { assertTraceable, citationProblem, type indexSources } from '../checks/provenance';
import { entryFieldsHint, validateEntry } from '../checks/validate';
import { readYaml, yamlFilesIn } from './yaml';

/** Every curated entry, by kind, each citation checked against its source point (`sourceIndex`). */
export function readEntries(
  root: string,
  sourceIndex: ReturnType<typeof indexSources>,
  collector: ProblemCollector,
): EntriesByKind {
  const { report } = collector;
  const entries = {} as EntriesByKind;
  for (const kind of CURATED_KIND_IDS) {
    const { directory } = CURATED_KINDS[kind];
    const schema = ENTRY_SCHEMAS[kind];
    const list: CuratedEntry[] = [];
    for (const name of yamlFilesIn(join(root, directory), report, directory)) {
      const file = `${directory}/${name}`;
      const id = name.replace(/\.yaml$/, '');
      if (!SLUG.test(id)) {
        report(
          new SourceInputError({
            file,
            problem: `"${id}" cannot be a URL slug.`,
            hint: 'name entry files in lowercase ASCII words joined by "-", e.g. fourth-embassy-district.yaml.',
          }),
        );
        continue;
      }
      if (RESERVED_SLUGS.includes(id)) {
        report(
          new SourceInputError({
            file,
            problem: `"${id}" is where list groups live (/{lang}/${CURATED_KINDS[kind].section}/${id}/…), so it cannot be an entry's slug.`,
            hint: 'rename the file to another slug (and list the old URL in urls/renames.json if it was published).',
          }),
        );
        continue;
      }
      const data = collector.attempt(() =>
        validateEntry(schema, readYaml(join(root, file), file, report), file, undefined, entryFieldsHint(kind)),
      );
      if (data === undefined) continue;
      assertTraceable(file, data.citations, sourceIndex, report);
      // A place's location is a fact like any other: its quote must stand in the point it cites.
      const location = 'location' in data ? (data.location as { citation: Citation } | undefined) : undefined;
      if (location) {
        const found = citationProblem(location.citation, sourceIndex);
        if (found) report(new SourceInputError({ file, where: 'location.citation', ...found }));
      }
      list.push({ kind, id, file, data });
    }
    (entries as Record<CuratedKind, CuratedEntry[]>)[kind] = list;
  }
  return entries;
}
