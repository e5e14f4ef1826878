/**
 * Pagefind's excerpts as readers should see them: runs of text, some highlighted. Runs in the
 * browser (the search page); keep it small.
 */
import { NAMES_SEPARATOR } from './exact';

export interface ExcerptRun {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => ENTITIES[entity]);
/** Punctuation and spaces that a highlight should not carry at its ends. */
const EDGE = /^[\p{P}\p{Z}]+|[\p{P}\p{Z}]+$/gu;

/**
 * Reads an excerpt (text with `<mark>` highlights, the only markup Pagefind puts in) into runs:
 * highlights next to each other, or apart only by spaces, become one (三里屯, not 三里 + 屯);
 * punctuation at a highlight's ends is moved out of it; the punctuation and spaces Pagefind
 * leaves at the start of an excerpt (". ") are dropped.
 */
export function excerptRuns(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = runs.at(-1);
    if (last && last.mark === mark) last.text += text;
    else runs.push({ text, mark });
  };
  const parts = html.split(/<mark>([\s\S]*?)<\/mark>/u);
  parts.forEach((part, index) => {
    const text = decode(part.replace(/<[^>]*>/gu, ''));
    if (index % 2 === 0) {
      // Spaces alone between two highlights belong to one highlight.
      const between = index > 0 && index < parts.length - 1 && /^\s*$/u.test(text);
      push(text, between && runs.at(-1)?.mark === true);
      return;
    }
    const core = text.replace(EDGE, '');
    const [before, after] = core ? text.split(core, 2) : [text, ''];
    push(before, false);
    push(core, true);
    push(after ?? '', false);
  });
  const first = runs[0];
  if (first && !first.mark) {
    first.text = first.text.replace(/^[\p{P}\p{Z}\s]+/u, '');
    if (!first.text) runs.shift();
  }
  return runs;
}

/** A name or highlight as compared: folded (NFKC), lower-cased, without quotation marks or spaces. */
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\s"“”'‘’「」]/gu, '');

/**
 * The snippet a result shows: the entry's one-line description (search metadata) when it was
 * found by name: the excerpt highlights nothing, or only words of the entry's names (`names`:
 * its titles, other names and search terms, joined by NAMES_SEPARATOR), or every word searched
 * (`words`) is in its names, so that highlights on words the searched ones begin (ranked,
 * plan’s) do not count. A match by name would show the names and labels the page opens with.
 * Pagefind's excerpt otherwise: a word searched is in the text, and the excerpt shows where.
 */
export function resultSnippet(
  excerpt: string,
  description: string | undefined,
  names = '',
  words: readonly string[] = [],
): string {
  if (description === undefined) return excerpt;
  const known = names.split(NAMES_SEPARATOR).map(folded).filter(Boolean);
  const named = (text: string) => known.some((name) => name.includes(folded(text)));
  const marks = excerptRuns(excerpt).filter((run) => run.mark);
  const byName = marks.every((mark) => named(mark.text)) || (words.length > 0 && words.every(named));
  if (!byName) return excerpt;
  const escaped: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
  return description.replace(/[&<>]/gu, (character) => escaped[character]);
}
