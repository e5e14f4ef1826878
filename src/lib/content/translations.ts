import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import { figureValuesIn, qualifiersIn } from '../text/figures';
import type { SourceEntry, SourceTranslation } from './schemas';

/** The figures a text states, as numbers (any script; see src/lib/text/figures.ts). */
export function figuresIn(text: string, names: readonly string[] = []): number[] {
  return figureValuesIn(text, names);
}

/**
 * What a translation says that its English point does not: a figure it does not state, or a
 * qualifier ("over", "nearly") it does not use. Names with numbers (`names`) are not figures.
 */
export function translationProblem(english: string, chinese: string, names: readonly string[] = []): string | null {
  const stated = new Set(figuresIn(english, names));
  const invented = figuresIn(chinese, names).filter((figure) => !stated.has(figure));
  if (invented.length > 0) return `the translation states ${invented.join(', ')}, which the source point does not.`;
  const englishQualifiers = new Set(qualifiersIn(english, 'en'));
  const added = qualifiersIn(chinese, 'zh').filter((family) => !englishQualifiers.has(family));
  if (added.length > 0) {
    return `the translation qualifies a figure as "${added.join('", "')}", which the source point does not.`;
  }
  return null;
}

/**
 * Adds the site's Chinese translation to a source's headings and points. A translation may
 * only state figures its English point states: a mistyped number is reported (and that
 * translation left out). Empty slots stay untranslated.
 */
export function applyTranslation(
  source: SourceEntry,
  translation: SourceTranslation,
  file: string,
  report: ReportProblem = throwProblem,
  names: readonly string[] = [],
): SourceEntry {
  // Every heading and point the file names must exist in the document.
  const known = {
    headings: source.sections.map((section) => section.id),
    points: source.sections.flatMap((section) => section.points.map((point) => point.id)),
  };
  for (const part of ['headings', 'points'] as const) {
    const ids = new Set(known[part]);
    for (const id of Object.keys(translation[part])) {
      if (ids.has(id)) continue;
      report(
        new SourceInputError({
          file,
          where: `${part}.${id}`,
          problem: `source "${source.slug}" has no ${part === 'headings' ? 'section' : 'point'} "${id}".`,
          hint: `its ${part === 'headings' ? 'sections' : 'points'} are: ${known[part].join(', ')}.`,
        }),
      );
    }
  }
  return {
    ...source,
    sections: source.sections.map((section) => ({
      ...section,
      headingZh: translation.headings[section.id] ?? null,
      points: section.points.map((point) => {
        const zh = translation.points[point.id] ?? null;
        if (zh !== null) {
          const problem = translationProblem(point.text, zh, names);
          if (problem) {
            report(
              new SourceInputError({
                file,
                where: `points.${point.id}`,
                problem,
                hint: `say only what the point says; it reads: "${point.text}"`,
              }),
            );
            return { ...point, zh: null };
          }
        }
        return { ...point, zh };
      }),
    })),
  };
}
