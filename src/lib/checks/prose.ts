import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import { figuresIn } from '../text/figures';
import type { Citation } from '../content/schemas';

const CITE_TAG = /<Cite\s+n=\{(\d+)\}\s*\/>/g;
const COMPONENT_TAG = /<[A-Z][A-Za-z]*\b[^>]*\/>/g;
/** `<Figure id="…" />` and `<Term id="…" />`: the components that name another entry. */
const REFERENCE_TAG = /<(Figure|Term)\b[^>]*?\bid=["']([^"']*)["'][^>]*\/>/g;
/** `《<Term id="…" />》`: a name written inside book-title marks by hand. */
const TERM_IN_TITLE_MARKS = /《\s*<Term\b[^>]*?\bid=["']([^"']*)["'][^>]*\/>\s*》/g;

export interface ProseContext {
  /** How many citations the entry's YAML file lists (`<Cite n={k} />` numbers them from 1). */
  citationCount: number;
  /** Ids `<Figure id>` may name (indicators) and `<Term id>` may name (glossary terms). */
  figureIds?: ReadonlySet<string>;
  termIds?: ReadonlySet<string>;
  /** The entry's citations: a figure in a sentence must stand in the quotes that sentence cites. */
  citations?: readonly Citation[];
  /** What each `<Figure id>` states: its value, or the source's words for it. */
  figures?: ReadonlyMap<string, { value?: number; statedAs?: string }>;
  /** Names with numbers in them (“十四五”, Fortune Global 500): not figures. */
  names?: readonly string[];
  /** Names the site identified or translated: prose shows them through <Term>, which marks them. */
  markedNames?: readonly string[];
}

/** A paragraph's sentences, each ending with its `<Cite />` tags (a trailing one may have none). */
function citedSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=(?:<Cite\s+n=\{\d+\}\s*\/>)[,，;；.。]?)(?!\s*<Cite)/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

type Problem = (text: string, hint: string) => void;

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
  const full: ProseContext = typeof context === 'number' ? { citationCount: context } : context;
  const paragraphs = body
    .replace(/^---[\s\S]*?---\s*/, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('import '));
  if (paragraphs.length === 0) {
    report(new SourceInputError({ file, problem: 'the prose is empty.', hint: 'write at least one cited paragraph.' }));
    return;
  }
  const problemAt =
    (index: number): Problem =>
    (text, hint) =>
      report(new SourceInputError({ file, where: `paragraph ${index + 1}`, problem: text, hint }));
  paragraphs.forEach((paragraph, index) => {
    const problem = problemAt(index);
    checkCitations(paragraph, full, problem);
    checkTypedText(paragraph, full, problem);
    checkFiguresSupported(paragraph, full, problem);
  });
  if (full.citations) checkSourceVoice(paragraphs, full.citations, problemAt);
}

/** The paragraph cites, with numbers of the entry's citations, and names existing entries. */
function checkCitations(
  paragraph: string,
  { citationCount, figureIds, termIds }: ProseContext,
  problem: Problem,
): void {
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
        `create it with \`npm run new -- ${component === 'Figure' ? 'indicators' : 'glossary'} ${id}\` ` +
          `(src/content/${component === 'Figure' ? 'indicators' : 'glossary'}/${id}.yaml), or name an existing entry there.`,
      );
    }
  }
}

