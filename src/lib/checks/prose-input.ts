/**
 * What an MDX prose file is before it is Markdown: text under the one text policy, with no
 * front matter keys but those allowed (Astro reads some keys as code: `layout:` renders the
 * prose with a file of the author's choosing), and components that name a language of the site.
 */
import { LANGUAGES, type Lang } from '../../i18n/index';
import { SourceInputError, type ReportProblem } from '../errors';
import { checkText } from '../text/policy';

/**
 * The front matter keys prose may set: none. A prose file's title, dates and citations live in
 * its entry's YAML file; `layout` and every other key Astro or MDX would act on stay out.
 */
export const PROSE_FRONTMATTER_KEYS: readonly string[] = [];

/** YAML (`---`) or TOML (`+++`) front matter, as Astro reads it. */
const FRONTMATTER = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;
/** `<Figure … lang="…" />`, `<Term … lang="…" />`: the language attribute as written. */
const LANG_ATTRIBUTE = /<(Figure|Term)\b[^>]*?\blang=["']([^"']*)["'][^>]*\/>/g;

/** The 1-based line of an offset in a text. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Refuses front matter keys outside the allowlist, each with its line. */
function checkFrontmatter(text: string, file: string, report: ReportProblem): void {
  const block = FRONTMATTER.exec(text);
  if (!block) return;
  const firstLine = 2;
  block[2].split('\n').forEach((line, index) => {
    const key =
      /^([^\s#:][^:]*):/.exec(line)?.[1]?.trim() ?? (line.trim() && !line.trim().startsWith('#') ? line.trim() : null);
    if (key === null || PROSE_FRONTMATTER_KEYS.includes(key)) return;
    report(
      new SourceInputError({
        file,
        where: `line ${firstLine + index}`,
        problem: `the front matter key ${JSON.stringify(key)} is not allowed in prose (Astro would act on it, e.g. \`layout:\` renders the prose with another file).`,
        hint: `remove the front matter${PROSE_FRONTMATTER_KEYS.length ? ` or keep to ${PROSE_FRONTMATTER_KEYS.join(', ')}` : ''}: the entry's title, dates and citations live in its YAML file.`,
      }),
    );
  });
}

/** `lang=` on <Figure>/<Term> names the file's own language. */
function checkComponentLanguages(text: string, file: string, lang: Lang | undefined, report: ReportProblem): void {
  for (const match of text.matchAll(LANG_ATTRIBUTE)) {
    const [, component, value] = match;
    if ((LANGUAGES as readonly string[]).includes(value) && (lang === undefined || value === lang)) continue;
    report(
      new SourceInputError({
        file,
        where: `line ${lineOf(text, match.index)}`,
        problem: `<${component} lang="${value}" /> names ${(LANGUAGES as readonly string[]).includes(value) ? 'another language than the file’s' : 'no language of the site'}.`,
        hint: `write lang="${lang ?? LANGUAGES.join('" or lang="')}": the language the prose file is written in.`,
      }),
    );
  }
}

/** Every check of a prose file's text as text: the policy, its front matter, its languages. */
export function checkProseInput(text: string, file: string, lang: Lang | undefined, report: ReportProblem): void {
  try {
    checkText(text, file);
  } catch (error) {
    if (!(error instanceof SourceInputError)) throw error;
    report(error);
  }
  checkFrontmatter(text, file, report);
  checkComponentLanguages(text, file, lang, report);
}
