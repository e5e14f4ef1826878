/**
 * The editorial state of the content: what is pending or untranslated, said after every build
 * and, in strict mode (`npm run build -- --strict`, CI), refused.
 */
import { SOURCE_METADATA_FILE, UNUSED_POINTS_FILE, type UntranslatedItem } from '../content/entries';
import type { SourceEntry } from '../content/schemas';
import { SourceInputError } from '../errors';
import type { PointCoverage } from './provenance';

/** The next step for a pending point: accept its draft, or draft it. */
function pendingHint(source: string, drafted: ReadonlySet<string>, point: string): string {
  return drafted.has(`${source}#${point}`)
    ? `accept its draft in src/content/drafts/${source}.yaml (kind, slug and every empty field, or kind: unused ` +
        'with entry.reason; then status: accepted).'
    : `run \`npm run draft -- ${source}\` for a draft of its entry (src/content/drafts/${source}.yaml), ` +
        `cite it from an entry in src/content/<kind>/, or list it with a reason in ${UNUSED_POINTS_FILE}.`;
}

/** Work left for editors as problems: each pending point, each untranslated item. */
export function editorialProblems(
  coverage: PointCoverage,
  untranslated: readonly UntranslatedItem[],
  seedFileOf: (slug: string) => string,
  drafted: ReadonlySet<string> = new Set(),
): SourceInputError[] {
  const problems: SourceInputError[] = [];
  const report = (error: SourceInputError) => problems.push(error);
  for (const { source, point } of coverage.pending) {
    report(
      new SourceInputError({
        file: seedFileOf(source),
        where: `${source} ${point}`,
        problem: 'point pending: neither cited by an entry nor listed as unused.',
        hint: pendingHint(source, drafted, point),
      }),
    );
  }
  for (const item of untranslated) {
    report(
      new SourceInputError({
        file: item.file,
        where: item.item,
        problem: `not translated yet (source "${item.source}").`,
        hint:
          item.item === 'titleEn'
            ? `write the site's English title as titleEn in ${SOURCE_METADATA_FILE}.`
            : 'write the Chinese translation in this file.',
      }),
    );
  }
  return problems;
}

/** One line per fact an editor wants after a build: documents, points, what is left to curate and how. */
export function editorialSummary(content: {
  sources: readonly SourceEntry[];
  coverage: PointCoverage;
  untranslated: readonly UntranslatedItem[];
  drafts?: readonly { source: string; point: string }[];
}): string[] {
  const { coverage, sources, untranslated } = content;
  const lines = [
    `[content] ${sources.length} document(s), ${coverage.total} point(s): ${coverage.cited.length} cited, ` +
      `${coverage.listedUnused.length} not used (with a reason), ${coverage.pending.length} pending.`,
  ];
  if (coverage.pending.length > 0) {
    lines.push(
      `[content] pending (published, labelled "not yet curated"): ` +
        coverage.pending.map(({ source, point }) => `${source}#${point}`).join(', '),
    );
  }
  if (untranslated.length > 0) {
    const bySource = new Map<string, string[]>();
    for (const item of untranslated) bySource.set(item.source, [...(bySource.get(item.source) ?? []), item.item]);
    lines.push(
      `[content] untranslated: ` +
        [...bySource].map(([source, items]) => `${source} (${items.length}: ${items.join(', ')})`).join('; '),
    );
  }
  const drafted = new Set((content.drafts ?? []).map(({ source, point }) => `${source}#${point}`));
  const pendingSources = (withDraft: boolean) => [
    ...new Set(
      coverage.pending
        .filter(({ source, point }) => drafted.has(`${source}#${point}`) === withDraft)
        .map((p) => p.source),
    ),
  ];
  for (const source of pendingSources(false)) lines.push(`[content] next: npm run draft -- ${source}`);
  for (const source of pendingSources(true))
    lines.push(`[content] next: accept the drafts in src/content/drafts/${source}.yaml (status: accepted)`);
  if (untranslated.length > 0)
    lines.push('[content] next: write titleEn in src/content/sources.yaml and fill src/content/source-translations/');
  if (coverage.pending.length > 0 || untranslated.length > 0) {
    lines.push(
      '[content] `npm run check:content -- --strict` fails until these are curated (docs/adding-a-source.md).',
    );
  }
  return lines;
}
