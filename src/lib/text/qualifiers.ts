/**
 * The words that qualify a figure ("over 35,000", 超过3.5万, 3万人以上, 300家左右), read as words
 * in their context: a qualifier counts only where it stands next to the figure it qualifies and
 * is a word there, not part of another one. 约 in 预约 (an appointment), 上下 in 上下班 (going to
 * work) and 以上 in 以上所述 ("the above") qualify nothing.
 */

export type QualifierFamily = 'over' | 'nearly' | 'about' | 'at-least';

/** A qualifier found next to a figure: its family and the word as written. */
export interface Qualifier {
  family: QualifierFamily;
  word: string;
}

/** Words written right before the figure, longest first within a family. */
const LEADING_ZH: readonly [string, QualifierFamily][] = [
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['至少', 'at-least'],
  ['超过', 'over'],
  ['超出', 'over'],
  ['多于', 'over'],
  ['高于', 'over'],
  ['逾', 'over'],
  ['接近', 'nearly'],
  ['将近', 'nearly'],
  ['近乎', 'nearly'],
  ['几乎', 'nearly'],
  ['大约', 'about'],
  ['约', 'about'],
];
const LEADING_EN: readonly [RegExp, QualifierFamily][] = [
  [/\bat least\s*$/i, 'at-least'],
  [/\b(?:over|more than|exceed(?:s|ed|ing)?|above)\s*$/i, 'over'],
  [/\b(?:nearly|almost|close to)\s*$/i, 'nearly'],
  [/\b(?:about|around|approximately|roughly|some)\s*$/i, 'about'],
];

/** Words written after the figure and its measure word (3万人以上, 300家左右). */
const TRAILING_ZH: readonly [string, QualifierFamily][] = [
  ['以上', 'over'],
  ['有余', 'over'],
  ['左右', 'about'],
  ['上下', 'about'],
];
const TRAILING_EN: readonly [RegExp, QualifierFamily][] = [[/^\s*(?:or|and) (?:more|above|over)\b/i, 'at-least']];
/** A measure word or unit between a number and a trailing qualifier: 3万人以上, 5平方公里左右. */
const MEASURE =
  /^\s*(?:[个家条场年处位倍名项座所次份批届人元天周台件种只辆架户米亩层%]|平方米|平方公里|公里|公顷|小时|人次|个月|万人|亿元|万元){0,2}/;
/** 余 or 多 straight after a number, before its measure word: 一千余家, 300多名. */
const DIRECT_OVER = /^(?:余|多)(?=\s*[个家条场年处位倍名项座所次份批届人元天周台件种只辆架户米亩层万亿])/;
/** Words that begin with a trailing qualifier but are other words: 上下班, 左右手, 以上所述. */
const OTHER_WORDS = /^(?:上下(?:班|车|游|文|级|楼|学|课|床|山|功夫)|左右(?:手|岸|为难|逢源)|以上(?:所述|各|内容|就是))/;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** True when a word boundary falls at `at` in `text` (read in a window around it). */
function boundaryAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 8);
  const window = text.slice(from, at + 8);
  for (const { index } of segmenter.segment(window)) {
    if (from + index === at) return true;
    if (from + index > at) return false;
  }
  return at === text.length;
}

/** The qualifier written right before the figure that starts at `index`, if any. */
export function leadingQualifier(text: string, index: number): Qualifier | null {
  const before = text.slice(Math.max(0, index - 24), index);
  for (const [pattern, family] of LEADING_EN) {
    const match = pattern.exec(before);
    if (match) return { family, word: match[0].trim() };
  }
  const trimmed = before.replace(/\s+$/, '');
  for (const [word, family] of LEADING_ZH) {
    if (!trimmed.endsWith(word)) continue;
    const start = index - (before.length - trimmed.length) - word.length;
    // 预约3次: 约 is the end of another word, not a word of its own.
    if (boundaryAt(text, start)) return { family, word };
    return null;
  }
  return null;
}

/** The qualifier written after the figure that ends at `end` (and its measure word), if any. */
export function trailingQualifier(text: string, end: number): Qualifier | null {
  const after = text.slice(end, end + 24);
  const direct = DIRECT_OVER.exec(after);
  if (direct) return { family: 'over', word: direct[0] };
  for (const [pattern, family] of TRAILING_EN) {
    const match = pattern.exec(after);
    if (match) return { family, word: match[0].trim() };
  }
  const rest = after.slice(MEASURE.exec(after)![0].length);
  for (const [word, family] of TRAILING_ZH) {
    if (rest.startsWith(word) && !OTHER_WORDS.test(rest)) return { family, word };
  }
  return null;
}

/** Lower bounds stated two ways (超过 / at least, 以上 / or more) say the same to a reader. */
export function sameBound(a: QualifierFamily | 'as-stated', b: QualifierFamily | 'as-stated'): boolean {
  const lower = (family: string) => family === 'over' || family === 'at-least';
  return a === b || (lower(a) && lower(b));
}
