/**
 * One form per number: the site's Chinese translation of a point a statistic cites writes the
 * statistic's number as the Chinese pages write the statistic (formatCount), since the page
 * shows the two side by side (the figure, then the point's translation under its quote).
 */
import { SourceInputError, type ReportProblem } from '../errors';
import { figuresIn } from '../text/figures';
import { formatCount, sourceMultiplier } from '../format/figures';
import { TRANSLATIONS_DIRECTORY } from '../content/entries';
import type { Indicator, SourceEntry } from '../content/schemas';

/** The site's translation of each point, by `source#point`. */
function translatedPoints(sources: readonly Pick<SourceEntry, 'slug' | 'sections'>[]): Map<string, string> {
  const points = new Map<string, string>();
  for (const source of sources)
    for (const section of source.sections)
      for (const point of section.points) if (point.zh) points.set(`${source.slug}#${point.id}`, point.zh);
  return points;
}

export function translatedFigureFormProblems(
  indicators: readonly { id: string; data: Indicator }[],
  sources: readonly Pick<SourceEntry, 'slug' | 'sections'>[],
  names: readonly string[],
  report: ReportProblem,
): void {
  const points = translatedPoints(sources);
  const reported = new Set<string>();
  for (const { id, data } of indicators) {
    if (data.value === undefined || data.statedAs || data.qualifier === 'rank') continue;
    const form = formatCount(data.value, 'zh', sourceMultiplier(data));
    for (const { source, point } of data.citations) {
      const translation = points.get(`${source}#${point}`) ?? '';
      for (const figure of figuresIn(translation, names).filter((found) => found.value === data.value)) {
        const written = figure.written.replace(/\s+/g, '');
        if (written === form || reported.has(`${source}#${point} ${written}`)) continue;
        reported.add(`${source}#${point} ${written}`);
        report(
          new SourceInputError({
            file: `${TRANSLATIONS_DIRECTORY}/${source}.yaml`,
            where: `point ${point}`,
            problem: `the translation writes "${figure.written}" where the statistic ${id} shows the same number as "${form}", on the page beside it.`,
            hint:
              `write "${form}": Chinese pages keep a source’s own 万/亿 and otherwise group digits by thousands ` +
              '(src/lib/format/figures.ts, formatCount).',
          }),
        );
      }
    }
  }
}
