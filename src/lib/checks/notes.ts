/**
 * An editor's note says whose statement it makes: the source's ("the source says", "the first
 * source", "the summary") or the site's ("the site identifies", 本站). A note that says neither
 * states something in the site's voice as plain fact ("An air point is a destination served.",
 * "Also called sister cities."): knowledge from outside the sources, which the site does not give.
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
