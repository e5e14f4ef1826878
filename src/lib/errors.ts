/**
 * An error in the site's inputs (a seed, a metadata file, a knowledge entry).
 * It always says where (file, and line or entry) and what to do, because the person
 * reading it is an editor fixing content, not a developer reading a stack trace.
 */
export class SourceInputError extends Error {
  readonly file: string;
  readonly where: string | undefined;
  readonly hint: string;

  constructor(options: { file: string; where?: string; problem: string; hint: string }) {
    const location = options.where ? `${options.file} (${options.where})` : options.file;
    super(`${location}: ${options.problem}\n  → ${options.hint}`);
    this.name = 'SourceInputError';
    this.file = options.file;
    this.where = options.where;
    this.hint = options.hint;
  }
}

/** Where a check sends each problem it finds. The default stops at the first one. */
export type ReportProblem = (error: SourceInputError) => void;
export const throwProblem: ReportProblem = (error) => {
  throw error;
};

/**
 * Collects every problem of a validation run so that an editor sees all of them at once,
 * not one per build.
 */
export class ProblemCollector {
  readonly problems: SourceInputError[] = [];
  private readonly consequences: ((error: SourceInputError) => boolean)[] = [];
  private readonly said = new Set<string>();
  /** Records a problem, once: the same words reached by two checks are said once. */
  readonly report: ReportProblem = (error) => {
    if (this.said.has(error.message) || this.consequences.some((follows) => follows(error))) return;
    this.said.add(error.message);
    this.problems.push(error);
  };

  /** Leaves out problems that only follow from one already reported (said once, not six times). */
  ignoreConsequences(follows: (error: SourceInputError) => boolean): void {
    this.consequences.push(follows);
  }

  /** Runs a check; a SourceInputError it throws is recorded and `undefined` returned. */
  attempt<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      if (error instanceof SourceInputError) {
        this.report(error);
        return undefined;
      }
      throw error;
    }
  }
}

/**
 * The report of a validation run's problems, in the words the build, `npm run check:content`
 * and the dev server all print: a count, then every problem with its hint.
 */
export function problemsReport(problems: readonly { message: string }[], { strict = false } = {}): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const mode = strict ? ' (strict: pending and untranslated work counts)' : '';
  return `${count} in the site's content${mode}:\n\n${problems.map((error) => error.message).join('\n\n')}\n`;
}

/** Every problem a validation run found, as one error whose message lists them all. */
export class ContentProblemsError extends Error {
  readonly problems: readonly SourceInputError[];

  constructor(problems: readonly SourceInputError[]) {
    super(problemsReport(problems));
    this.name = 'ContentProblemsError';
    this.problems = problems;
  }
}
