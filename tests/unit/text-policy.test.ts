/**
 * The one text policy (src/lib/text/policy.ts) as properties (fast-check): whatever the text
 * around it, a refused character in a YAML value (as written or escaped), in MDX front matter,
 * in a file name or a setting is a problem naming the file (or setting) and where; text
 * without one passes. Titles compare equal once invisible characters are removed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SourceInputError, type SourceInputError as Problem } from '../../src/lib/errors';
import { checkProseInput, PROSE_FRONTMATTER_KEYS } from '../../src/lib/checks/prose-input';
import { readYaml } from '../../src/lib/read/yaml';
import { buildCorpus } from '../../src/lib/seeds/corpus';
import type { SeedFile } from '../../src/lib/seeds/parse';
import { checkFileName, checkText, comparableText, quoteVisibly, textProblem } from '../../src/lib/text/policy';
import { resolveSiteOrigin } from '../../src/lib/urls/urls';

/** One character of each kind the policy refuses. */
const REFUSED = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
);
/** Text the policy accepts: letters, digits, CJK, punctuation, spaces. */
const SAFE = fc.stringMatching(/^[A-Za-z0-9 .,:;!?'"()\-—“”《》，。、一-龥]{0,30}$/);
const directory = mkdtempSync(join(tmpdir(), 'text-policy-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function caught(run: () => void): Problem {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceInputError);
    return error as Problem;
  }
  throw new Error('no problem reported');
}

describe('the text policy', () => {
  it('refuses a refused character anywhere in a text, naming the file and column', () => {
    fc.assert(
      fc.property(SAFE, REFUSED, SAFE, (before, character, after) => {
        const problem = caught(() => checkText(before + character + after, 'some/file.yaml', 'title.en'));
        expect(problem.message).toMatch(
          /^some\/file\.yaml \(title\.en, column \d+\): the .+ U\+[0-9A-F]{4} is in the text\./,
        );
      }),
    );
  });

  it('accepts text without one', () => {
    fc.assert(
      fc.property(SAFE, (text) => {
        expect(textProblem(text.normalize('NFC'))).toBeNull();
      }),
    );
  });

  it('refuses every YAML value holding one, written raw or as an escape, naming the file', () => {
    let index = 0;
    fc.assert(
      fc.property(SAFE, REFUSED, SAFE, fc.boolean(), (before, character, after, nested) => {
        const file = join(directory, `entry-${index++}.yaml`);
        const value = before + character + after;
        // `stringify` writes control characters as escapes ("\a", "\x1B") and the others raw.
        writeFileSync(file, stringify(nested ? { title: { en: value } } : { notes: [value] }));
        const problem = caught(() => readYaml(file, 'src/content/x/entry.yaml'));
        expect(problem.message).toMatch(
          /^src\/content\/x\/entry\.yaml \((line \d+|title\.en|notes\[0\]), column \d+\): /,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('refuses every MDX front matter key outside the allowlist, naming the file and line', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,12}$/), SAFE, (key, value) => {
        fc.pre(!PROSE_FRONTMATTER_KEYS.includes(key));
        const problems: Problem[] = [];
        const text = `---\n${key}: ${JSON.stringify(value)}\n---\n\nProse.<Cite n={1} />\n`;
        checkProseInput(text, 'src/content/prose/places/x/en.mdx', 'en', (problem) => problems.push(problem));
        expect(problems.map((problem) => problem.message)).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^src/content/prose/places/x/en\\.mdx \\(line 2\\): the front matter key "${key}" is not allowed`,
            ),
          ),
        );
      }),
    );
  });

  it('refuses every file name with a separator, a line break or a refused character', () => {
    const bad = fc.oneof(REFUSED, fc.constantFrom('/', '\\', '\n', '\r', '\u2028'));
    fc.assert(
      fc.property(SAFE, bad, SAFE, (before, character, after) => {
        const name = `${before}${character}${after}.txt`;
        const problem = caught(() => checkFileName(name, `seeds/${name}`));
        expect(problem.message.startsWith(quoteVisibly(`seeds/${name}`))).toBe(true);
        // No control, bidi or invisible character reaches the message's first line.
        expect(textProblem(problem.message.split('\n  → ')[0])).toBeNull();
        expect(problem.message).toMatch(/\n {2}→ /);
      }),
    );
  });

  it('refuses a setting holding one with the same message, naming the setting', () => {
    expect(() => resolveSiteOrigin('https://example.org/\u202Ebj/')).toThrow(
      /^SITE_URL \(column 21\): the bidirectional control U\+202E is in the text\./,
    );
  });

  it('compares titles without invisible characters: a look-alike second document is refused', () => {
    expect(comparableText('国际\u200B交往\u200F中心')).toBe('国际交往中心');
    const document = (title: string, line: number) => ({ title, byline: null, sections: [], file: 'a.txt', line });
    const file: SeedFile = {
      file: 'a.txt',
      corpus: null,
      documents: [document('国际交往中心', 1), document('国际交往\u200D中心', 5)],
    };
    const problems: Problem[] = [];
    const corpus = buildCorpus([file], (problem) => problems.push(problem));
    expect(corpus.documents).toHaveLength(1);
    expect(problems.map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(
        /^a\.txt \(line 5\): a second document titled .+ \(the same once invisible characters are removed\)/,
      ),
    );
  });
});
