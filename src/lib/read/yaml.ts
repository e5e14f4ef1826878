/** Reading the curated YAML files: every syntax error a problem naming the file and line. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { parse as parseYamlSafely, YAMLParseError } from 'yaml';
import { SourceInputError, throwProblem, type ReportProblem } from '../errors';
import { checkFileName, checkText, checkValueStrings } from '../text/policy';

/** An alias (`*name`) where a YAML value can start: curated files have none. */
const YAML_ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]+/m;

/**
 * Reads a YAML file; a syntax error becomes a problem naming the file and line. A character the
 * text policy refuses is reported to `report` when given (the value is still returned, so that
 * what follows from it is checked in the same run), thrown otherwise.
 */
export function readYaml(path: string, display: string, report: ReportProblem = throwProblem): unknown {
  try {
    // YAML 1.2 core schema: dates stay strings, so an impossible date is caught, not rolled over.
    // js-yaml reads the large lists (every source, every unused point) about ten times faster
    // than the `yaml` package, which the project keeps for writing YAML.
    const text = readFileSync(path, 'utf8');
    // The one text policy (src/lib/text/policy.ts): first the file as written (line and column),
    // then every value as read, which may hold a character through an escape ("\u202E").
    const textOk = policy(() => checkText(text, display), report);
    const value = parseYamlText(text, display);
    if (textOk) policy(() => checkValueStrings(value, display), report);
    return value;
  } catch (error) {
    if (error instanceof SourceInputError) throw error;
    throw yamlProblem(error, display);
  }
}

/** Runs a policy check; its problem goes to `report`. Whether the text passed. */
function policy(check: () => void, report: ReportProblem): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (!(error instanceof SourceInputError)) throw error;
    report(error);
    return false;
  }
}

function parseYamlText(text: string, display: string): unknown {
  // js-yaml sets no limit on aliases (an alias bomb expands without end in what reads it), so a
  // file that uses any goes through the `yaml` package, which refuses excessive aliasing.
  if (YAML_ALIAS.test(text)) return parseYamlSafely(text, { schema: 'core', maxAliasCount: 100 });
  return loadYaml(text, { schema: CORE_SCHEMA, filename: display });
}

/** A parser's refusal as a problem naming the file and line. */
function yamlProblem(error: unknown, display: string): SourceInputError {
  if (error instanceof YAMLException) {
    const line = error.mark ? error.mark.line + 1 : undefined;
    return new SourceInputError({
      file: display,
      where: line ? `line ${line}` : undefined,
      problem: `not valid YAML: ${error.reason}`,
      hint: 'fix the YAML syntax (indentation, quotes around text that contains ": ").',
    });
  }
  if (error instanceof YAMLParseError && !/alias/i.test(error.message)) {
    const line = error.linePos?.[0].line;
    return new SourceInputError({
      file: display,
      where: line ? `line ${line}` : undefined,
      problem: `not valid YAML: ${error.message.split('\n')[0]}`,
      hint: 'fix the YAML syntax (indentation, quotes around text that contains ": ").',
    });
  }
  // The parser's other refusals: an alias bomb (aliases expanding past its limit), a file
  // that cannot be read (a directory, no permission).
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new SourceInputError({
    file: display,
    problem: /alias/i.test(message)
      ? `its aliases expand too far to be read (${message}).`
      : `cannot be read: ${message}`,
    hint: /alias/i.test(message)
      ? 'write the values out instead of repeating them through YAML aliases (*name).'
      : 'make it a readable YAML file, or remove it.',
  });
}

/**
 * The YAML files of a folder, by name; none when the folder does not exist. With `report`, a
 * name the text policy refuses (a line break, an invisible character) is reported, as
 * `shown/<name>`, and left out.
 */
export const yamlFilesIn = (directory: string, report?: ReportProblem, shown = directory) =>
  existsSync(directory)
    ? readdirSync(directory)
        .filter((name) => name.endsWith('.yaml'))
        .filter((name) => !report || acceptableName(name, `${shown}/${name}`, report))
        .sort()
    : [];

/** Whether a file or folder name passes the text policy; if not, the problem goes to `report`. */
export function acceptableName(name: string, shown: string, report: ReportProblem): boolean {
  return policy(() => checkFileName(name, shown), report);
}
