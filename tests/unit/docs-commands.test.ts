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
    const rows = [...DOC.matchAll(/^\| [a-z ]+\| (`npm run [^|]*)\|(.*)\|$/gm)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, commands, tests] of rows) {
      const files = [...tests.matchAll(/`(tests\/[^`]+)`/g)].map((match) => match[1]);
      const texts = files.map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''));
      // Every command of the row (`npm run build && npm run urls:update`: both), each by its
      // script's file (scripts/x.ts, without its extension), or `'dev'` for astro dev.
      for (const [, script] of commands.matchAll(/npm run ([a-z:-]+)/g)) {
        expect(files.length, script).toBeGreaterThan(0);
        const command = scripts[script];
        const target = command === 'astro dev' ? "'dev'" : (/scripts\/[\w/-]+/.exec(command)?.[0] ?? script);
        expect(
          texts.some((text) => text.includes(target)),
          `${script} (${target}) in ${files.join(', ')}`,
        ).toBe(true);
      }
    }
  });
});
