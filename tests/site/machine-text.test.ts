/**
 * Text written for machines and previews (meta descriptions, search metadata, JSON-LD) as a
 * reader of the page would read it: Chinese text in Chinese punctuation, a name's mark after
 * its title marks and never doubled by a second parenthesis, and an event's place only where its
 * entry names where it took place (a place it is only about is not its location). Read from the built site; the entries come from the content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, useTranslations } from '../../src/i18n/index';
import { NAME_MARK, markedNamesOf, withNameMarks } from '../../src/lib/format/provenance';
import { entryUrl } from '../../src/lib/urls/urls';
import { curatedEntries } from '../helpers/content';
import { builtPages, DIST } from '../helpers/dist';
import { jsonLdStrings } from '../helpers/figure-contexts';

const names = markedNamesOf({ places: curatedEntries('places'), glossary: curatedEntries('glossary') });
const pages = builtPages();
const html = new Map(pages.map((page) => [page, readFileSync(join(DIST, page, 'index.html'), 'utf8')]));

/** A page's <title> and meta contents: what previews show. */
function headTexts(page: string): string[] {
  const $ = cheerio.load(html.get(page)!);
  return [
    $('title').text(),
    ...$('meta[content]')
      .toArray()
      .map((element) => $(element).attr('content') ?? ''),
  ];
}

/** The head texts and JSON-LD strings of a page: what previews and machines read. */
function machineTexts(page: string): string[] {
  const $ = cheerio.load(html.get(page)!);
  const jsonLd = $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((element) => jsonLdStrings($(element).text()));
  return [...headTexts(page), ...jsonLd];
}

const marks = LANGUAGES.flatMap((lang) => Object.values(NAME_MARK[lang]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const markPattern = marks.map(escape).join('|');

/** Each place a pattern matches in a text, with a little of the text around it. */
function matchesIn(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern, 'gu'))].map((match) =>
    text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10),
  );
}

describe('Chinese text for machines', () => {
  it('uses Chinese punctuation after Chinese text (no ASCII “(”, “)”, “:”, “;”)', () => {
    const ascii = pages
      .filter((page) => page.startsWith('/zh/'))
      .flatMap((page) => machineTexts(page).map((text) => ({ page, text })))
      .filter(({ text }) => /[\p{Script=Han}”》）]\s*[():;]|[(]\s*\p{Script=Han}/u.test(text));
    expect(ascii).toEqual([]);
  });
});

describe('the mark of a name the site identified or translated', () => {
  it('follows the closing book-title mark, never inside 《…》', () => {
    const inside = new RegExp(`[（(](?:${markPattern})[）)]》`);
    const found = pages.flatMap((page) => {
      const $ = cheerio.load(html.get(page)!);
      return [$('body').text(), ...machineTexts(page)].flatMap((text) =>
        matchesIn(text, inside).map((context) => ({ page, context })),
      );
    });
    expect(found).toEqual([]);
  });

  it('is not followed by a second parenthesis in a page’s title or meta tags, other than another mark', () => {
    // A period the site reads may follow a marked name in it: "(site’s translation) (site’s reading)".
    const otherMarks = LANGUAGES.flatMap((lang) => [
      useTranslations(lang)('figure.siteReading'),
      ...Object.values(NAME_MARK[lang]),
    ]);
    const doubled = new RegExp(`[（(](?:${markPattern})[）)]\\s*[（(](?!(?:${otherMarks.map(escape).join('|')})[）)])`);
    const found = pages.flatMap((page) =>
      headTexts(page).flatMap((text) => matchesIn(text, doubled).map((context) => ({ page, context }))),
    );
    expect(found).toEqual([]);
  });
});

describe('an event in JSON-LD', () => {
  const events = curatedEntries('events');
  const places = new Map(curatedEntries('places').map(({ id, data }) => [id, data]));

  it.each(LANGUAGES)('has a location only where its entry names a venue, and no address (%s)', (lang) => {
    let checked = 0;
    for (const page of pages.filter((candidate) => candidate.startsWith(`/${lang}/`))) {
      const $ = cheerio.load(html.get(page)!);
      for (const element of $('script[type="application/ld+json"]').toArray()) {
        const block = JSON.parse($(element).text()) as { '@type'?: string; url?: string; location?: unknown };
        if (block['@type'] !== 'Event') continue;
        const url = new URL(block.url!);
        const event = events.find(({ id }) => entryUrl(lang, 'events', id) === url.pathname);
        expect(event, `${page}: an Event whose url names no event entry: ${block.url}`).toBeDefined();
        const linked = (event!.data.venue ? [event!.data.venue] : []).map((id) =>
          withNameMarks(places.get(id)!.title[lang], names, lang),
        );
        const location = [block.location ?? []].flat() as { name?: string; address?: unknown }[];
        expect(
          location.map((item) => item.name),
          `${page} ${event!.id}`,
        ).toEqual(linked);
        expect(
          location.filter((item) => item.address !== undefined),
          `${page} ${event!.id}`,
        ).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