/** No figure and no marked name typed by hand: they come through components that say what they are. */
function checkTypedText(paragraph: string, { names = [], markedNames = [] }: ProseContext, problem: Problem): void {
  const text = paragraph.replace(COMPONENT_TAG, ' ');
  // Figures in any script (１２８, ١٢٨, 三万六千, "three"): normalised before the check.
  const typed = figuresIn(text, names)[0];
  if (typed) {
    problem(
      `the figure "${typed.written}" is typed into the prose${typed.written === String(typed.value) ? '' : ` (it reads ${typed.value})`}.`,
      'use <Figure id="…" /> for a statistic, or <Term id="…" /> for a name with a number; an id is the file name ' +
        'of an entry in src/content/indicators/ or src/content/glossary/ (create one with `npm run new -- indicators <slug>` ' +
        'or `npm run new -- glossary <slug>`).',
    );
  }
  for (const [, id] of paragraph.matchAll(TERM_IN_TITLE_MARKS)) {
    problem(
      `<Term id="${id}" /> is written inside 《…》, where the mark of a name the site identified or translated would fall inside the title marks.`,
      `write <Term id="${id}" quote="book" /> without the 《》: it puts the title marks around the name and the mark after them.`,
    );
  }
  for (const name of markedNames.filter((candidate) => text.includes(candidate))) {
    problem(
      `the name ${name} is typed into the prose, where it would show without its status (the site’s identification or translation).`,
      'use <Term id="…" /> for the name: it marks the status. <Term> takes a glossary id: if the name has no entry in ' +
        'src/content/glossary/, create one first with `npm run new -- glossary <slug>`.',
    );
  }
}

/** A figure in a sentence stands in the quotes that sentence cites. */
function checkFiguresSupported(
  paragraph: string,
  { citations, figures, names = [] }: ProseContext,
  problem: Problem,
): void {
  if (!citations || !figures) return;
  for (const sentence of citedSentences(paragraph)) {
    const quotes = [...sentence.matchAll(CITE_TAG)]
      .map((match) => citations[Number(match[1]) - 1]?.quote)
      .filter((quote): quote is string => quote !== undefined);
    for (const [, component, id] of sentence.matchAll(REFERENCE_TAG)) {
      const figure = component === 'Figure' ? figures.get(id) : undefined;
      if (!figure) continue;
      const supported = quotes.some(
        (quote) =>
          (figure.value !== undefined && figuresIn(quote, names).some((found) => found.value === figure.value)) ||
          (figure.statedAs !== undefined && quote.toLowerCase().includes(figure.statedAs.toLowerCase())),
      );
      if (!supported) {
        problem(
          `<Figure id="${id}" /> is not stated by the quotes its sentence cites.`,
          'cite (with <Cite n={k} />) a citation of the entry whose quote states the figure, or drop the figure.',
        );
      }
    }
  }
}

/** Words that point back to what earlier sentences said: “these services”, “such measures”, 上述措施. */
const POINTING_BACK =
  /\b(?:these|those)\s+\p{L}+|\bthe (?:above|aforementioned)\b|\bsuch\s+(?!as\b)\p{L}+|(?:这些|上述|前述)\p{Script=Han}?/iu;

/** The source documents a sentence's `<Cite />` tags name. */
function sourcesOf(sentence: string, citations: readonly Citation[]): Set<string> {
  const cited = [...sentence.matchAll(CITE_TAG)].map((match) => citations[Number(match[1]) - 1]?.source);
  return new Set(cited.filter((source): source is string => source !== undefined));
}

/**
 * Prose speaks with the voice of the sources it cites: words that point back ("these services",
 * 上述) stand only where the sentences before rest on no source the pointing sentence does not
 * cite, so that what one source says is not stretched over what another said. (Words for several
 * sources in an entry citing one are checked with its notes: src/lib/checks/notes.ts.)
 */
function checkSourceVoice(
  paragraphs: readonly string[],
  citations: readonly Citation[],
  problemAt: (index: number) => Problem,
): void {
  const sentences = paragraphs.flatMap((paragraph, index) =>
    citedSentences(paragraph).map((sentence) => ({ index, sentence, sources: sourcesOf(sentence, citations) })),
  );
  const before = new Set<string>();
  for (const { index, sentence, sources } of sentences) {
    const text = sentence.replace(COMPONENT_TAG, ' ');
    const pointer = POINTING_BACK.exec(text)?.[0];
    const elsewhere = [...before].filter((source) => !sources.has(source));
    if (pointer && elsewhere.length > 0) {
      problemAt(index)(
        `"${pointer}" points back to sentences citing ${elsewhere.join(', ')}, which this sentence does not cite ` +
          `(it cites ${[...sources].join(', ') || 'nothing'}).`,
        'name what this sentence’s own source speaks of, in its words, or cite the sources the earlier sentences rest on.',
      );
    }
    for (const source of sources) before.add(source);
  }
}
