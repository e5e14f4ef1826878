/**
 * A rename (urls/renames.json) whose old path is a live page would replace that page with a
 * redirect: the validation stage refuses it, naming the key and the page, on a copy of the
 * project's inputs. Entries are found by kind, not by name.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteContent } from '../../src/lib/read/site-content';

const PROJECT = resolve('.');
const root = mkdtempSync(join(tmpdir(), 'site-renames-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const input of ['seeds', 'src/content', 'src/pages', 'urls']) {
  cpSync(join(PROJECT, input), join(root, input), { recursive: true });
}
const place = readdirSync(join(root, 'src/content/places'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()[0]
  .replace(/\.yaml$/, '');

function problemsWith(renames: Record<string, string>): string[] {
  writeFileSync(join(root, 'urls/renames.json'), JSON.stringify(renames));
  return checkSiteContent(root).problems.map((problem) => problem.message);
}

describe('renames refuse a key that is a live page', () => {
  it('refuses an entry’s page, a section page and a group folder, naming each', () => {
    const problems = problemsWith({
      [`places/${place}`]: 'places/elsewhere',
      about: 'data',
      'statistics/by-month': 'statistics',
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^urls/renames\\.json \\(key "places/${place}"\\): .+ is a page the site builds \\(the entry src/content/places/${place}\\.yaml\\)`,
        ),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^urls\/renames\.json \(key "about"\): .+src\/pages\/\[lang\]\/about\/index\.astro/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/^urls\/renames\.json \(key "statistics\/by-month"\)/));
  });

  it('accepts a rename of a path no page has', () => {
    expect(problemsWith({ 'places/long-gone-name': `places/${place}` })).toEqual([]);
  });
});
