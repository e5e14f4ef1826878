// Each statistic's own downloads and the compact table of every figure, checked against the
// site-wide files the build writes, so that a figure reads the same wherever it is published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIST, readJson, readPage } from '../helpers/site';

type Row = Record<string, string>;
const readCsv = (urlPath: string): Row[] =>
  parse(readFileSync(join(DIST, urlPath), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
const all = readCsv('/data/indicators.csv');
const allJson = readJson<(Row & { citations: unknown[] })[]>('/data/indicators.json');

describe('per-statistic downloads', () => {
  it('give every statistic its own CSV row and JSON object, identical to the site-wide files', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) {
      expect(readCsv(`/data/indicators/${row.id}.csv`), row.id).toEqual([row]);
      expect(readJson(`/data/indicators/${row.id}.json`), row.id).toEqual(allJson.find((item) => item.id === row.id));
    }
  });

  it.each(['zh', 'en'])('are linked from each /%s/ statistic page', (lang) => {
    for (const row of all) {
      const $ = readPage(`/${lang}/statistics/${row.id}/`);
      expect($(`a[href$="/data/indicators/${row.id}.csv"][download]`).length, row.id).toBe(1);
      expect($(`a[href$="/data/indicators/${row.id}.json"]`).length, row.id).toBe(1);
    }
  });
});

describe.each(['zh', 'en'] as const)('/%s/statistics/ table of every figure', (lang) => {
  const $ = readPage(`/${lang}/statistics/`);
  const rows = $('table.figure-table tbody tr');

  it('has one row per figure, with the period the downloads state and the sources they cite', () => {
    expect(rows.map((_, row) => $(row).attr('data-indicator')).get()).toEqual(all.map((row) => row.id));
    rows.each((index, element) => {
      const row = $(element);
      const data = all[index];
      expect(row.find('td').eq(1).text().trim(), data.id).toBe(data[`period_${lang}`]);
      const sourceLinks = row
        .find('td')
        .eq(2)
        .find('a')
        .map((_, link) => $(link).attr('href')!.replace(/\/$/, '').split('/').pop())
        .get();
      expect(sourceLinks, data.id).toEqual([...new Set(data.sources.split('; ').map((cited) => cited.split('#')[0]))]);
      expect(row.find(`a[href$="/data/indicators/${data.id}.csv"]`).length).toBe(1);
    });
  });
});
