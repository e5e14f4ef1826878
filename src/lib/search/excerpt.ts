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
  const text = byName ? '' : withoutLeadingNames(excerpt, names);
  return text || escapeHtml(description);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>]/gu, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character] ?? character);

/** Between and after the names a page opens with: punctuation, spaces, a mark like “(site’s translation)”. */
const NAME_GAP = /^(?:[\s.,;:、，。；：]|[(（][^()（）]*[)）])+/u;

/**
 * An excerpt without the names it opens with (the entry's titles, other names and search terms,
 * indexed so that they are found, and the first text of the page), as `<mark>` HTML.
 */
export function withoutLeadingNames(excerpt: string, names: string): string {
  const runs = excerptRuns(excerpt);
  const text = runs.map((run) => run.text).join('');
  const lower = text.toLocaleLowerCase('en');
  const known = names
    .split(NAMES_SEPARATOR)
    .map((name) => name.toLocaleLowerCase('en'))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  let cut = 0;
  for (let name: string | undefined = ''; name !== undefined;) {
    cut += NAME_GAP.exec(lower.slice(cut))?.[0].length ?? 0;
    // A Latin name only as a whole word (Sanlitun, not the start of Sanlitunxyz).
    name = known.find(
      (candidate) =>
        lower.startsWith(candidate, cut) &&
        !/[a-z0-9]{2}/u.test(lower.slice(cut + candidate.length - 1, cut + candidate.length + 1)),
    );
    cut += name?.length ?? 0;
  }
  let at = 0;
  return runs
    .map((run) => {
      const kept = run.text.slice(Math.max(0, cut - at));
      at += run.text.length;
      return kept && (run.mark ? `<mark>${escapeHtml(kept)}</mark>` : escapeHtml(kept));
    })
    .join('');
}
