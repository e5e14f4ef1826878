/**
 * Reading the figures a text states, whatever script they are written in: ASCII, full-width
 * (１２８) or other Unicode decimal digits, Chinese numerals (三万六千, 十五, 连续三年) and
 * English number words (three). The "no invented figure" (translations) and "no hand-typed
 * figure" (prose) checks and the "value occurs in its quote" check all read figures here, so
 * none of them can be bypassed by writing a number another way.
 */
import Nzh from 'nzh/cn';
import { phraseMatcher } from './phrases';
import { leadingQualifier, trailingQualifier, type QualifierFamily } from './qualifiers';

export type { QualifierFamily } from './qualifiers';

/** One figure found in a text: its value, the words that qualify it, and how it was written. */
export interface FoundFigure {
  value: number;
  /** As written in the (normalised) text. */
  written: string;
  /** The qualifier in front of it: "over 35,000" → `over`; none → `as-stated`. */
  qualifier: QualifierFamily | 'as-stated';
  /** The qualifying word as written (超过, 以上, over), when there is one. */
  qualifierWord?: string;
  /** Written as an ordinal: "6th", "第6", "第六". */
  ordinal: boolean;
  /** Where it stands: the few words around it, as written. */
  context: string;
}

/**
 * NFKC (full-width and compatibility digits become ASCII), then every other Unicode decimal
 * digit (\p{Nd}: Arabic-Indic, Devanagari…) becomes its ASCII digit. Its value is its offset in
 * the run of consecutive decimal digits it belongs to: Unicode encodes each script's 0–9 so.
 */
export function normaliseDigits(text: string): string {
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (digit) => {
    if (digit >= '0' && digit <= '9') return digit;
    let start = digit.codePointAt(0)!;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((digit.codePointAt(0)! - start) % 10);
  });
}

const ENGLISH_NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  twice: 2,
  double: 2,
  doubled: 2,
  triple: 3,
  tripled: 3,
};
/** Chinese measure words: a lone numeral (三, 两) is a figure only when one follows it (三年, 两个). */
const CHINESE_MEASURE = /^[个家条场年处位倍名项座所次份批届座万亿%]/;
const CHINESE_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;
/**
 * Times of day (7:30, 20:00, 8 pm, 晚上8点, 7点半, 20时) say when, not how many, and the
 * languages write them differently (20:00 is 晚上8点): like a date's month and day, not figures.
 */
const CLOCK_TIME = new RegExp(
  [
    String.raw`(?<![\d.,:])\d{1,2}:\d{2}(?![\d:]|,\d)(?:\s*(?:[ap]\.m\.|[ap]m\b))?`,
    String.raw`(?<![\d.,:])\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)`,
    String.raw`(?<=(?:早上|早晨|上午|中午|下午|傍晚|晚上|夜间|凌晨|每天|每日|早|晚)\s*)\d{1,2}\s*[点时](?:\s*(?:半|整|\d{1,2}\s*分))?`,
    String.raw`(?<![\d.])\d{1,2}\s*点\s*(?:半|整|\d{1,2}\s*分)`,
    String.raw`(?<![\d.])\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?`,
  ].join('|'),
  'gi',
);
const DIGIT_NUMBER = /(\d+(?:[,，]\d{3})*(?:\.\d+)?)(?:\s*(万|亿))?(st|nd|rd|th)?/g;

/** A character that can belong to a figure: digits, Chinese numerals, or letters of number words. */
const FIGURE_CHARACTER = /[\d零〇一二两三四五六七八九十百千万亿]/;

/**
 * The names of a list worth erasing, normalised, once per list (the validation stage passes one
 * list for every text: preparing it per text made the checks grow with corpus × glossary).
 * Only names that hold a figure matter: erasing any other name cannot change what is found.
 */
const figureNames = new WeakMap<readonly string[], readonly string[]>();
function namesWithFigures(names: readonly string[]): readonly string[] {
  let prepared = figureNames.get(names);
  if (!prepared) {
    prepared = names
      .map(normaliseDigits)
      .filter((name) => name.trim() !== '' && (FIGURE_CHARACTER.test(name) || hasNumberWord(name)));
    figureNames.set(names, prepared);
  }
  return prepared;
}

/**
 * The text with every name blanked out (as many spaces as it has code units, so that a place in
 * the result is the same place in the text), the longest name at each place.
 */
function eraseNames(text: string, names: readonly string[]): string {
  const matches = phraseMatcher(names).find(text);
  if (matches.length === 0) return text;
  let result = '';
  let last = 0;
  for (const { start, end } of matches) {
    result += `${text.slice(last, start)}${' '.repeat(end - start)}`;
    last = end;
  }
  return result + text.slice(last);
}

function hasNumberWord(text: string): boolean {
  return [...text.matchAll(/\b[a-z]+\b/gi)].some((match) => match[0].toLowerCase() in ENGLISH_NUMBER_WORDS);
}

interface Found {
  index: number;
  end: number;
  value: number;
  written: string;
  ordinal: boolean;
}

