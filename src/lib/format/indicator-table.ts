import type { Indicator } from '../content/schemas';
import { absoluteUrl, entryUrl } from '../page/urls';

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
] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string | number>;

/** One row per indicator; `sources` lists `source#point` citations, separated by "; ". */
export function indicatorRow(id: string, indicator: Indicator, origin: string): IndicatorRow {
  return {
    id,
    label_zh: indicator.title.zh,
    label_en: indicator.title.en,
    value: indicator.value,
    qualifier: indicator.qualifier,
    unit_zh: indicator.unit.zh,
    unit_en: indicator.unit.en,
    stated_as_zh: indicator.statedAs?.zh ?? '',
    stated_as_en: indicator.statedAs?.en ?? '',
    period_zh: indicator.period.zh,
    period_en: indicator.period.en,
    compared_with_zh: indicator.comparison?.against.zh ?? '',
    compared_with_en: indicator.comparison?.against.en ?? '',
    sources: [...new Set(indicator.citations.map((citation) => `${citation.source}#${citation.point}`))].join('; '),
    url: absoluteUrl(origin, entryUrl('en', 'indicators', id)),
  };
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(rows: IndicatorRow[]): string {
  const quote = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [
    INDICATOR_COLUMNS.map(quote).join(','),
    ...rows.map((row) => INDICATOR_COLUMNS.map((column) => quote(row[column])).join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}
