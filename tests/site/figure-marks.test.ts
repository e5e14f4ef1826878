/**
 * A mark travels with its figure: a period the site reads (not the source) is shown as the
 * site's reading on the statistic's page, so everywhere else its figure appears (tables, cards,
 * charts, meta and Open Graph descriptions, JSON-LD, the CSV and JSON downloads) the same period
 * carries the same mark. Scans every built page and data file for the period's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, useTranslations, type Lang } from '../../src/i18n/index';
import { figureParts } from '../../src/lib/format/figures';
import { markedNamesOf, periodShown, periodText, withNameMarks } from '../../src/lib/format/provenance';
import { curatedEntries } from '../helpers/content';
import { pageContexts, type FigureContext } from '../helpers/figure-contexts';
import { builtFiles, DIST } from '../helpers/dist';

const names = markedNamesOf({ places: curatedEntries('places'), glossary: curatedEntries('glossary') });

/** Texts of a built page that show a statistic's figure: its table rows and cards, and, on its own page, the descriptions and JSON-LD. */
function figureTextsOf(file: string, id: string, entryPage: boolean): string[] {
  const $ = cheerio.load(readFileSync(join(DIST, file), 'utf8'));
  const texts = $(`[data-indicator="${id}"]`)
    .toArray()
    .map((element) => $(element).text().replace(/\s+/g, ' '));
  if (!entryPage) return texts;
  const meta = $('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]')
    .toArray()
    .map((element) => $(element).attr('content') ?? '');
  const jsonLd = $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => JSON.parse($(element).text()) as { '@type'?: string; description?: string })
    .filter((item) => item['@type'] === 'Dataset')
    .map((item) => item.description ?? '');
  return [...texts, ...meta, ...jsonLd];
}

/** The ways a period is marked as the site's reading right after its words, in a language. */
function siteReadingMarks(lang: Lang): string[] {
  const t = useTranslations(lang);
  const parenthesised = (label: string) => (lang === 'zh' ? `（${label}` : ` (${label}`);
  return [parenthesised(t('figure.siteReading')), parenthesised(t('period.basis.site'))];
}

const pages = builtFiles().filter((file) => file.endsWith('.html'));
const siteRead = curatedEntries('indicators').filter(({ data }) => data.period.basis === 'site' && data.period.text);

/** Each place the words stand in a text without a mark right after them. */
function unmarkedIn(text: string, words: string, marks: readonly string[]): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) {
    if (!marks.some((mark) => text.slice(at + words.length).startsWith(mark))) {
      found.push(text.slice(Math.max(0, at - 30), at + words.length + 30));
    }
  }
  return found;
}

describe('a period the site reads', () => {
  it.each(LANGUAGES)('is marked as the site’s reading wherever its figure is shown (%s)', (lang) => {
    const unmarked: { file: string; id: string; context: string }[] = [];
    let shown = 0;
    for (const { id, data } of siteRead) {
      const words = withNameMarks(data.period.text![lang], names, lang);
      for (const file of pages) {
        const entryPage = file === `/${lang}/statistics/${id}/index.html`;
        for (const text of figureTextsOf(file, id, entryPage)) {
          if (text.includes(words)) shown += 1;
          for (const context of unmarkedIn(text, words, siteReadingMarks(lang))) unmarked.push({ file, id, context });
        }
      }
    }
    expect(unmarked).toEqual([]);
    // Where there is a period the site reads, it is found where its figure is shown.
    if (siteRead.length > 0) expect(shown).toBeGreaterThan(siteRead.length);
  });

  it('is marked in the data files too, in every row of its statistic', () => {
    const rows = [
      ...(JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8')) as Record<string, string>[]),
      ...siteRead.flatMap(({ id }) => JSON.parse(readFileSync(join(DIST, `data/indicators/${id}.json`), 'utf8'))),
    ] as Record<string, string>[];
    for (const { id, data } of siteRead) {
      for (const lang of LANGUAGES) {
        const words = withNameMarks(data.period.text![lang], names, lang);
        for (const row of rows.filter((candidate) => candidate.id === id)) {
          expect(row[`period_${lang}`], `${id} ${lang}`).toBe(
            words + siteReadingMarks(lang)[0] + (lang === 'zh' ? '）' : ')'),
          );
        }
      }
    }
  });
});

/** The statistics whose period carries a mark on their own page (the site's reading, a marked name). */
const markedPeriods = curatedEntries('indicators').filter(({ data }) =>
  LANGUAGES.some((lang) => periodShown(data.period, [], lang, names) !== periodText(data.period, [], lang).text),
);

/** How many times a text says a period is the site's reading. */
function marksIn(text: string, lang: Lang): number {
  const t = useTranslations(lang);
  return [t('figure.siteReading'), t('period.basis.site')].reduce(
    (count, mark) => count + text.split(mark).length - 1,
    0,
  );
}

/**
 * An entry's summary (an event's, a place's) is prose: it states a figure in a sentence with its
 * context and is checked with the prose. A description that is such a summary (whole, or cut with
 * "…") is not a figure shown on its own.
 */
const summaries = LANGUAGES.flatMap((lang) =>
  [...curatedEntries('events'), ...curatedEntries('places')].map(({ data }) => data.summary[lang]),
);
const isSummary = (text: string) => summaries.some((summary) => summary.startsWith(text.replace(/…$/, '')));

describe('a figure whose period carries a mark', () => {
  it.each(LANGUAGES)('is shown with that period and its marks wherever it appears (%s)', (lang) => {
    const contexts: (FigureContext & { file: string })[] = [];
    for (const file of pages.filter((page) => page.startsWith(`/${lang}/`))) {
      for (const context of pageContexts(readFileSync(join(DIST, file), 'utf8'))) contexts.push({ file, ...context });
    }
    const missing: { id: string; file: string; where: string; text: string }[] = [];
    let shown = 0;
    for (const { id, data } of markedPeriods) {
      const figure = figureParts(data, lang).text;
      const period = periodShown(data.period, [], lang, names);
      for (const context of contexts.filter(({ text }) => text.includes(figure) && !isSummary(text))) {
        shown += 1;
        // Its period with the marks, and each mark once ("(… (site’s reading); the site’s reading)" says it twice).
        if (!context.text.includes(period) || marksIn(context.text, lang) > marksIn(period, lang)) {
          missing.push({ id, file: context.file, where: context.where, text: context.text });
        }
      }
    }
    expect(missing).toEqual([]);
    if (markedPeriods.length > 0) expect(shown).toBeGreaterThan(markedPeriods.length);
  });
});

describe('a statistic’s name in the data files', () => {
  it('carries the marks its page shows (a name the site translated or identified)', () => {
    const rows = JSON.parse(readFileSync(join(DIST, 'data/indicators.json'), 'utf8')) as Record<string, string>[];
    const csv = readFileSync(join(DIST, 'data/indicators.csv'), 'utf8');
    let marked = 0;
    for (const { id, data } of curatedEntries('indicators')) {
      for (const lang of LANGUAGES) {
        const label = withNameMarks(data.title[lang], names, lang);
        if (label !== data.title[lang]) marked += 1;
        expect(rows.find((row) => row.id === id)?.[`label_${lang}`], `${id} label_${lang}`).toBe(label);
        expect(csv, `${id} label_${lang} in the CSV`).toContain(`"${label.replace(/"/g, '""')}"`);
      }
    }
    // The content has a statistic named by a marked name, else this checks nothing.
    expect(marked).toBeGreaterThan(0);
  });
});
