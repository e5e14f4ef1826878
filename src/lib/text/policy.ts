/**
 * The one text policy of every input: seeds, curated YAML, MDX prose, metadata, file names and
 * settings (`SITE_URL`) pass the same character check, with the same messages. Text is refused
 * when it holds a character a reader cannot see but that changes what is shown or compared:
 * control characters, bidi controls, direction marks (LRM/RLM/ALM), zero-width and other
 * invisible characters, or text that is not in Unicode normalisation form C.
 */
import { SourceInputError } from '../errors';

interface CharacterRule {
  pattern: RegExp;
  what: string;
  why: string;
}

/** The characters no input may hold, with what each is and why it is refused. */
const RULES: readonly CharacterRule[] = [
  {
    // Control characters other than tab and line ends (C0, DEL, C1).
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/,
    what: 'the control character',
    why: 'it is invisible, and XML (feeds, sitemaps) cannot carry it',
  },
  {
    pattern: /[\u202A-\u202E\u2066-\u2069]/,
    what: 'the bidirectional control',
    why: 'it reverses or reorders the text displayed after it',
  },
  {
    pattern: /[\u200E\u200F\u061C]/,
    what: 'the direction mark',
    why: 'it is invisible, and makes two texts that look the same compare as different',
  },
  {
    pattern: /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/,
    what: 'the invisible character',
    why: 'it is invisible, and makes two texts that look the same compare as different',
  },
];

/** Every character the policy refuses, for removing them before a comparison. */
const INVISIBLE = new RegExp(RULES.map((rule) => rule.pattern.source).join('|'), 'gu');

/** Unicode code point as written in messages: U+202E. */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface TextProblem {
  /** 0-based index of the offending character in the text. */
  index: number;
  problem: string;
  hint: string;
}

/** Why one line of text breaks the policy (first problem only), or null when it does not. */
export function textProblem(line: string): TextProblem | null {
  for (const { pattern, what, why } of RULES) {
    const found = pattern.exec(line);
    if (found) {
      return {
        index: found.index,
        problem: `${what} ${codePoint(found[0])} is in the text.`,
        hint: `delete it (${why}); if an export or a copy put it there, write or export the text again.`,
      };
    }
  }
  const normalised = line.normalize('NFC');
  if (line !== normalised) {
    let index = 0;
    while (line[index] === normalised[index]) index++;
    return {
      index,
      problem: `the character ${codePoint(line.slice(index))} is not in Unicode normalisation form C (NFC).`,
      hint: 'save the text as NFC (most editors do; `uconv -x any-nfc` converts a file), so that equal texts compare as equal.',
    };
  }
  return null;
}

/**
 * Checks a whole text (a file's content, a value), reporting its first problem with line and
 * column. CR is allowed only before LF. `where` prefixes the position (an entry, a key) of a
 * value; without it the text is a whole file, which may open with a byte order mark.
 */
export function checkText(text: string, file: string, where?: string): void {
  // A byte order mark opens a file (not a value): it is not part of the text.
  const lines = (where === undefined ? text.replace(/^\uFEFF/, '') : text).split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const found = line.includes('\r')
      ? {
          index: line.indexOf('\r'),
          problem: 'a line ends with a carriage return alone (CR-only line endings, as in old Mac files).',
          hint: 'save the file with LF (or CRLF) line endings; the text itself need not change.',
        }
      : textProblem(line);
    if (!found) return;
    const column = line.includes('\r') ? '' : `, column ${found.index + 1}`;
    const position = lines.length === 1 && column ? `column ${found.index + 1}` : `line ${index + 1}${column}`;
    throw new SourceInputError({
      file,
      where: where ? `${where}, ${position}` : position,
      problem: found.problem,
      hint: found.hint,
    });
  });
}

/** A text as compared with others (titles): without the characters the policy refuses, in NFC. */
export function comparableText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC');
}

/** A text quoted for a message (as JSON), every refused or line-separating character as \uXXXX. */
export function quoteVisibly(text: string): string {
  const hidden = new RegExp(`${INVISIBLE.source}|[\u2028\u2029]`, 'gu');
  return JSON.stringify(text).replace(hidden, (character) => `\\u${codePoint(character).slice(2).toLowerCase()}`);
}

/**
 * Refuses a file or folder name that holds a control character, a line break, a path
 * separator or anything else the policy refuses: names reach messages, YAML comments and URLs.
 */
export function checkFileName(name: string, shownAs: string): void {
  if (/[/\\]/.test(name) || name === '.' || name === '..') {
    throw new SourceInputError({
      file: quoteVisibly(shownAs),
      problem: 'the file name holds a path separator or is "." or "..".',
      hint: 'rename the file to a plain name (letters, digits, "-", "_", ".").',
    });
  }
  if (/[\n\r\u2028\u2029]/.test(name)) {
    throw new SourceInputError({
      file: quoteVisibly(shownAs),
      problem: 'the file name holds a line break.',
      hint: 'rename the file to a plain name on one line (letters, digits, "-", "_", ".").',
    });
  }
  checkText(name, quoteVisibly(shownAs), 'file name');
}

/**
 * Every string value of a parsed YAML document, with its key path (`citations[0].quote`):
 * a value can hold a character its file's text does not show (a `"\u202E"` escape).
 */
export function checkValueStrings(value: unknown, file: string, path = ''): void {
  if (typeof value === 'string') {
    checkText(value, file, path === '' ? 'value' : path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => checkValueStrings(item, file, `${path}[${index}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      checkText(key, file, path === '' ? 'key' : `key in ${path}`);
      checkValueStrings(item, file, path === '' ? key : `${path}.${key}`);
    }
  }
}
