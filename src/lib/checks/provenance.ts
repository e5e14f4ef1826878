import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import type { Citation } from '../content/schemas';

/** The part of a source the provenance checks need: its slug and its points by id. */
export interface CitableSource {
  slug: string;
  sections: { points: { id: string; raw: string; text: string }[] }[];
}

export type SourcesBySlug = ReadonlyMap<string, CitableSource>;

export function indexSources(sources: readonly CitableSource[]): SourcesBySlug {
  return new Map(sources.map((source) => [source.slug, source]));
}

function pointOf(source: CitableSource, pointId: string) {
  for (const section of source.sections) {
    const point = section.points.find((candidate) => candidate.id === pointId);
    if (point) return point;
  }
  return undefined;
}

/** Says what is wrong with a citation, or null when its quote stands verbatim in its point. */
export function citationProblem(citation: Citation, sources: SourcesBySlug): { problem: string; hint: string } | null {
  const source = sources.get(citation.source);
  if (!source) {
    return {
      problem: `unknown source "${citation.source}".`,
      hint:
        sources.size > 0
          ? `use one of: ${[...sources.keys()].join(', ')}.`
          : 'the site has no source yet: add its seed with `npm run add-source -- <seed file>` first.',
    };
  }
  const point = pointOf(source, citation.point);
  if (!point) {
    const ids = source.sections.flatMap((section) => section.points.map((p) => p.id));
    return {
      problem: `source "${citation.source}" has no point "${citation.point}".`,
      hint: `its points are: ${ids.join(', ')}.`,
    };
  }
  if (!point.raw.includes(citation.quote) && !point.text.includes(citation.quote)) {
    return {
      problem: `the quote "${citation.quote}" is not in ${citation.source} ${citation.point}.`,
      hint: `quote the point word for word; it reads: "${point.text}"`,
    };
  }
  return null;
}

/** Reports, naming the entry file and the citation, every citation that is not traceable. */
export function assertTraceable(
  entryFile: string,
  citations: readonly Citation[],
  sources: SourcesBySlug,
  report: ReportProblem = throwProblem,
): void {
  citations.forEach((citation, index) => {
    const found = citationProblem(citation, sources);
    if (found) report(new SourceInputError({ file: entryFile, where: `citation ${index + 1}`, ...found }));
  });
}

export interface PointReference {
  source: string;
  point: string;
}

export interface PointCoverage {
  total: number;
  cited: PointReference[];
  listedUnused: PointReference[];
  /**
   * Points neither cited nor listed as unused: waiting for an editor. They are published,
   * labelled, and feed nothing; `npm run build -- --strict` fails while any remain.
   */
  pending: PointReference[];
  /** Points both cited and listed as unused: the list is out of date. */
  citedButListedUnused: PointReference[];
}

/** Accounts for every point of every source: cited by an entry, listed as unused, or pending. */
export function pointCoverage(
  sources: readonly CitableSource[],
  cited: readonly PointReference[],
  listedUnused: readonly PointReference[],
): PointCoverage {
  const key = (reference: PointReference) => `${reference.source}#${reference.point}`;
  const citedKeys = new Set(cited.map(key));
  const unusedKeys = new Set(listedUnused.map(key));
  const coverage: PointCoverage = { total: 0, cited: [], listedUnused: [], pending: [], citedButListedUnused: [] };
  for (const source of sources) {
    for (const section of source.sections) {
      for (const point of section.points) {
        const reference = { source: source.slug, point: point.id };
        coverage.total++;
        const isCited = citedKeys.has(key(reference));
        const isListed = unusedKeys.has(key(reference));
        if (isCited) coverage.cited.push(reference);
        if (isListed) coverage.listedUnused.push(reference);
        if (isCited && isListed) coverage.citedButListedUnused.push(reference);
        if (!isCited && !isListed) coverage.pending.push(reference);
      }
    }
  }
  return coverage;
}

/** The distinct sources a set of citations rests on, in citation order (two or more: "stated in both documents"). */
export function citedSources(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((citation) => citation.source))];
}
