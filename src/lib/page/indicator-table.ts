import type { Indicator } from '../content/schemas';
import { periodShown, withNameMarks, type MarkedName } from '../format/provenance';
import { absoluteUrl, entryUrl } from '../urls/urls';
import { csvField } from '../format/escape';

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
] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string | number>;

/**
 * One row per indicator; `sources` lists `source#point` citations, separated by "; ". The
 * period columns are written by the same formatter as the pages (`dates`: the cited documents'
 * publication dates, for "as of the report").
 */
export function indicatorRow(
  id: string,
  indicator: Indicator,
  origin: string,
  dates: readonly string[],
  names: readonly MarkedName[],
): IndicatorRow {
  const period = {
    zh: periodShown(indicator.period, dates, 'zh', names),
    en: periodShown(indicator.period, dates, 'en', names),
  };
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
