/**
 * Periods, dates and qualifiers agree across every output (page, CSV/JSON, JSON-LD, RSS), are
 * written by the one formatter, and never state more than the source: no plan period where the
 * source states none, no invented day in a feed. Entries and sources are read from the content.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/read/site-content';
import {
  eventDateText,
  isSourceDate,
  markedNamesOf,
  periodShown,
  periodText,
  reportDates,
  withNameMarks,
} from '../../src/lib/format/provenance';
import { readPage } from '../helpers/site';
import { useTranslations } from '../../src/i18n/index';

/** Marks a Chinese sentence writes full-width: ASCII parentheses, semicolons, a colon or full stop before a space. */
const ASCII_PHRASE_MARKS = /[();]|[:.] /;

const content = loadSiteContent('.');
const sourceBySlug = new Map(content.sources.map((source) => [source.slug, source]));
const names = markedNamesOf({ places: content.entries.places, glossary: content.entries.glossary });
const langs = ['zh', 'en'] as const;
const jsonLdOf = (path: string) => {
  const $ = readPage(path);
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as Record<string, unknown>);
};

describe('the period beside a figure', () => {
  const rows = parseCsv(readFileSync('dist/data/indicators.csv', 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];

  it('reads the same on the page, in the CSV and in JSON-LD, with where it comes from', () => {
    for (const { id, data } of content.entries.indicators) {
      const row = rows.find((candidate) => candidate.id === id)!;
      expect(row.period_basis, id).toBe(data.period.basis);
      for (const lang of langs) {
        const dates = reportDates(data.citations, sourceBySlug);
        const period = periodText(data.period, dates, lang);
        // Names in the period carry their marks; a period the site reads says so wherever it stands alone.
        const text = withNameMarks(period.text, names, lang);
        const alone = periodShown(data.period, dates, lang, names);
        const $ = readPage(`/${lang}/statistics/${id}/`);
        const shown = $('.key-data .meta-list dd').first().text().replace(/\s+/g, ' ').trim();
        expect(shown, `${lang} ${id}`).toBe(lang === 'zh' ? `${text}（${period.basis}）` : `${text} (${period.basis})`);
        expect(row[`period_${lang}`], `${lang} ${id}`).toBe(alone);
        const dataset = jsonLdOf(`/${lang}/statistics/${id}/`).find((item) => item['@type'] === 'Dataset')!;
        // JSON-LD states the period as the page does beside the figure, its basis once.
        expect(String(dataset.description), `${lang} ${id}`).toContain(shown);
        // …so a period the site reads is not marked twice, and a Chinese page's punctuation is Chinese.
        if (data.period.basis === 'site') {
          const mark = useTranslations(lang)('figure.siteReading');
          expect(String(dataset.description).split(mark).length - 1, `${lang} ${id}: “${mark}” once`).toBe(1);
        }
        if (lang === 'zh') expect(String(dataset.description), id).not.toMatch(ASCII_PHRASE_MARKS);
      }
    }
  });

  it('is never a plan period the source does not state', () => {
    const planWords = /Five-Year Plan|五”|五年规划/;
    for (const { id, data } of content.entries.indicators.filter(({ data }) => data.period.basis !== 'stated')) {
      const enPage = readPage(`/en/statistics/${id}/`)('.key-data .meta-list dd').first().text();
      if (data.period.basis === 'site') expect(enPage, id).toContain('the site’s reading');
      else expect(enPage, id).not.toMatch(planWords);
    }
  });
});

describe('the date of an event', () => {
  const feed = (lang: string) => readFileSync(`dist/${lang}/timeline/feed.xml`, 'utf8');
  const items = (lang: string) =>
    [...feed(lang).matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => ({
      link: /<link>([^<]*)<\/link>/.exec(match[1])![1],
      pubDate: /<pubDate>([^<]*)<\/pubDate>/.exec(match[1])?.[1],
      description: /<description>([\s\S]*?)<\/description>/.exec(match[1])![1],
    }));

  it('never invents a day in the feeds: an item’s pubDate is the day its entry last changed on the site', () => {
    for (const lang of langs) {
      for (const event of content.entries.events) {
        const item = items(lang).find((candidate) => candidate.link.endsWith(`/timeline/${event.id}/`))!;
        const changed = execFileSync('git', ['log', '-1', '--format=%cI', '--', event.file], {
          encoding: 'utf8',
        }).trim();
        expect(new Date(item.pubDate!).toISOString(), event.id).toBe(new Date(changed).toISOString());
        // …and the event's own date, with its basis, is stated in words.
        const when = eventDateText(event.data, lang);
        expect(item.description, event.id).toContain(when.text);
        expect(item.description.replace(/&amp;/g, '&'), event.id).toContain(when.basis.replace(/[“”]/g, (q) => q));
      }
    }
  });

  it('gives JSON-LD a startDate only when the source states the date, never more precise than known', () => {
    for (const lang of langs) {
      // Each event is described on its own page.
      for (const event of content.entries.events) {
        const item = jsonLdOf(`/${lang}/timeline/${event.id}/`).find((candidate) => candidate['@type'] === 'Event')!;
        if (isSourceDate(event.data.dateBasis)) expect(item.startDate, event.id).toBe(event.data.date);
        else expect(item.startDate, event.id).toBeUndefined();
        expect(String(item.description), event.id).toContain(eventDateText(event.data, lang).basis);
        if (lang === 'zh') expect(String(item.description), event.id).not.toMatch(ASCII_PHRASE_MARKS);
      }
    }
  });
});

describe('the source text', () => {
  it('is shown byte for byte as the seed gives it, [n] markers and full stops in place', () => {
    for (const source of content.sources) {
      const seed = readFileSync(source.seedFile, 'utf8');
      for (const lang of langs) {
        const $ = readPage(`/${lang}/sources/${source.slug}/`);
        for (const point of source.sections.flatMap((section) => section.points)) {
          const shown = $(`#${point.id} [data-seed-text]`).text();
          expect(shown, `${lang} ${source.slug} ${point.id}`).toBe(point.raw);
          expect(seed.includes(shown), point.id).toBe(true);
        }
      }
    }
  });
});
