import { SourceInputError, throwProblem, type ReportProblem } from '../checks/errors';
import type { SourceEntry, SourceTranslation } from './schemas';

/**
 * The figures a text states, as numbers: "35,000" → 35000, "6th" → 6, "32%" → 32.
 * Month and day numbers of a Chinese date (3月, 16日) are left out: English writes them as words.
 */
export function figuresIn(text: string): number[] {
  const withoutChineseDates = text.replace(/(?<!\d)\d{1,2}(?=[月日])/g, '');
  return [...withoutChineseDates.matchAll(/\d+(?:[,，]\d{3})*(?:\.\d+)?/g)].map((match) =>
    Number(match[0].replace(/[,，]/g, '')),
  );
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
): SourceEntry {
  const sectionIds = new Set(source.sections.map((section) => section.id));
  for (const id of Object.keys(translation.headings)) {
    if (!sectionIds.has(id)) {
      report(
        new SourceInputError({
          file,
          where: `headings.${id}`,
          problem: `source "${source.slug}" has no section "${id}".`,
          hint: `its sections are: ${[...sectionIds].join(', ')}.`,
        }),
      );
    }
  }
  const pointIds = new Set(source.sections.flatMap((section) => section.points.map((point) => point.id)));
  for (const id of Object.keys(translation.points)) {
    if (!pointIds.has(id)) {
      report(
        new SourceInputError({
          file,
          where: `points.${id}`,
          problem: `source "${source.slug}" has no point "${id}".`,
          hint: `its points are: ${[...pointIds].join(', ')}.`,
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
          const stated = new Set(figuresIn(point.text));
          const invented = figuresIn(zh).filter((figure) => !stated.has(figure));
          if (invented.length > 0) {
            report(
              new SourceInputError({
                file,
                where: `points.${point.id}`,
                problem: `the translation states ${invented.join(', ')}, which the source point does not.`,
                hint: `use only the point's own figures; it reads: "${point.text}"`,
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
