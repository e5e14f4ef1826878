/**
 * Hostile and broken content through the real validation stage (src/lib/read/site-content.ts), on
 * a copy of the project's inputs: every failure is a problem that names its file and says
 * what to do, never a crash. Entries are found by kind, not by name.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkSiteContent } from '../../src/lib/read/site-content';
import { SourceInputError } from '../../src/lib/errors';
import { resolveSiteOrigin } from '../../src/lib/urls/urls';

const PROJECT = resolve('.');
const INPUTS = ['seeds', 'src/content'];
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function copyOfInputs(): string {
  const root = mkdtempSync(join(tmpdir(), 'site-content-'));
  roots.push(root);
  for (const input of INPUTS) cpSync(join(PROJECT, input), join(root, input), { recursive: true });
  return root;
}

/** The first YAML file of a kind's folder (src/content/<folder>/), relative to the root. */
function firstEntry(root: string, folder: string, having?: string): string {
  const names = readdirSync(join(root, 'src/content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .filter((name) => !having || readFileSync(join(root, 'src/content', folder, name), 'utf8').includes(having));
  expect(names.length, `no entry in src/content/${folder}/`).toBeGreaterThan(0);
  return `src/content/${folder}/${names[0]}`;
}

/** Sets `path` in a YAML file, keeping the rest of it. */
function setInYaml(root: string, file: string, path: (string | number)[], value: unknown): void {
  const document = parseDocument(readFileSync(join(root, file), 'utf8'));
  document.setIn(path, value);
  writeFileSync(join(root, file), document.toString());
}

function problemsOf(root: string): string[] {
  const { problems } = checkSiteContent(root);
  for (const problem of problems) expect(problem).toBeInstanceOf(SourceInputError);
  return problems.map((problem) => problem.message);
}

describe('values that cannot be true are refused', () => {
  it('refuses a negative count, naming the file and the field', () => {
    const root = copyOfInputs();
    const file = firstEntry(root, 'indicators');
    setInYaml(root, file, ['value'], -5);
    // Without a comparison, the value is a count (a growth percentage may be negative).
    const document = parseDocument(readFileSync(join(root, file), 'utf8'));
    document.deleteIn(['comparison']);
    writeFileSync(join(root, file), document.toString());
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}: invalid entry: .*value: must not be negative.*\\(got -5\\)`)),
    );
  });

  it('refuses a value too large to be a number (js-yaml 5 keeps 1e309 as the text it is)', () => {
    const root = copyOfInputs();
    const file = firstEntry(root, 'indicators');
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).toMatch(/^value: .+$/m);
    writeFileSync(join(root, file), text.replace(/^value: .+$/m, 'value: 1e309'));
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}: invalid entry: value: must be a finite number \\(got "1e309"\\)`)),
    );
  });

  it('refuses an event venue that is not one of its related places', () => {
    const root = copyOfInputs();
    const file = firstEntry(root, 'events');
    setInYaml(root, file, ['venue'], 'a-place-it-does-not-link');
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${file}: invalid entry: venue: "a-place-it-does-not-link" is not in related.places`),
      ),
    );
  });

  it('refuses an end date before the start date', () => {
    const root = copyOfInputs();
    const file = firstEntry(root, 'events', 'endDate:');
    const start = String(parseDocument(readFileSync(join(root, file), 'utf8')).get('date'));
    setInYaml(root, file, ['endDate'], `${Number(start.slice(0, 4)) - 1}`);
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(new RegExp(`^${file}: invalid entry: endDate: ends before the event starts`)),
    );
  });
});

describe('errors that name the file or setting', () => {
  it('refuses a YAML alias bomb as a problem of its file', () => {
    const root = copyOfInputs();
    const file = firstEntry(root, 'glossary');
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    writeFileSync(join(root, file), levels.join('\n') + '\n');
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${file}: its aliases expand too far to be read .*\\n {2}→ write the values out`),
      ),
    );
  });

  it('refuses a directory named *.txt in seeds/', () => {
    const root = copyOfInputs();
    mkdirSync(join(root, 'seeds', 'zz-folder.txt'));
    expect(problemsOf(root)).toContainEqual(
      expect.stringMatching(/^seeds\/zz-folder\.txt: is a directory, not a seed file\.\n {2}→ /),
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'file:///etc/passwd',
    'https://user:pw@example.org',
    'https://example.org/x?y',
    'not a url',
    '//example.org',
    'https://example.org//evil.example/',
    "https://example.org/it's/",
    'https://example.org/a%22b/',
    'https://example.org/?',
    'https://example.org/#',
    'https://Example.org/',
    'https://example.org\\evil.example/',
  ])('refuses SITE_URL=%s, naming the setting', (value) => {
    expect(() => resolveSiteOrigin(value)).toThrow(
      /^SITE_URL: .+ is not an address the site can be published at: .+\n {2}→ set SITE_URL/,
    );
  });

  it('accepts an http(s) origin and falls back to the default when unset', () => {
    expect(resolveSiteOrigin('https://example.org/').href).toBe('https://example.org/');
    expect(resolveSiteOrigin(undefined).href).toMatch(/^https:\/\//);
  });
});

