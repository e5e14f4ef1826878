// Chinese typography: in Chinese text, punctuation next to a Han character is full-width
// (“编者按：”, “（CSV）”), and quotation marks nest as “…‘…’…” or 「…」, never “…"…"…”.

const HAN = '\\p{Script=Han}';
const ASCII_PUNCTUATION = `[,.:;!?()"']`;
/** ASCII punctuation touching a Han character, with at most one space between them. */
const MIXED = new RegExp(`${HAN} ?${ASCII_PUNCTUATION}|${ASCII_PUNCTUATION} ?${HAN}`, 'gu');

/**
 * A space after an opening or separating full-width mark, or before a closing one next to a Han
 * character, between a closing mark and what follows, or before an opening one (“主题： 国际”,
 * “中心 。”, “） （”, “10月 （1）”): typically a line break in a template rendered as a space.
 */
const SPACED_FULL_WIDTH = new RegExp(
  `[：，。；、（“] (?=\\S)|(?<=${HAN}) [：，。；、）”]|[）”] (?=[（“]|${HAN})|(?<=${HAN}|\\d) [（“]`,
  'gu',
);

/**
 * Runs that legitimately keep ASCII punctuation and are blanked before checking: interpolation
 * placeholders ({count}, [COUNT]), URLs and paths, and Latin-only text quoted inside “…”
 * (an English label or a literal such as “; ”), which follows its own language's rules.
 */
const ALLOWED = [
  /\{[A-Za-z_.]+\}/g,
  /\[[A-Z_]+\]/g,
  /\[\d+\]/g,
  /https?:\/\/\S+/g,
  /(?<![\p{Script=Han}\w])\/[\w./#?=&%-]*/gu,
  /“[^“”\p{Script=Han}]*”/gu,
];

export interface TypographyProblem {
  /** The offending characters with a few around them. */
  excerpt: string;
  message: string;
}

export function chineseTypographyProblems(text: string): TypographyProblem[] {
  let checked = text;
  for (const pattern of ALLOWED) checked = checked.replace(pattern, (run) => ' '.repeat(run.length));
  const problems: TypographyProblem[] = [];
  for (const match of checked.matchAll(MIXED)) {
    const at = match.index;
    problems.push({
      excerpt: text.slice(Math.max(0, at - 8), at + match[0].length + 8),
      message: `ASCII punctuation next to Chinese text in “${match[0]}”: use the full-width form (，。：；！？（）“”)`,
    });
  }
  for (const match of checked.matchAll(/“[^”]*"[^”]*”/gu)) {
    problems.push({
      excerpt: text.slice(match.index, match.index + match[0].length),
      message: 'straight quotation marks inside “…”: nest as “…‘…’…” or drop the inner quotes',
    });
  }
  return problems;
}

/**
 * Spaces beside full-width punctuation within one line of Chinese text (a paragraph, a list
 * item, a label and its value): across block boundaries a space is only markup.
 */
export function spacedPunctuationProblems(text: string): TypographyProblem[] {
  return [...text.matchAll(SPACED_FULL_WIDTH)].map((match) => ({
    excerpt: text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8),
    message: `a space beside full-width punctuation in “${match[0]}”: the mark carries its own space`,
  }));
}
