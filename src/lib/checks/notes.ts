/**
 * An editor's note says whose statement it makes: the source's ("the source says", "the first
 * source", "the summary") or the site's ("the site identifies", 本站). A note that says neither
 * states something in the site's voice as plain fact ("An air point is a destination served.",
 * "Also called sister cities."): knowledge from outside the sources, which the site does not give.
 * And words that speak for several sources stand only in an entry that cites several.
 */
import { SourceInputError, type ReportProblem } from '../errors';

/** Words that say whose statement a note makes, per language. */
const ATTRIBUTION = {
  en: /\b(?:the site|sources?|summary|summaries|seed|documents?)\b/i,
  zh: /来源|本站|摘要|种子文件|文档/,
} as const;

export interface EditorNotes {
  file: string;
  /** Where the notes stand in the file: `notes`, or `[slug].notes` in a file of several. */
  where: string;
  notes: readonly { zh: string; en: string }[];
}

/** Reports every note, in each language, that does not say whose statement it makes. */
export function noteAttributionProblems(all: readonly EditorNotes[], report: ReportProblem): void {
  for (const { file, where, notes } of all) {
    notes.forEach((note, index) => {
      for (const lang of ['en', 'zh'] as const) {
        if (ATTRIBUTION[lang].test(note[lang])) continue;
        report(
          new SourceInputError({
            file,
            where: `${where}.${index}.${lang}`,
            problem: `the note “${note[lang]}” does not say whose statement it is: the source’s or the site’s.`,
            hint: 'say what the source says (“The source says …”, 来源称……) or mark it as the site’s (“The site takes …”, 本站……); a fact from neither does not belong on the site.',
          }),
        );
      }
    });
  }
}

/**
 * Words that compare the sources or speak for more than one ("the sources say", "the second
 * source", 两份来源). Said in an entry that cites one document, they claim a second it does not
 * cite. Statements that the sources give nothing ("the sources give no years") hold of one too.
 */
const MANY_SOURCES = {
  en: /\b(?:the|both) sources (?:also )?(?:say|says|state|use|give|name|report|describe|call|list|mention|compare|measure)\b(?!\s+(?:no|neither|none|nothing|not)\b)|\b(?:first|second|other) (?:source|document|summary)\b|\bboth (?:sources|documents|summaries)\b/i,
  zh: /两份(?:来源|文档|摘要)|(?:第一|第二|另一)份(?:来源|文档|摘要)/,
} as const;

export interface EntryText {
  file: string;
  where: string;
  lang: 'zh' | 'en';
  text: string;
  /** The distinct source documents the entry cites. */
  documents: readonly string[];
}

/** Reports each text that speaks of several sources in an entry citing only one document. */
export function manySourcesProblems(texts: readonly EntryText[], report: ReportProblem): void {
  for (const { file, where, lang, text, documents } of texts) {
    if (documents.length !== 1) continue;
    const found = MANY_SOURCES[lang].exec(text);
    if (!found) continue;
    report(
      new SourceInputError({
        file,
        where,
        problem: `“${found[0]}” speaks of more than one source, but the entry cites one document (${documents[0]}).`,
        hint: 'cite the other document’s words where it says so, or write “the source” (来源) for the one cited.',
      }),
    );
  }
}
