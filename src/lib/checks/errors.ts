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