describe('a title that differs only invisibly', () => {
  it('says the metadata title differs by an invisible character, and where, not "has no metadata"', () => {
    const root = copyOfInputs();
    const file = 'src/content/sources.yaml';
    const document = parseDocument(readFileSync(join(root, file), 'utf8'));
    const title = String(document.getIn([0, 'title']));
    document.setIn([0, 'title'], `${title.slice(0, 2)}\u200b${title.slice(2)}`);
    writeFileSync(join(root, file), document.toString());
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^src\/content\/sources\.yaml \(entry 1, slug ".+"\): the title differs from the one of seeds\/.+ line \d+ only by the invisible character U\+200B at character 3 of the metadata's title\./,
      ),
    );
    expect(problems.join('\n')).not.toMatch(/has no metadata|matches no document/);
  });

  it('says when the titles differ only by Unicode normalisation', () => {
    const root = copyOfInputs();
    const seed = readdirSync(join(root, 'seeds')).sort()[0];
    const text = readFileSync(join(root, 'seeds', seed), 'utf8');
    const file = 'src/content/sources.yaml';
    const document = parseDocument(readFileSync(join(root, file), 'utf8'));
    const title = String(document.getIn([0, 'title']));
    expect(text).toContain(title);
    // The seed writes "é" composed; the metadata, decomposed (e + U+0301).
    writeFileSync(join(root, 'seeds', seed), text.replace(title, `${title}café`.normalize('NFC')));
    document.setIn([0, 'title'], `${title}café`.normalize('NFD'));
    writeFileSync(join(root, file), document.toString());
    expect(problemsOf(root)).toContainEqual(expect.stringMatching(/only by Unicode normalisation/));
  });
});

describe('fuzzing: mutated seeds and entries end in problems that name a file, never in a crash', () => {
  const HOSTILE = [
    '\u0000',
    '\u202e',
    '\r',
    '\n',
    '\n\n',
    ':',
    ' - ',
    '[1]',
    'Group 1:',
    'Core Points',
    '{',
    '*a',
    '&a',
    '"',
    "'",
    '#',
    '北京',
    '1e309',
    '-1',
    '\uFEFF',
    '\u200b',
  ];
  /** Whole files an attacker or a broken export might leave: an alias bomb, nothing, binary. */
  const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]']
    .concat(
      [...'bcdefghi'].map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`),
    )
    .join('\n');
  const WHOLE_FILES = [ALIAS_BOMB, '', '\u0000\u0001\u0002', '- - - -', 'value: .inf', '"unterminated'];
  /** Random edits of a text: insert a hostile piece, delete a span, duplicate a line, or replace it all. */
  const edits = fc.array(
    fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('insert', 'delete', 'duplicate', 'whole'),
      whole: fc.constantFrom(...WHOLE_FILES),
      piece: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 4 })),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    { minLength: 1, maxLength: 4 },
  );
  const mutate = (
    text: string,
    changes: { at: number; kind: string; piece: string; length: number; whole: string }[],
  ) =>
    changes.reduce((current, change) => {
      if (change.kind === 'whole') return change.whole;
      const at = change.at % (current.length + 1);
      if (change.kind === 'insert') return current.slice(0, at) + change.piece + current.slice(at);
      if (change.kind === 'delete') return current.slice(0, at) + current.slice(at + change.length);
      const lineStart = current.lastIndexOf('\n', at) + 1;
      const lineEnd = current.indexOf('\n', at);
      const line = current.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      return current.slice(0, lineStart) + line + '\n' + current.slice(lineStart);
    }, text);

  /** Every input file of the copy, relative to its root: seeds and curated YAML. */
  function inputFiles(root: string): string[] {
    const seeds = readdirSync(join(root, 'seeds')).map((name) => `seeds/${name}`);
    const yaml = readdirSync(join(root, 'src/content'), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.yaml'))
      .map((path) => `src/content/${path.split('\\').join('/')}`);
    return [...seeds, ...yaml].sort();
  }

  it('a mutated seed or entry is checked or refused with its file named', () => {
    const root = copyOfInputs();
    const files = inputFiles(root);
    const originals = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
    fc.assert(
      fc.property(fc.nat(files.length - 1), edits, (which, changes) => {
        const file = files[which];
        writeFileSync(join(root, file), mutate(originals.get(file)!, changes));
        try {
          const { problems } = checkSiteContent(root);
          for (const problem of problems) {
            expect(problem).toBeInstanceOf(SourceInputError);
            expect(problem.message).toMatch(/^(seeds|src\/content)\/[^\s:]+[\s\S]*\n {2}→ \S/);
          }
        } finally {
          writeFileSync(join(root, file), originals.get(file)!);
        }
      }),
      { numRuns: 80 },
    );
  });
});
