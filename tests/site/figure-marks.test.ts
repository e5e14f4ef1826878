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
import { figuresIn } from '../../src/lib/text/figures';
import { curatedEntries } from '../helpers/content';
import { builtFiles, DIST } from '../helpers/dist';
import { loadHtml } from '../helpers/fast-html';
import { isSummary, pageContexts, siteReadingCount, type FigureContext } from '../helpers/figure-contexts';

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

/**
 * One form per language: a statistic's number reads the same wherever the site shows it in one
 * language (3.5万 on one page and 35,000 on another, or 8000 beside 8,000, fails). Reads every
 * page's text in the language of the element that holds it (an English quote on a Chinese page
 * is English), its meta tags and JSON-LD, the feeds, and the data files' columns by language.
 */
const figureNames = [...curatedEntries('glossary'), ...curatedEntries('places')].flatMap(({ data }) => [
  data.title.zh,
  data.title.en,
]);
// Numbers whose forms can differ (grouping, 万/亿); a number in the range of years is left out.
const formValues = new Set(
  curatedEntries('indicators')
    .map(({ data }) => (data.statedAs || data.qualifier === 'rank' ? undefined : data.value))
    .filter((value): value is number => value !== undefined && value >= 1000 && !(value >= 1900 && value <= 2100)),
);

type Texts = Record<Lang, string[]>;
const langOf = (value: string | undefined, inherited: Lang): Lang =>
  value === undefined ? inherited : value.toLowerCase().startsWith('zh') ? 'zh' : 'en';

/** A node of the parsed page, as far as these checks read it. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

/** The text under a node, each run filed under the language of the element that holds it. */
function collectText(node: DomNode, lang: Lang, texts: Texts): void {
  if (node.type === 'text') texts[lang].push(node.data ?? '');
  if (node.type === 'script' || node.type === 'style' || node.name === 'template') return;
  const own = langOf(node.attribs?.lang, lang);
  for (const child of node.children ?? []) collectText(child, own, texts);
}

/** Every string in a JSON value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value
      ? Object.values(value).flatMap(stringsIn)
      : [];

function textsOfFile(file: string): Texts {
  const texts: Texts = { zh: [], en: [] };
  const content = readFileSync(join(DIST, file), 'utf8');
  const pageLang = langOf(/^\/(zh|en)\//.exec(file)?.[1], 'en');
  if (file.endsWith('.html')) {
    const $ = loadHtml(content);
    const lang = langOf($('html').attr('lang'), pageLang);
    collectText($('body')[0] as unknown as DomNode, lang, texts);
    $('meta[content]').each((_, element) => void texts[lang].push($(element).attr('content')!));
    $('script[type="application/ld+json"]').each((_, element) => {
      texts[lang].push(...stringsIn(JSON.parse($(element).text())));
    });
  } else if (file.endsWith('.xml')) {
    texts[pageLang].push(cheerio.load(content, { xml: true }).root().text());
  } else if (/^\/data\/indicators(\/[^/]+)?\.json$/.test(file)) {
    for (const row of [JSON.parse(content)].flat() as Record<string, unknown>[])
      for (const [column, value] of Object.entries(row))
        texts[column.endsWith('_zh') ? 'zh' : 'en'].push(...stringsIn(value));
  }
  return texts;
}

describe('a statistic’s number', () => {
  it('is written in one form per language wherever it is shown', () => {
    const forms = new Map<string, Map<string, string>>();
    const files = builtFiles().filter((file) => /\.(html|xml)$/.test(file) || file.startsWith('/data/indicators'));
    for (const file of files) {
      const texts = textsOfFile(file);
      for (const lang of LANGUAGES)
        for (const figure of figuresIn(texts[lang].join(' \n '), figureNames)) {
          if (!formValues.has(figure.value)) continue;
          const key = `${lang} ${figure.value}`;
          const seen = forms.get(key) ?? new Map<string, string>();
          const written = figure.written.replace(/\s+/g, '');
          if (!seen.has(written)) seen.set(written, `${file}: ${figure.context}`);
          forms.set(key, seen);
        }
    }
    const mixed = [...forms].filter(([, seen]) => seen.size > 1).map(([key, seen]) => [key, Object.fromEntries(seen)]);
    expect(mixed).toEqual([]);
    // Each such number is found in both languages.
    expect(forms.size).toBe(formValues.size * LANGUAGES.length);
  });
});

/** The statistics whose period carries a mark on their own page (the site's reading, a marked name). */
const markedPeriods = curatedEntries('indicators').filter(({ data }) =>
  LANGUAGES.some((lang) => periodShown(data.period, [], lang, names) !== periodText(data.period, [], lang).text),
);

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
      // A period the site reads may say so as its basis instead: “…（本站解读）”.
      const forms =
        data.period.basis === 'site'
          ? [period, withNameMarks(data.period.text![lang], names, lang) + siteReadingMarks(lang)[1]]
          : [period];
      for (const context of contexts.filter(({ text }) => text.includes(figure) && !isSummary(text))) {
        shown += 1;
        // Its period with the marks, and each mark once ("(… (site’s reading); the site’s reading)" says it twice).
        if (
          !forms.some((form) => context.text.includes(form)) ||
          siteReadingCount(context.text, lang) > siteReadingCount(period, lang)
        ) {
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
