/**
 * The editor's walk-through names only commands that exist, and each row of its table names a
 * test that runs that command's script: following the docs literally cannot hit a missing step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOC = readFileSync('docs/adding-a-source.md', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('docs/adding-a-source.md', () => {
  it('names only npm scripts that exist', () => {
    const named = [...DOC.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(5);
    for (const script of named) expect(scripts, script).toHaveProperty(script);
  });
  it('names, for each command of its table, a test that runs it', () => {
    const rows = [...DOC.matchAll(/^\| [a-z ]+\| `npm run ([a-z:-]+)[^|]*\|(.*)\|$/gm)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, script, tests] of rows) {
      const files = [...tests.matchAll(/`(tests\/[^`]+)`/g)].map((match) => match[1]);
      expect(files.length, script).toBeGreaterThan(0);
      // The script's file (scripts/x.ts, without its extension), or `'dev'` for astro dev; the
      // build and check:content run the validation stage, which a test may call itself.
      const command = scripts[script];
      const target = command === 'astro dev' ? "'dev'" : (/scripts\/[\w/-]+/.exec(command)?.[0] ?? script);
      const texts = files.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''));
      const runs = texts.some((text) => text.includes(target));
      const stage =
        /check-content|build/.test(target) && texts.some((text) => /checkSiteContent|scripts\/build\.mjs/.test(text));
      expect(runs || stage, `${script} (${target}) in ${files.join(', ')}`).toBe(true);
    }
  });
});
