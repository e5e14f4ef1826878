import { SourceInputError, throwProblem, type ReportProblem } from './errors';

const CITE_TAG = /<Cite\s+n=\{(\d+)\}\s*\/>/g;
const COMPONENT_TAG = /<[A-Z][A-Za-z]*\b[^>]*\/>/g;
/** `<Figure id="…" />` and `<Term id="…" />`: the components that name another entry. */
const REFERENCE_TAG = /<(Figure|Term)\b[^>]*?\bid=["']([^"']*)["'][^>]*\/>/g;

export interface ProseContext {
  /** How many citations the entry's YAML file lists (`<Cite n={k} />` numbers them from 1). */
  citationCount: number;
  /** Ids `<Figure id>` may name (indicators) and `<Term id>` may name (glossary terms). */
  figureIds?: ReadonlySet<string>;
  termIds?: ReadonlySet<string>;
}

/**
 * Checks one MDX prose file of an entry: every paragraph cites (with `<Cite n={k} />`, k being
 * a citation of the entry's YAML file), no figure is typed by hand (figures come from
 * `<Figure id="…" />`, names with numbers from `<Term id="…" />`), and every id names an entry.
 */
export function checkProse(
  body: string,
  file: string,
  context: ProseContext | number,
  report: ReportProblem = throwProblem,
): void {
  const { citationCount, figureIds, termIds } =
    typeof context === 'number' ? { citationCount: context, figureIds: undefined, termIds: undefined } : context;
  const paragraphs = body
    .replace(/^---[\s\S]*?---\s*/, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('import '));
  if (paragraphs.length === 0) {
    report(new SourceInputError({ file, problem: 'the prose is empty.', hint: 'write at least one cited paragraph.' }));
    return;
  }
  paragraphs.forEach((paragraph, index) => {
    const where = `paragraph ${index + 1}`;
    const problem = (text: string, hint: string) => report(new SourceInputError({ file, where, problem: text, hint }));
    const cited = [...paragraph.matchAll(CITE_TAG)].map((match) => Number(match[1]));
    if (cited.length === 0) {
      problem(
        'a paragraph with no citation.',
        'end each factual sentence with <Cite n={k} />, k being a citation in the entry’s YAML file.',
      );
    }
    for (const n of cited.filter((k) => k < 1 || k > citationCount)) {
      problem(
        `<Cite n={${n}} /> but the entry has ${citationCount} citation(s).`,
        'number citations as they are listed in the entry’s YAML file, from 1.',
      );
    }
    for (const [, component, id] of paragraph.matchAll(REFERENCE_TAG)) {
      const known = component === 'Figure' ? figureIds : termIds;
      if (known && !known.has(id)) {
        problem(
          `<${component} id="${id}" /> names no ${component === 'Figure' ? 'statistic' : 'glossary term'}.`,
          `use the file name (without .yaml) of an entry in src/content/${component === 'Figure' ? 'indicators' : 'glossary'}/.`,
        );
      }
    }
    const typed = paragraph.replace(COMPONENT_TAG, '').match(/\d[\d,.]*/);
    if (typed) {
      problem(
        `the figure "${typed[0]}" is typed into the prose.`,
        'use <Figure id="…" lang="…" /> for a statistic, or <Term id="…" lang="…" /> for a name with a number.',
      );
    }
  });
}
