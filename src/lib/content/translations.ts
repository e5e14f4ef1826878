import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import { figuresIn as foundFiguresIn, figureValuesIn, type FoundFigure } from '../text/figures';
import { sameBound } from '../text/qualifiers';
import type { SourceEntry, SourceTranslation } from './schemas';

/** The figures a text states, as numbers (any script; see src/lib/text/figures.ts). */
export function figuresIn(text: string, names: readonly string[] = []): number[] {
  return figureValuesIn(text, names);
}

const QUALIFIER_WORDS: Record<FoundFigure['qualifier'], string> = {
  'as-stated': 'as a plain number',
  over: 'as "over"',
  nearly: 'as "nearly"',
  about: 'as "about"',
  'at-least': 'as "at least"',
};

/**
 * What a translation says that its English point does not: a figure it does not state, or a
 * qualifier ("over", 以上, 约) next to a figure that the point states plainly. Each is named with
 * the words it stands in. Names with numbers (`names`) are not figures.
 */
export function translationProblem(english: string, chinese: string, names: readonly string[] = []): string | null {
  const stated = foundFiguresIn(english, names);
  const translated = foundFiguresIn(chinese, names);
  const invented = translated.filter((figure) => !stated.some((found) => found.value === figure.value));
  if (invented.length > 0) {
    const named = invented.map((figure) => `${figure.value} ("${figure.written}" in "${figure.context}")`);
    return `the translation states ${named.join(', ')}, which the source point does not.`;
  }
  for (const figure of translated) {
    const same = stated.filter((found) => found.value === figure.value);
    if (figure.qualifier === 'as-stated' || same.some((found) => sameBound(found.qualifier, figure.qualifier)))
      continue;
    const given = [...new Set(same.map((found) => QUALIFIER_WORDS[found.qualifier]))].join(' / ');
    return (
      `the translation qualifies ${figure.value} with "${figure.qualifierWord}" (${figure.qualifier}) in ` +
      `"${figure.context}", but the source point states it ${given}.`
    );
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
                hint:
                  `correct points.${point.id} in ${file} to say only what the point says, then run ` +
                  `\`npm run check:content\`; the point reads: "${point.text}"`,
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
