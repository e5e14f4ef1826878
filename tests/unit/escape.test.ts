/**
 * Each format's escaping (src/lib/format/escape.ts), on generated hostile strings, read back by
 * that format's parser: what comes back is the text that went in, and nothing else.
 */
import { Cite } from '@citation-js/core';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatMachine, type CslItem } from '../../src/lib/cite/machine';
import { comparisonChartSvg } from '../../src/lib/format/charts';
import { INDICATOR_COLUMNS, toCsv, type IndicatorRow } from '../../src/lib/page/indicator-table';
import { escapeHtmlAttribute, escapeHtmlText, escapeXml, risValue, xmlCharacters } from '../../src/lib/format/escape';

/** Pieces that break formats when written raw, mixed with arbitrary Unicode (lone surrogates too). */
const HOSTILE_PIECES = [
  '</title><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  ']]>',
  '"',
  "'",
  '&',
  '&amp;',
  '{',
  '}',
  '\\',
  '%',
  '=HYPERLINK("http://x")',
  '+1',
  '-2',
  '@SUM(A1)',
  '\n',
  '\r',
  '\r\n',
  '\nER  - \nTY  - JOUR\n',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u2028',
  '--',
  '``',
  "''",
  '<<',
  '?`',
  '\u202e',
  '\ufffe',
  '\t',
  ' ',
  '北京',
];
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 })
  .map((pieces) => pieces.join(''));

/** The XML 1.0 Char production (the spec's grammar, not the code under test). */
const ONLY_XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('XML (RSS, SVG)', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    textNodeName: 'text',
    htmlEntities: true,
    alwaysCreateTextNode: true,
  });
  it('reads back as the text itself, minus the characters XML 1.0 forbids', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const document = `<r a="${escapeXml(text)}">${escapeXml(text)}</r>`;
        expect(document).toMatch(ONLY_XML_CHARS);
        expect(XMLValidator.validate(document)).toBe(true);
        const { r } = parser.parse(document) as { r: { text?: string; a?: string } };
        expect(r.text ?? '').toBe(xmlCharacters(text));
        expect(r.a ?? '').toBe(xmlCharacters(text));
      }),
    );
  });

  it('keeps a chart title and bar labels as text in the SVG, as an HTML parser reads it', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, label) => {
        const svg = comparisonChartSvg(
          [
            { label, value: 1, derived: true, valueLabel: label },
            { label: 'b', value: 2, derived: false, valueLabel: '2' },
          ],
          { title, description: label },
        );
        expect(svg).toMatch(ONLY_XML_CHARS);
        const $ = cheerio.load(`<!doctype html><body>${svg}</body>`);
        expect($('body > *').length).toBe(1);
        expect($('script, img, style').length).toBe(0);
        expect($('svg > title').text()).toBe(xmlCharacters(title));
        expect($('svg > desc').text()).toBe(xmlCharacters(label));
      }),
    );
  });
});

describe('HTML', () => {
  // An HTML parser turns CR and CRLF into LF and NUL into U+FFFD; everything else comes back.
  const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  it('reads back text and attribute values as they were, with no element added', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const $ = cheerio.load(
          `<!doctype html><body><p title="${escapeHtmlAttribute(text)}" data-x='${escapeHtmlAttribute(text)}'>${escapeHtmlText(text)}</p></body>`,
        );
        expect($('body *').length).toBe(1);
        expect($('p').text()).toBe(asParsed(text));
        expect($('p').attr('title')).toBe(asParsed(text));
        expect($('p').attr('data-x')).toBe(asParsed(text));
      }),
    );
  });
});

describe('CSV (/data/indicators.csv)', () => {
  const cell = fc.oneof(hostile, fc.double({ noNaN: true }));
  const row = fc.tuple(...INDICATOR_COLUMNS.map(() => cell));
  it('reads back every cell, and no text cell starts as a spreadsheet formula', () => {
    fc.assert(
      fc.property(row, (cells) => {
        const written = Object.fromEntries(INDICATOR_COLUMNS.map((column, index) => [column, cells[index]]));
        const [header, row] = parseCsv(toCsv([written as IndicatorRow])) as string[][];
        expect(header).toEqual([...INDICATOR_COLUMNS]);
        expect(row).toHaveLength(cells.length);
        row.forEach((cell, column) => {
          const original = cells[column];
          if (typeof original === 'number') expect(cell).toBe(String(original));
          else {
            expect(cell).not.toMatch(/^[=+\-@\t\r]/);
            // OWASP's advice: a cell that would start a formula is written with a leading apostrophe.
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
          }
        });
      }),
    );
  });
});

describe('RIS and BibTeX (through citation-js, both ways)', () => {
  const item = (title: string): CslItem => ({
    id: 'bjiec_test',
    type: 'webpage',
    title,
    author: [{ literal: title }],
    'container-title': title,
    URL: 'https://example.org/en/timeline/#a',
  });
  // Text a reader gets back: one line, no controls; an empty title is left out.
  const visible = (text: string) => risValue(text);

  it('writes one RIS record whatever the title holds, and reads the title back', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const ris = formatMachine('ris', item(title));
        expect(ris.match(/^TY {2}- /gm)).toHaveLength(1);
        expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(1);
        // eslint-disable-next-line no-control-regex -- no control character may reach the file
        expect(ris).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
        const [back] = new Cite(ris).data as { title?: string }[];
        expect(back.title ?? '').toBe(visible(title));
      }),
    );
  });

  it('writes balanced BibTeX braces whatever the title holds, and reads the title back', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const bibtex = formatMachine('bibtex', item(title));
        let depth = 0;
        for (const character of bibtex) {
          depth += character === '{' ? 1 : character === '}' ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        const [back] = new Cite(bibtex).data as { title?: string }[];
        expect(back.title ?? '').toBe(visible(title));
      }),
    );
  });
});