/** Figures written in digits: 35,000, 3.5万, 6th. */
function digitFigures(normalised: string, before: (index: number) => string): Found[] {
  return [...normalised.matchAll(DIGIT_NUMBER)].map((match) => {
    const [written, digits, multiplier, suffix] = match;
    let value = Number(digits.replace(/[,，]/g, ''));
    if (multiplier === '万') value *= 10_000;
    if (multiplier === '亿') value *= 100_000_000;
    const ordinal = Boolean(suffix) || /第\s*$/.test(before(match.index));
    return { index: match.index, end: match.index + written.length, value, written, ordinal };
  });
}

/** Figures written in Chinese numerals: 三万六千, 十五场, 第六. */
function chineseFigures(normalised: string, before: (index: number) => string): Found[] {
  const found: Found[] = [];
  for (const match of normalised.matchAll(CHINESE_NUMERAL_RUN)) {
    const run = match[0].replace(/^[万亿]+/, '');
    // Multipliers alone (千万, 百) are words, not figures.
    if (run === '' || /^[百千万亿]+$/.test(run)) continue;
    const after = normalised.slice(match.index + match[0].length);
    // "一" alone is "a/one" (一系列, 之一), not a figure; another lone numeral needs a measure word.
    const ordinal = /第\s*$/.test(before(match.index));
    if (run.length === 1 && !ordinal && (/[一零〇]/.test(run) || !CHINESE_MEASURE.test(after))) continue;
    const value = Number(Nzh.decodeS(run.replace(/两/g, '二')));
    if (!Number.isFinite(value) || value === 0) continue;
    found.push({ index: match.index, end: match.index + match[0].length, value, written: match[0], ordinal });
  }
  return found;
}

/** Figures written as English number words: three, twice. */
function wordFigures(normalised: string): Found[] {
  return [...normalised.matchAll(/\b[a-z]+\b/gi)].flatMap((match) => {
    const value = ENGLISH_NUMBER_WORDS[match[0].toLowerCase()];
    if (value === undefined) return [];
    return [{ index: match.index, end: match.index + match[0].length, value, written: match[0], ordinal: false }];
  });
}

/** The few words around a place of the text, as written (or as normalised, if that changed its length). */
function contextOf(text: string, normalised: string, index: number, end: number): string {
  const shown = text.length === normalised.length ? text : normalised;
  const from = Math.max(0, index - 10);
  const to = Math.min(shown.length, end + 10);
  return `${from > 0 ? '…' : ''}${shown.slice(from, to).trim()}${to < shown.length ? '…' : ''}`;
}

/**
 * Every figure a text states, with the qualifier that stands next to it (src/lib/text/qualifiers.ts).
 * Names with numbers in them ("14th Five-Year Plan", “十四五”, 《财富》世界500强) are not figures:
 * pass them as `names` and they are left out. Month and day numbers of a Chinese date (3月, 16日)
 * are left out too: English writes them as words. So are times of day (7:30, 晚上8点).
 */
export function figuresIn(text: string, names: readonly string[] = []): FoundFigure[] {
  const digits = normaliseDigits(text);
  let normalised = eraseNames(digits, namesWithFigures(names));
  // A Chinese date's month and day, and a year written before 年 in a date, stay years only.
  normalised = normalised.replace(/(?<![\d.])\d{1,2}(?=\s*[月日号])/g, (day) => ' '.repeat(day.length));
  normalised = normalised.replace(CLOCK_TIME, (time) => ' '.repeat(time.length));
  const before = (index: number) => normalised.slice(Math.max(0, index - 24), index);
  const found = [
    ...digitFigures(normalised, before),
    ...chineseFigures(normalised, before),
    ...wordFigures(normalised),
  ];
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, end, value, written, ordinal }) => {
      const qualifier = leadingQualifier(normalised, index) ?? trailingQualifier(normalised, end);
      return {
        value,
        written,
        qualifier: qualifier?.family ?? 'as-stated',
        ...(qualifier ? { qualifierWord: qualifier.word } : {}),
        ordinal,
        context: contextOf(text, digits, index, end),
      };
    });
}

/** Just the values, in order of appearance. */
export function figureValuesIn(text: string, names: readonly string[] = []): number[] {
  return figuresIn(text, names).map((figure) => figure.value);
}

/**
 * The names a glossary gives, as text to leave out of figure checks: each term's English and
 * Chinese forms, and the quoted core of a Chinese name (“十四五” in “十四五”规划).
 */
export function namesToIgnore(
  terms: readonly { title: { zh: string; en: string }; sourceWording: string }[],
): string[] {
  const names = new Set<string>();
  for (const term of terms) {
    names.add(term.title.en);
    names.add(term.sourceWording);
    names.add(term.title.zh);
    for (const quoted of term.title.zh.matchAll(/[“《"]([^”》"]+)[”》"]/g)) {
      names.add(quoted[0]);
      if (quoted[1].length >= 2) names.add(quoted[1]);
    }
  }
  return [...names].filter((name) => name.trim() !== '');
}
