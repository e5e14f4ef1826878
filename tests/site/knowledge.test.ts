import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PointCoverage } from '../../src/lib/checks/provenance';
import { curatedEntries } from '../helpers/content';
import { CURATED_KIND_IDS } from '../../src/lib/content/kinds';
import { builtPages, pageScripts, readJson, readPage } from '../helpers/site';

const indicators = curatedEntries('indicators');
const glossary = curatedEntries('glossary');
const valueOf = new Map(indicators.map(({ id, data }) => [id, data.value]));
const pages = builtPages();
const knowledgePages = pages.filter((page) => /^\/(zh|en)\/(statistics|timeline|places|glossary)\//.test(page));

describe('statistics', () => {
  it('has an indicator for every figure the seeds state', () => {
    const values = indicators.flatMap(({ data }) => (data.value === undefined ? [] : [data.value]));
    for (const figure of [127, 32, 35000, 47, 8000, 70, 94, 287, 15, 6, 3, 289, 14, 66])
      expect(values).toContain(figure);
    const area = indicators.find(({ id }) => id === 'indoor-exhibition-area')!;
    expect(area.data.statedAs?.en).toBe('nearly doubled');
    // "Nearly doubled" is words, not the number 2.
    expect(area.data.value).toBeUndefined();
  });

  it('builds a page per indicator in both languages, showing the registry value', () => {
    for (const { id, data } of indicators) {
      for (const lang of ['zh', 'en']) {
        const $ = readPage(`/${lang}/statistics/${id}/`);
        const figure = $('.key-data [data-figure]');
        expect(figure.attr('data-figure')).toBe(id);
        expect(figure.attr('value')).toBe(data.value === undefined ? undefined : String(data.value));
      }
    }
  });

  it('formats figures per locale from the one registry value', () => {
    expect(readPage('/zh/statistics/foreign-enterprises/')('.key-data [data-figure]').text()).toBe('超过3.5万家');
    expect(readPage('/en/statistics/foreign-enterprises/')('.key-data [data-figure]').text()).toBe(
      'over 35,000 enterprises',
    );
    expect(readPage('/zh/statistics/international-organizations/')('.key-data [data-figure]').text()).toBe('127家');
    expect(readPage('/en/statistics/city-index-rank/')('.key-data [data-figure]').text()).toBe('6th');
  });

  it('says a figure is stated in both documents (not "corroborated"), or in one', () => {
    expect(readPage('/en/statistics/international-organizations/')('.key-data .badge').text().trim()).toBe(
      'Stated in both documents',
    );
    expect(readPage('/zh/statistics/key-street-blocks/')('.key-data .badge').text().trim()).toBe('两份文档均有记载');
    expect(readPage('/en/statistics/international-friendly-cities/')('.key-data .badge').text().trim()).toBe(
      'Stated in one document',
    );
    for (const page of pages) expect(readPage(page)('main').text(), page).not.toMatch(/corroborated by|相互印证/i);
  });

  it('labels the baseline implied by +32% as derived, with its formula, and draws it as an SVG chart with a text alternative', () => {
    const $ = readPage('/en/statistics/international-organizations-growth/');
    const chart = $('figure.chart');
    expect(chart.find('svg[role="img"] title').text()).toContain('International organizations in Beijing');
    expect(chart.text()).toContain('derived: 127 ÷ (1 + 32%), not stated by any source');
    expect(chart.find('table td').first().text()).toBe('≈96 (Derived by the site)');
    // The chart needs no script; the only one on the page is the site-wide one (search shortcut, citation copy).
    expect(pageScripts($).length).toBe(0);
    expect(readPage('/zh/statistics/international-friendly-cities/')('figure.chart').length).toBe(0);
    // The derived bar is hatched and outlined, so it cannot pass for a stated one.
    expect(chart.find('svg pattern').length).toBe(1);
    expect(chart.find('svg [fill^="url(#"]').length).toBeGreaterThan(0);
    expect(chart.find('svg [stroke-dasharray]').length).toBeGreaterThan(0);
    // A qualitative statement ("nearly doubled") gets no bar.
    for (const { id, data } of indicators.filter(({ data }) => data.value === undefined)) {
      expect(readPage(`/en/statistics/${id}/`)('figure.chart').length, id).toBe(0);
      expect(data.statedAs).toBeDefined();
    }
  });

  it('publishes a CSV that a real CSV parser reads back to the registry', () => {
    const rows = parseCsv(readFileSync('dist/data/indicators.csv', 'utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.id).sort()).toEqual(indicators.map(({ id }) => id).sort());
    for (const row of rows) {
      const indicator = indicators.find(({ id }) => id === row.id)!.data;
      expect(row.value === '' ? undefined : Number(row.value)).toBe(indicator.value);
      expect(row.label_zh).toBe(indicator.title.zh);
      expect(row.label_en).toBe(indicator.title.en);
      expect(row.sources.split('; ')).toEqual([...new Set(indicator.citations.map((c) => `${c.source}#${c.point}`))]);
      expect(row.url).toMatch(new RegExp(`/en/statistics/${row.id}/$`));
    }
    const json = readJson<{ id: string; value: number | '' }[]>('data/indicators.json');
    expect(json.map(({ id, value }) => [id, String(value)])).toEqual(rows.map((row) => [row.id, row.value]));
  });
});

describe('figures across languages', () => {
  const figuresOn = (path: string) => {
    const $ = readPage(path);
    return $('main [data-figure]')
      .map((_, element) => `${$(element).attr('data-figure')}=${$(element).attr('value')}`)
      .get()
      .sort();
  };

  it('shows the same figures on a Chinese page and its English counterpart, each equal to the registry', () => {
    // An initial's page has no counterpart (a term's initial differs between the languages).
    for (const path of pages.filter((page) => page.startsWith('/zh/') && !page.includes('/by-initial/'))) {
      const zh = figuresOn(path);
      expect(figuresOn(path.replace(/^\/zh\//, '/en/')), path).toEqual(zh);
      for (const figure of zh) {
        const [id, value] = figure.split('=');
        expect(value, `${path} ${id}`).toBe(String(valueOf.get(id)));
      }
    }
  });

  it('types no figure by hand: every digit in a knowledge page is a registry figure, a date, a name or part of a citation', () => {
    // Names: glossary terms, and the search aliases of every entry (whose numbers are its title's).
    const aliases = CURATED_KIND_IDS.flatMap((kind) =>
      curatedEntries(kind).flatMap(({ data }) => [...data.aliases.zh, ...data.aliases.en]),
    );
    const names = glossary
      .flatMap(({ data }) => [data.title.zh, data.title.en, data.sourceWording])
      .concat(aliases)
      .filter((name) => /\d/.test(name))
      .sort((a, b) => b.length - a.length);
    for (const path of knowledgePages) {
      const $ = readPage(path);
      $('main')
        .find(
          // [data-count]: how many entries a list's group holds, counted by the build; .point-ref: a source point's id (g3-1).
          '[data-figure], [data-derived], time, .citation, .point-ref, [data-term], sup.cite, .anchor-link, code, svg, .cite-panel, [data-count]',
        )
        .remove();
      // Blocks apart: the markup has no whitespace between list items (Astro's JSX whitespace rules).
      $('main').find('li, p, dt, dd, td, th, h1, h2, h3, h4, div, section, figcaption').after(' ');
      let text = $('main').text();
      for (const name of names) text = text.split(name).join(' ');
      // Years and year ranges are dates (plan periods, index editions).
      text = text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, ' ');
      // …and so are the month and day of a Chinese date (3月, 16日).
      text = text.replace(/(?<!\d)\d{1,2}(?=[月日])/g, ' ');
      // …and the day of an English date ("as of the report (16 October 2025)").
      text = text.replace(
        /(?<!\d)\d{1,2}(?= (?:January|February|March|April|May|June|July|August|September|October|November|December))/g,
        ' ',
      );
      expect(text.match(/\d+/g), path).toBeNull();
    }
  });
});

describe('timeline', () => {
  it('lists every event in date order, grouped by plan period, each with its own anchor and sources', () => {
    for (const lang of ['zh', 'en']) {
      const $ = readPage(`/${lang}/timeline/`);
      const dates = $('ol.timeline > li')
        .map((_, element) => $(element).find('.event-date time').first().attr('datetime'))
        .get();
      expect(dates).toEqual([...dates].sort());
      const ids = $('ol.timeline > li')
        .map((_, element) => $(element).attr('id'))
        .get();
      expect(ids).toEqual(
        expect.arrayContaining([
          'thirteenth-five-year-plan',
          'fourteenth-five-year-plan',
          'guidelines-march-2025',
          'city-index-2025',
          'china-news-network-report',
          'fifteenth-five-year-plan',
        ]),
      );
      $('ol.timeline > li').each((_, element) => {
        expect($(element).find('.citation blockquote').length).toBeGreaterThan(0);
      });
      expect(
        $('#plan-13th ~ ol > li').length + $('#plan-14th ~ ol > li').length + $('#plan-15th ~ ol > li').length,
      ).toBe(ids.length);
    }
  });

  it('states each date with its provenance: a deadline, a year from a name, years the site added', () => {
    const $ = readPage('/en/timeline/');
    expect($('#guidelines-march-2025 .event-date').text()).toBe(
      'by March 2025 (a deadline the source states; tense unclear: “by March 2025”)',
    );
    expect($('#china-news-network-report .event-date').text()).toBe('16 October 2025 (the report’s publication date)');
    expect($('#city-index-2025 .event-date').text()).toBe(
      '2025 (year read from a name in the source: “City Index 2025”)',
    );
    expect($('#fourteenth-five-year-plan .event-date').text()).toBe(
      '2021–2025 (years added by the site; the sources give none)',
    );
    expect(readPage('/zh/timeline/')('#guidelines-march-2025 .event-date').text()).toMatch(/^2025年3月前（/);
  });
});

describe('places and glossary', () => {
  it('gives each place cited prose in both languages, with footnote references that resolve', () => {
    for (const path of pages.filter((page) => /^\/(zh|en)\/places\/[a-z0-9-]+\/$/.test(page))) {
      const $ = readPage(path);
      const references = $('sup.cite a')
        .map((_, element) => $(element).attr('href'))
        .get();
      expect(references.length, path).toBeGreaterThan(0);
      for (const reference of references) expect($(reference).length, `${path} ${reference}`).toBe(1);
      expect($('.prose').text().length).toBeGreaterThan(20);
    }
    expect(readPage('/zh/places/fourth-embassy-district/')('.prose').text()).toMatch(/聚焦第四使馆区/);
  });

  it('marks names the site identifies or translates itself', () => {
    expect(readPage('/en/places/jinzhan-international-cooperation-service-zone/')('.note').text()).toContain(
      'the Chinese name is the site’s identification',
    );
    expect(readPage('/zh/places/beijing-service-airport-points/')('.note').text()).toContain('本站译名');
    const $ = readPage('/zh/glossary/');
    expect($('#jinzhanzhong-district h3 [data-name-status="identified"] .name-mark').text()).toBe('（本站识别）');
    expect($('#city-index h3 [data-name-status="translated"] .name-mark').text()).toBe('（本站译名）');
    expect($('#great-wall-museum h3 [data-name-status="identified"]').text()).toMatch(/^长城博物馆/);
    expect($('#sanlitun h3 [data-name-status]').length).toBe(0);
  });

  it('lists every glossary term in both languages with the source wording', () => {
    for (const lang of ['zh', 'en']) {
      const $ = readPage(`/${lang}/glossary/`);
      for (const { id, data } of glossary) {
        const entry = $(`#${id}`);
        expect(entry.length, id).toBe(1);
        expect(entry.text()).toContain(data.title.zh);
        expect(entry.text()).toContain(data.title.en);
        expect(entry.text()).toContain(data.sourceWording);
      }
    }
  });
});

describe('coverage', () => {
  it('gives each point listed as unused a specific reason, and lists only points that exist', () => {
    const coverage = readJson<PointCoverage>('data/coverage.json');
    const listed = parseYaml(readFileSync('src/content/unused-points.yaml', 'utf8')) as {
      source: string;
      point: string;
      reason: { en: string };
    }[];
    expect(coverage.listedUnused).toHaveLength(listed.length);
    for (const entry of listed) {
      expect(coverage.listedUnused, `${entry.source}#${entry.point}`).toContainEqual({
        source: entry.source,
        point: entry.point,
      });
      expect(entry.reason.en.length).toBeGreaterThan(60);
      expect(entry.reason.en).not.toMatch(/not (yet|written)/i);
    }
  });
});
