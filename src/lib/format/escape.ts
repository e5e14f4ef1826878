/**
 * One escaping function per format the site writes text into. Content is data, never markup:
 * whatever an entry's text holds, each function returns something that the format's reader
 * takes back as the same text (minus characters the format cannot carry at all).
 * tests/unit/escape.test.ts checks each against generated hostile strings and a real parser.
 */

/** Characters XML 1.0 forbids anywhere (controls other than tab/LF/CR, lone surrogates, U+FFFE/F). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Controls and line or paragraph separators: each becomes a space where a value is one line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_BREAK_OR_CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns raw CR into LF, and tab or LF in an attribute into a space: referenced, they stay.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with every character XML 1.0 cannot carry removed. */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text or attribute value in an XML document (RSS, sitemap): entities, and XML 1.0 characters only. */
export function escapeXml(text: string): string {
  return xmlCharacters(text).replace(/[&<>"'\t\n\r]/g, (character) => XML_ENTITIES[character]);
}

/** Text inside an SVG element (<title>, <desc>, <text>), inline in HTML or standalone. */
export function escapeSvgText(text: string): string {
  return escapeXml(text);
}

/** Text between HTML tags. */
export function escapeHtmlText(text: string): string {
  return text.replace(/\0/g, '\uFFFD').replace(/[&<>]/g, (character) => HTML_ENTITIES[character]);
}

/** An HTML attribute value, for a quoted attribute (either quote). */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/\0/g, '\uFFFD').replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]);
}

/**
 * One RFC 4180 CSV field, always quoted. A text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading apostrophe, as OWASP recommends; numbers
 * are written as numbers.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A RIS value: one line (a line break would start a forged tag such as `ER  -`), without
 * control characters; runs of spaces become one.
 */
export function risValue(text: string): string {
  return text.replace(LINE_BREAK_OR_CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '%': '\\%',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** TeX ligatures (`--` en dash, ``` `` ``` and `''` quotes, `<<`, `,,`, ?` ¡): broken by an empty group. */
const TEX_LIGATURE = /([-`'<>,])(?=\1)|[?!](?=`)/g;

/**
 * A BibTeX field value: TeX's special characters as commands, braces included, so that every
 * brace in the output is balanced whatever the text holds; ligatures broken, so that `--`
 * stays two hyphens; line breaks and controls as spaces.
 */
export function bibtexValue(text: string): string {
  return risValue(text)
    .replace(/[\\{}%$&#_~^]/g, (character) => BIBTEX_SPECIAL[character])
    .replace(TEX_LIGATURE, (character) => `${character}{}`);
}
