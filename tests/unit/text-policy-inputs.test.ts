/**
 * One text policy for every input, through the real validation stage on a copy of the project's
 * inputs: a bidi control, a direction mark, a zero-width or control character, or text not in
 * NFC is refused wherever it comes from (curated YAML as written or through an escape, MDX
 * prose, seeds, seed file names), each problem naming its file and position. Prose front
 * matter, component languages and figures in aliases are checked in the same run. Files are
 * found by kind, not by name.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkSiteContent } from '../../src/lib/read/site-content';

const PROJECT = resolve('.');
let root: string;
let problems: string[];
const planted: Record<string, { file: string; line?: number }> = {};

/** The first file (sorted) of a folder of the copy whose name ends with `suffix`. */
function first(folder: string, suffix: string, skip = 0): string {
  const names = readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .sort();
  expect(names.length, `no ${suffix} under ${folder}`).toBeGreaterThan(skip);
  return `${folder}/${names[skip]}`;
}

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(join(root, file), text);

/** Replaces the first `title:` block's `en:` line of a YAML file with `line`; returns its line number. */
function setEnglishTitleLine(file: string, line: string): number {
  const lines = read(file).split('\n');
  const title = lines.findIndex((text) => /^title:\s*$/.test(text));
  const en = lines.findIndex((text, index) => index > title && /^\s+en:/.test(text));
  expect(title, `${file} has a title block`).toBeGreaterThanOrEqual(0);
  lines[en] = line;
  write(file, lines.join('\n'));
  return en + 1;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-text-policy-'));
  for (const input of ['seeds', 'src/content']) cpSync(join(PROJECT, input), join(root, input), { recursive: true });

  const indicator = first('src/content/indicators', '.yaml');
  planted.rawBidi = { file: indicator, line: setEnglishTitleLine(indicator, '  en: Reversed \u202Etext') };
  const glossary = first('src/content/glossary', '.yaml');
  setEnglishTitleLine(glossary, '  en: "Zero\\u200Bwidth"');
  planted.escaped = { file: glossary };
  const event = first('src/content/events', '.yaml');
  planted.control = { file: event, line: setEnglishTitleLine(event, '  en: Bell \u0007 here') };
  const decomposed = first('src/content/glossary', '.yaml', 1);
  write(decomposed, read(decomposed) + '# note: cafe\u0301\n');
  planted.nfc = { file: decomposed, line: read(decomposed).split('\n').length - 1 };

  const prose = first('src/content/prose', '/en.mdx');
  write(prose, `---\nlayout: ./evil.astro\n---\n\n${read(prose).replace(/ /, ' \u200F')}`);
  planted.prose = { file: `src/content/prose/${prose.split('src/content/prose/')[1]}` };
  const zhProse = first('src/content/prose', '/zh.mdx', 1);
  write(zhProse, read(zhProse).replace(/<(Figure|Term) /, '<$1 lang="fr" '));
  planted.lang = { file: zhProse };

  const seed = first('seeds', '.txt');
  const seedText = read(seed);
  write(seed, seedText.replace(/ - /, ' - \u2066'));
  planted.seed = { file: seed };
  cpSync(join(root, seed), join(root, 'seeds', 'zz-a\nname.txt'));

  cpSync(join(root, event), join(root, 'src/content/events/\u202Eevil.yaml'));
  const secondPlace = first('src/content/prose/places', '/zh.mdx', 2);
  write(secondPlace, `+++\nlayout = "x"\n+++\n\n${read(secondPlace)}`);
  planted.toml = { file: secondPlace };

  const aliased = first('src/content/places', '.yaml');
  const document = parseDocument(read(aliased));
  document.setIn(['searchTerms', 'en'], ['Block ٣٥']);
  document.setIn(['searchTerms', 'zh'], ['三百个街区']);
  write(aliased, document.toString());
  planted.aliases = { file: aliased };

  problems = checkSiteContent(root).problems.map((problem) => problem.message);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function expectProblem(file: string, rest: string) {
  expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)} ${rest}`)));
}

describe('every input passes the same character check, with the same message', () => {
  it('refuses a bidi control written into a YAML value, with line and column', () => {
    const { file, line } = planted.rawBidi;
    expectProblem(
      file,
      `\\(line ${line}, column \\d+\\): the bidirectional control U\\+202E is in the text\\.\\n {2}→ delete it`,
    );
  });

  it('refuses a zero-width character that a YAML escape puts into a value, naming the key', () => {
    expectProblem(
      planted.escaped.file,
      '\\(title\\.en, column 5\\): the invisible character U\\+200B is in the text\\.',
    );
  });

  it('refuses a control character from YAML before it reaches HTML', () => {
    const { file, line } = planted.control;
    expectProblem(file, `\\(line ${line}, column \\d+\\): the control character U\\+0007 is in the text\\.`);
  });

  it('refuses text that is not NFC', () => {
    const { file, line } = planted.nfc;
    expectProblem(
      file,
      `\\(line ${line}, column \\d+\\): the character U\\+0065 is not in Unicode normalisation form C`,
    );
  });

  it('refuses a direction mark in MDX prose', () => {
    expectProblem(planted.prose.file, '\\(line 5, column \\d+\\): the direction mark U\\+200F is in the text\\.');
  });

  it('refuses a bidi isolate in a seed with the message YAML gets', () => {
    expectProblem(
      planted.seed.file,
      '\\(line \\d+, column \\d+\\): the bidirectional control U\\+2066 is in the text\\.',
    );
  });

  it('refuses a seed file name holding a line break', () => {
    expect(problems).toContainEqual(
      expect.stringMatching(/^"seeds\/zz-a\\nname\.txt": the file name holds a line break\./),
    );
  });
});

describe('file names pass the policy too', () => {
  it('refuses an entry file whose name holds a bidi control', () => {
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^"src\/content\/events\/\\u202eevil\.yaml" \(file name, column 1\): the bidirectional control U\+202E is in the text\./,
      ),
    );
  });
});

describe('prose is content, never code', () => {
  it('refuses TOML front matter too', () => {
    expectProblem(planted.toml.file, '\\(line 2\\): the front matter key "layout = ');
  });

  it('refuses a layout (or any) front matter key, naming the file and line', () => {
    expectProblem(planted.prose.file, '\\(line 2\\): the front matter key "layout" is not allowed in prose');
  });

  it('refuses <Figure>/<Term> with a language the site does not have', () => {
    expectProblem(planted.lang.file, '\\(line \\d+\\): <(Figure|Term) lang="fr" /> names no language of the site\\.');
  });
});

describe('aliases are read for figures by the reader of every other text', () => {
  it.each([
    ['Arabic-Indic digits', 'en', '35'],
    ['Chinese numerals', 'zh', '300'],
  ])('refuses an alias with %s', (_, lang, figure) => {
    expectProblem(planted.aliases.file, `\\(searchTerms\\.${lang}\\[0\\]\\): ".+" has the number ${figure}`);
  });
});
