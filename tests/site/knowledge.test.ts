import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { PointCoverage } from '../../src/lib/checks/provenance';
import { figureValuesIn, namesToIgnore } from '../../src/lib/text/figures';
import { citingEntries, curatedEntries, sourceDocuments } from '../helpers/content';
import { CURATED_KIND_IDS } from '../../src/lib/content/kinds';
import { chartableGrowth } from '../../src/lib/format/charts';
import { baselineFromGrowth, figureParts, formatCount } from '../../src/lib/format/figures';
import { eventDateText, markedNamesOf, nameMarkText, withNameMarks } from '../../src/lib/format/provenance';
import { LANGUAGES, useTranslations, type Lang } from '../../src/i18n/index';
import { builtPages, pageScripts, readJson, readPage } from '../helpers/site';

const indicators = curatedEntries('indicators');
const glossary = curatedEntries('glossary');
const events = curatedEntries('events');
const places = curatedEntries('places');
const valueOf = new Map(indicators.map(({ id, data }) => [id, data.value]));
/** The page an anchored entry (event, glossary term) lives on, from the list's anchors.json. */
const pageOfEntry = (lang: Lang, section: string, id: string) =>
  readJson<Record<string, string>>(`${lang}/${section}/anchors.json`)[id];
/** How many source documents an indicator's citations come from. */
const sourceCount = (citations: readonly { source: string }[]) => new Set(citations.map(({ source }) => source)).size;
const pages = builtPages();
const knowledgePages = pages.filter((page) => /^\/(zh|en)\/(statistics|timeline|places|glossary)\//.test(page));

describe('statistics', () => {
  it('has an indicator for every figure a curated point states', () => {
    const values = new Set(indicators.flatMap(({ data }) => (data.value === undefined ? [] : [data.value])));
    // Names with numbers (glossary terms: "14th Five-Year Plan", "Fortune Global 500") and figures
    // the registry keeps as words ("nearly doubled") are not figures to count.
    const names = [
      ...namesToIgnore(glossary.map(({ data }) => data)),
      ...indicators.flatMap(({ data }) => (data.statedAs ? [data.statedAs.en] : [])),
    ];
    const cited = new Set(citingEntries().flatMap(({ citations }) => citations.map((c) => `${c.source}#${c.point}`)));
    const points = sourceDocuments().flatMap(({ slug, document }) =>
      document.sections.flatMap((section) => section.points.filter((point) => cited.has(`${slug}#${point.id}`))),
    );
    expect(points.length).toBeGreaterThan(0);
    const missing = points.flatMap((point) =>
      figureValuesIn(point.text, names)
        // Years are dates, not figures.
        .filter((value) => !(Number.isInteger(value) && value >= 1900 && value <= 2100))
        .filter((value) => !values.has(value))
        .map((value) => `${point.id}: ${value}`),
    );
    expect(missing).toEqual([]);
    // A figure the registry keeps without a number ("nearly doubled") is words in both languages, not a number.
    for (const { id, data } of indicators.filter(({ data }) => data.value === undefined)) {
      for (const lang of LANGUAGES) expect(data.statedAs?.[lang], id).toMatch(/^\D+$/);
    }
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
    // The formats themselves ("超过3.5万家", "over 35,000 enterprises", "6th"): tests/unit/figures.test.ts.
    for (const { id, data } of indicators) {
      for (const lang of LANGUAGES) {
        const $ = readPage(`/${lang}/statistics/${id}/`);
        expect($('.key-data [data-figure]').text(), `${lang} ${id}`).toBe(figureParts(data, lang).text);
      }
    }
  });

  it('says a figure is stated in both documents (not "corroborated"), or in one', () => {
    for (const { id, data } of indicators) {
      for (const lang of LANGUAGES) {
        const t = useTranslations(lang);
        const count = sourceCount(data.citations);
        const badge =
          count === 1
            ? t('figure.singleSource')
            : count === 2
              ? t('figure.statedInBoth')
              : t('figure.statedInAll', { count });
        expect(readPage(`/${lang}/statistics/${id}/`)('.key-data .badge').text().trim(), `${lang} ${id}`).toBe(badge);
      }
    }
    // Stated in several documents is not independent corroboration, and no page says it is.
    for (const page of pages) expect(readPage(page)('main').text(), page).not.toMatch(/corroborated by|相互印证/i);
  });

  it('labels the baseline a stated growth implies as derived, with its formula, and draws it as an SVG chart with a text alternative', () => {
    const t = useTranslations('en');
    for (const self of indicators) {
      const $ = readPage(`/en/statistics/${self.id}/`);
      const chart = $('figure.chart');
      const pair = chartableGrowth(self, indicators);
      if (!pair) {
        // A qualitative statement ("nearly doubled"), or a figure with no stated growth, gets no bar.
        expect(chart.length, self.id).toBe(0);
        continue;
      }
      const growth = pair.growth.data.value!;
      const current = pair.current.data.value!;
      const rounded = formatCount(Math.round(baselineFromGrowth(current, growth)), 'en');
      expect(chart.find('svg[role="img"] title').text(), self.id).toContain(pair.current.data.title.en);
      expect(chart.text(), self.id).toContain(
        `derived: ${formatCount(current, 'en')} ÷ (1 + ${growth}%), not stated by any source`,
      );
      expect(chart.find('table td').first().text(), self.id).toBe(`≈${rounded} (${t('figure.derived')})`);
      // The chart needs no script; the only one on the page is the site-wide one (search shortcut, citation copy).
      expect(pageScripts($).length, self.id).toBe(0);
      // The derived bar is hatched and outlined, so it cannot pass for a stated one.
      expect(chart.find('svg pattern').length, self.id).toBe(1);
      expect(chart.find('svg [fill^="url(#"]').length, self.id).toBeGreaterThan(0);
      expect(chart.find('svg [stroke-dasharray]').length, self.id).toBeGreaterThan(0);
    }
    for (const { id, data } of indicators.filter(({ data }) => data.value === undefined)) {
      expect(readPage(`/zh/statistics/${id}/`)('figure.chart').length, id).toBe(0);
      expect(data.statedAs).toBeDefined();
    }
  });

  it('publishes a CSV that a real CSV parser reads back to the registry', () => {
    const rows = parseCsv(readFileSync('dist/data/indicators.csv', 'utf8'), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.id).sort()).toEqual(indicators.map(({ id }) => id).sort());
    const names = markedNamesOf({ places: curatedEntries('places'), glossary: curatedEntries('glossary') });
    for (const row of rows) {
      const indicator = indicators.find(({ id }) => id === row.id)!.data;
      expect(row.value === '' ? undefined : Number(row.value)).toBe(indicator.value);
      // A name the site translated or identified carries its mark, as on the page.
      expect(row.label_zh).toBe(withNameMarks(indicator.title.zh, names, 'zh'));
      expect(row.label_en).toBe(withNameMarks(indicator.title.en, names, 'en'));
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
    // Names: glossary terms, and the other names of every entry (whose numbers are its title's).
    const aliases = CURATED_KIND_IDS.flatMap((kind) =>
      curatedEntries(kind).flatMap(({ data }) => [...data.names.zh, ...data.names.en].map(({ name }) => name)),
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
      // …and the day of an English date ("as of the report of 16 October 2025").
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
    for (const lang of LANGUAGES) {
      const t = useTranslations(lang);
      // Each event on the page its list's anchors.json names (the whole list, or its group's page).
      const listPages = [...new Set(events.map(({ id }) => pageOfEntry(lang, 'timeline', id)))];
      const listed: string[] = [];
      for (const path of listPages) {
        const $ = readPage(path);
        const items = $('ol.timeline > li');
        const dates = items.map((_, element) => $(element).find('.event-date time').first().attr('datetime')).get();
        expect(dates, path).toEqual([...dates].sort());
        items.each((_, element) => {
          expect($(element).find('.citation blockquote').length, path).toBeGreaterThan(0);
        });
        // Every event stands under the heading of its plan period.
        for (const { id, data } of events.filter(({ id }) => pageOfEntry(lang, 'timeline', id) === path)) {
          const heading = $(`[id="${id}"]`).closest('section').find(`h2[id="plan-${data.plan}"]`);
          expect(heading.text(), `${path}#${id}`).toBe(t(`timeline.plan.${data.plan}`));
        }
        listed.push(...items.map((_, element) => $(element).attr('id')).get());
      }
      expect(listed.sort()).toEqual(events.map(({ id }) => id).sort());
    }
  });

  it('states each date with its provenance: stated, a deadline, a year from a name, a report date, years the site added', () => {
    for (const lang of LANGUAGES) {
      for (const { id, data } of events) {
        const { text, basis } = eventDateText(data, lang);
        const $ = readPage(pageOfEntry(lang, 'timeline', id));
        const date = $(`[id="${id}"] .event-date`).text();
        expect(date, `${lang} ${id}`).toContain(text);
        expect(date, `${lang} ${id}`).toContain(basis);
      }
    }
    // Every basis the schema knows reads differently, so none passes for another.
    const bases = new Set(events.map(({ data }) => eventDateText({ ...data, dateQuote: undefined }, 'en').basis));
    expect(bases.size).toBe(new Set(events.map(({ data }) => data.dateBasis)).size);
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
    // The page shows the prose file's own words: each run of text between its components.
    for (const place of readdirSync('src/content/prose/places')) {
      for (const lang of LANGUAGES) {
        const source = readFileSync(`src/content/prose/places/${place}/${lang}.mdx`, 'utf8');
        const shown = readPage(`/${lang}/places/${place}/`)('.prose').text().replace(/\s+/g, '');
        const runs = source
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .split(/<[^>]*>|\{[^}]*\}|[*_#`]|\n/)
          .map((run) => run.replace(/\s+/g, ''))
          .filter((run) => run.length >= 4);
        expect(runs.length, `${lang} ${place}`).toBeGreaterThan(0);
        for (const run of runs) expect(shown, `${lang} ${place}`).toContain(run);
      }
    }
  });

  it('marks names the site identifies or translates itself', () => {
    for (const { id, data } of places.filter(({ data }) => data.nameStatus !== 'certain')) {
      for (const lang of LANGUAGES) {
        const t = useTranslations(lang);
        const note =
          data.nameStatus === 'identified'
            ? t(
                data.title.en === (data.sourceWording ?? data.title.en)
                  ? 'name.identifiedNote'
                  : 'name.identifiedBothNote',
                {
                  wording: data.sourceWording ?? data.title.en,
                },
              )
            : t('name.translatedNote');
        expect(readPage(`/${lang}/places/${id}/`)('.note').text(), `${lang} ${id}`).toContain(note);
      }
    }
    for (const { id, data } of glossary) {
      const $ = readPage(pageOfEntry('zh', 'glossary', id));
      const marked = $(`[id="${id}"] h3 [data-name-status]`);
      // A name written the same in both languages (BEIJING PASS) is the source's own.
      if (data.status === 'certain' || data.title.zh === data.title.en) {
        expect(marked.length, id).toBe(0);
        continue;
      }
      expect(marked.attr('data-name-status'), id).toBe(data.status);
      expect(marked.find('.name-mark').text(), id).toBe(nameMarkText(data.status, 'zh'));
      // The name as marked: without its title marks (《…》, “…”) where they open or close it.
      const name = data.title.zh.replace(/^[《“]|[》”]$/g, '');
      expect(marked.text().startsWith(name), `${id}: ${marked.text()}`).toBe(true);
    }
  });

  it('lists every glossary term in both languages with the source wording', () => {
    for (const lang of LANGUAGES) {
      for (const { id, data } of glossary) {
        const entry = readPage(pageOfEntry(lang, 'glossary', id))(`[id="${id}"]`);
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
