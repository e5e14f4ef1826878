// Each statistic's own downloads and the compact table of every figure, checked against the
// site-wide files the build writes, so that a figure reads the same wherever it is published.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIST, readJson, readPage } from '../helpers/site';
import { curatedEntries, sourceDocuments } from '../helpers/content';
import { sortByTitle } from '../../src/lib/format/collation';

type Row = Record<string, string>;
const readCsv = (urlPath: string): Row[] =>
  parse(readFileSync(join(DIST, urlPath), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
const all = readCsv('/data/indicators.csv');
const allJson = readJson<(Row & { citations: unknown[] })[]>('/data/indicators.json');

describe('the data files a spreadsheet opens', () => {
  const documents = new Map(sourceDocuments().map((source) => [source.slug, source]));
  const indicators = curatedEntries('indicators');

  it('open with a UTF-8 byte-order mark, so a spreadsheet reads the Chinese right', () => {
    const bytes = readFileSync(join(DIST, '/data/indicators.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('give as_of, period_start and period_end as ISO dates only where the source states them', () => {
    for (const { id, data } of indicators) {
      const row = all.find((candidate) => candidate.id === id)!;
      const dates = [...new Set(data.citations.map((c) => documents.get(c.source)!.published))].filter(Boolean);
      expect(row.as_of, id).toBe(data.period.basis === 'as-of-report' ? dates.sort().join('; ') : '');
      for (const value of row.as_of.split('; ').filter(Boolean)) expect(value, id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(row.period_start, id).toBe(data.period.start ?? '');
      expect(row.period_end, id).toBe(data.period.end ?? '');
      // A period the site reads keeps its mark in the data files too.
      if (row.period_start || row.period_end) expect(['stated', 'site'], id).toContain(row.period_basis);
    }
  });

  it('name each cited document by its outlet, date and page, empty where the seed gives none', () => {
    for (const { id, data } of indicators) {
      const row = all.find((candidate) => candidate.id === id)!;
      const cited = [...new Set(data.citations.map((c) => c.source))].map((slug) => documents.get(slug)!);
      const list = (column: string) => row[column].split('; ');
      expect(list('source_outlet_zh'), id).toEqual(cited.map((source) => source.outlet?.zh ?? ''));
      expect(list('source_outlet_en'), id).toEqual(cited.map((source) => source.outlet?.en ?? ''));
      expect(list('source_published'), id).toEqual(cited.map((source) => source.published ?? ''));
      expect(list('source_url'), id).toEqual(
        cited.map((source) => expect.stringMatching(new RegExp(`^https?://[^#]*/en/sources/${source.slug}/$`))),
      );
      const json = allJson.find((item) => item.id === id)!;
      for (const field of ['as_of', 'period_start', 'period_end', 'source_outlet_en', 'source_url']) {
        expect(json[field], `${id} ${field}`).toBe(row[field]);
      }
      const citations = json.citations as { source: string; outlet: unknown; published: unknown; sourceUrl: string }[];
      for (const citation of citations) {
        const source = documents.get(citation.source)!;
        expect([citation.outlet, citation.published], id).toEqual([source.outlet, source.published]);
        expect(citation.sourceUrl, id).toContain(`/en/sources/${source.slug}/`);
      }
    }
  });

  it.each(['zh', 'en'])('document every column on /%s/data/', (lang) => {
    const $ = readPage(`/${lang}/data/`);
    const documented = $('#columns ~ .table-scroll tbody th code')
      .map((_, code) => $(code).text())
      .get();
    expect(documented).toEqual(Object.keys(all[0]));
  });
});

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
    expect(
      rows
        .map((_, row) => $(row).attr('data-indicator'))
        .get()
        .sort(),
    ).toEqual(all.map((row) => row.id).sort());
    rows.each((_, element) => {
      const row = $(element);
      const data = all.find((candidate) => candidate.id === row.attr('data-indicator'))!;
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

  it(`lists the figures in the order ${lang} readers look titles up (${lang === 'zh' ? 'pinyin' : 'alphabetical'})`, () => {
    const shown = rows.map((_, row) => $(row).attr('data-indicator')).get();
    const expected = sortByTitle(all, (row) => row[`label_${lang}`], lang).map((row) => row.id);
    expect(shown).toEqual(expected);
    // Not merely the order of the files: the test means something only where the two differ.
    expect(expected).not.toEqual(all.map((row) => row.id));
    // Each value in a card below 40rem carries its column's name; only the header row sorts.
    expect(rows.first().find('td[data-label]').length).toBe(4);
    expect($('table.figure-table[data-sortable] thead th[data-sort]').length).toBe(4);
  });
});
