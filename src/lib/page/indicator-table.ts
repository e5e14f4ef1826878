import type { Indicator } from '../content/schemas';
import { periodShown, withNameMarks, type MarkedName } from '../format/provenance';
import { absoluteUrl, entryUrl } from '../urls/urls';
import { csvField } from '../format/escape';
import { figureParts } from '../format/figures';
import { citedSources } from '../checks/provenance';

/** What a data file says of a cited document: its outlet and date, null where the seed gives none. */
export interface SourceFacts {
  outlet: { zh: string; en: string } | null;
  published: string | null;
}

/** Values of the `source_*` columns: one per cited source, in citation order, joined by "; ". */
const perSource = (values: readonly string[]) => values.join('; ');

/** The columns of /data/indicators.csv, in order; /en/data/ documents each. */
export const INDICATOR_COLUMNS = [
  'id',
  'label_zh',
  'label_en',
  'value',
  'qualifier',
  'unit_zh',
  'unit_en',
  'stated_as_zh',
  'stated_as_en',
  'period_zh',
  'period_en',
  'compared_with_zh',
  'compared_with_en',
  'sources',
  'url',
  // Added after the first release (columns are only ever appended): where the period comes from.
  'period_basis',
  'period_quote',
  // Machine-readable dates, exactly as stated (never inferred), and each cited source as readers know it.
  'as_of',
  'period_start',
  'period_end',
  'source_outlet_zh',
  'source_outlet_en',
  'source_published',
  'source_url',
  // The figure as the pages write it, one form per language (src/lib/format/figures.ts).
  'figure_zh',
  'figure_en',
] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string | number>;

/**
 * One row per indicator; `sources` lists `source#point` citations, separated by "; ". The
 * period columns are written by the same formatter as the pages (`dates`: the cited documents'
 * publication dates, for "as of the report"). `as_of` holds those dates only for a figure given
 * as of its report; `period_start`/`period_end` only what the entry records (a stated period's
 * years, or the site's reading, which `period_basis` marks). The `source_*` columns give each
 * cited document's outlet, date and page on this site, empty where the seed gives none.
 */
export function indicatorRow(
  id: string,
  indicator: Indicator,
  origin: string,
  dates: readonly string[],
  names: readonly MarkedName[],
  sourceBySlug: ReadonlyMap<string, SourceFacts>,
): IndicatorRow {
  const period = {
    zh: periodShown(indicator.period, dates, 'zh', names),
    en: periodShown(indicator.period, dates, 'en', names),
  };
  const cited = citedSources(indicator.citations).map((slug) => ({ slug, ...sourceBySlug.get(slug)! }));
  return {
    id,
    // Names the site identified or translated carry their marks, as on the statistic's page.
    label_zh: withNameMarks(indicator.title.zh, names, 'zh'),
    label_en: withNameMarks(indicator.title.en, names, 'en'),
    value: indicator.value ?? '',
    qualifier: indicator.qualifier,
    unit_zh: indicator.unit?.zh ?? '',
    unit_en: indicator.unit?.en ?? '',
    stated_as_zh: indicator.statedAs?.zh ?? '',
    stated_as_en: indicator.statedAs?.en ?? '',
    period_zh: period.zh,
    period_en: period.en,
    compared_with_zh: indicator.comparison?.against.zh ?? '',
    compared_with_en: indicator.comparison?.against.en ?? '',
    sources: [...new Set(indicator.citations.map((citation) => `${citation.source}#${citation.point}`))].join('; '),
    url: absoluteUrl(origin, entryUrl('en', 'indicators', id)),
    period_basis: indicator.period.basis,
    period_quote: indicator.period.quote ?? '',
    as_of: indicator.period.basis === 'as-of-report' ? dates.join('; ') : '',
    period_start: indicator.period.start ?? '',
    period_end: indicator.period.end ?? '',
    source_outlet_zh: perSource(cited.map((source) => source.outlet?.zh ?? '')),
    source_outlet_en: perSource(cited.map((source) => source.outlet?.en ?? '')),
    source_published: perSource(cited.map((source) => source.published ?? '')),
    source_url: perSource(cited.map((source) => absoluteUrl(origin, entryUrl('en', 'sources', source.slug)))),
    figure_zh: figureParts(indicator, 'zh').text,
    figure_en: figureParts(indicator, 'en').text,
  };
}

/** RFC 4180 CSV (every field through csvField: quoted, formulas neutralised), CRLF line ends. */
export function toCsv(rows: IndicatorRow[]): string {
  const lines = [
    INDICATOR_COLUMNS.map(csvField).join(','),
    ...rows.map((row) => INDICATOR_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
