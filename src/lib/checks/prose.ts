import { SourceInputError } from './errors';

const CITE_TAG = /<Cite\s+n=\{(\d+)\}\s*\/>/g;
const COMPONENT_TAG = /<[A-Z][A-Za-z]*\b[^>]*\/>/g;

/**
 * Checks one MDX prose file of an entry: every paragraph cites (with `<Cite n={k} />`, k being
 * a citation of the entry's YAML file), and no figure is typed by hand (figures come from
 * `<Figure id="…" />`, names with numbers from `<Term id="…" />`).
 */
export function checkProse(body: string, file: string, citationCount: number): void {
  const paragraphs = body
    .replace(/^---[\s\S]*?---\s*/, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('import '));
  if (paragraphs.length === 0) {
    throw new SourceInputError({ file, problem: 'the prose is empty.', hint: 'write at least one cited paragraph.' });
  }
  paragraphs.forEach((paragraph, index) => {
    const where = `paragraph ${index + 1}`;
    const cited = [...paragraph.matchAll(CITE_TAG)].map((match) => Number(match[1]));
    if (cited.length === 0) {
      throw new SourceInputError({
        file,
        where,
        problem: 'a paragraph with no citation.',
        hint: 'end each factual sentence with <Cite n={k} />, k being a citation in the entry’s YAML file.',
      });
    }
    const unknown = cited.find((n) => n < 1 || n > citationCount);
    if (unknown !== undefined) {
      throw new SourceInputError({
        file,
        where,
        problem: `<Cite n={${unknown}} /> but the entry has ${citationCount} citation(s).`,
        hint: 'number citations as they are listed in the entry’s YAML file, from 1.',
      });
    }
    const typed = paragraph.replace(COMPONENT_TAG, '').match(/\d[\d,.]*/);
    if (typed) {
      throw new SourceInputError({
        file,
        where,
        problem: `the figure "${typed[0]}" is typed into the prose.`,
        hint: 'use <Figure id="…" lang="…" /> for a statistic, or <Term id="…" lang="…" /> for a name with a number.',
      });
    }
  });
}
