/**
 * The check that a name the site identified or translated is never shown as if the source said
 * it: in a built page, every occurrence of such a name must be inside the name component
 * (`[data-name-status]`, src/components/Name.astro), inside an editor's note (which is the
 * site's word by definition), or, in plain text (<title>, meta tags, JSON-LD), be followed by
 * its mark in words (src/lib/format/provenance.ts `nameMarkText`).
 */
import * as cheerio from 'cheerio';
import { NAME_MARK, type MarkedName } from '../../src/lib/format/provenance';

export interface UnmarkedName {
  name: string;
  /** Where it was found: `body`, `title`, `meta[name=…]`, `json-ld`. */
  where: string;
  context: string;
}

const MARKS = Object.values(NAME_MARK).flatMap((marks) => Object.values(marks));

function unmarkedIn(text: string, where: string, names: readonly MarkedName[]): UnmarkedName[] {
  const found: UnmarkedName[] = [];
  for (const { text: zh } of names) {
    let index = text.indexOf(zh);
    while (index !== -1) {
      const after = text.slice(index + zh.length).replace(/^[》”]/, '');
      const marked = MARKS.some((mark) => after.startsWith(`（${mark}）`) || after.startsWith(` (${mark})`));
      // A longer name that contains this one is checked on its own.
      const inLonger = names.some(
        (other) =>
          other.text.length > zh.length &&
          other.text.includes(zh) &&
          text.slice(index - other.text.indexOf(zh)).startsWith(other.text),
      );
      if (!marked && !inLonger) {
        found.push({ name: zh, where, context: text.slice(Math.max(0, index - 20), index + zh.length + 20) });
      }
      index = text.indexOf(zh, index + zh.length);
    }
  }
  return found;
}

/** Every occurrence of a non-certain name in a page that carries no status. */
export function unmarkedNames(html: string, names: readonly MarkedName[]): UnmarkedName[] {
  const $ = cheerio.load(html);
  const jsonLd = $('script[type="application/ld+json"]')
    .toArray()
    .map((element) => $(element).text());
  $('[data-name-status], [data-editor-note], script, style, template').remove();
  const found: UnmarkedName[] = [];
  found.push(...unmarkedIn($('title').text(), 'title', names));
  // `search:aka` is what the search page matches a query against to tell a match by name from
  // one in the text (src/lib/search/excerpt.ts); it is never shown, so it names nothing to a reader.
  $('meta[content]:not([name="search:aka"])').each((_, element) => {
    const meta = $(element);
    found.push(...unmarkedIn(meta.attr('content') ?? '', `meta[${meta.attr('name') ?? meta.attr('property')}]`, names));
  });
  for (const block of jsonLd) {
    const strings: string[] = [];
    JSON.stringify(JSON.parse(block), (_, value: unknown) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    for (const text of strings) found.push(...unmarkedIn(text, 'json-ld', names));
  }
  found.push(...unmarkedIn($('body').text(), 'body', names));
  return found;
}
