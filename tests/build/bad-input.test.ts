/**
 * Each fixture under tests/fixtures/bad-input/ is laid over a copy of the project, then the
 * real build runs. It must stop with a message naming the file and the line or entry, exit
 * non-zero, and publish nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { checkSiteContent, nameKey, type CuratedEntry } from '../../src/lib/checks/content';
import { CURATED_KIND_IDS } from '../../src/lib/content/kinds';

const PROJECT = resolve('.');
const FIXTURES = resolve('tests/fixtures/bad-input');
const COPIED = ['src', 'seeds', 'public', 'scripts', 'urls', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const workspaces: string[] = [];

function buildWithFixture(fixture: string | null) {
  return buildWith(fixture ?? 'control', (workspace) => {
    if (fixture) cpSync(join(FIXTURES, fixture), workspace, { recursive: true });
  });
}

/** Builds a copy of the project after `prepare` has changed it. */
function buildWith(name: string, prepare: (workspace: string) => void) {
  const workspace = mkdtempSync(join(tmpdir(), `site-${name}-`));
  workspaces.push(workspace);
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(workspace, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  prepare(workspace);
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    published: existsSync(join(workspace, 'dist')),
    staged: existsSync(join(workspace, '.build-staging')),
  };
}

afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

const cases: { fixture: string; message: RegExp }[] = [
  { fixture: 'empty-seed', message: /seeds\/001_empty\.txt: the seed file is empty\./ },
  {
    fixture: 'document-without-body',
    message: /seeds\/001_no_body\.txt \(line 5\): document "北京新增国际交往设施" has no body\./,
  },
  {
    fixture: 'body-without-sections',
    message:
      /seeds\/001_no_sections\.txt \(line 7, document "北京新增国际交往设施"\): the body has no recognisable sections\./,
  },
  {
    fixture: 'duplicate-title',
    message:
      /seeds\/001_duplicate\.txt \(line 5\): a second document titled "大国首都国际影响力与吸引力持续攀升" \(the first is seeds\/000_14bc0eab1dfbd4db\.txt line 8\)/,
  },
  {
    fixture: 'quote-not-in-point',
    message:
      /src\/content\/indicators\/international-organizations\.yaml \(citation 1\): the quote "The number of international organizations registered in Beijing has increased to 128" is not in beijing-second-sanlitun g1-2\./,
  },
  {
    fixture: 'unknown-source',
    message: /src\/content\/places\/sanlitun\.yaml \(citation 1\): unknown source "beijing-daily-2024"\./,
  },
  {
    fixture: 'unknown-point',
    message:
      /src\/content\/events\/fifteenth-plan\.yaml \(citation 1\): source "beijing-second-sanlitun" has no point "g3-9"\./,
  },
  {
    fixture: 'invalid-metadata-date',
    message:
      /src\/content\/sources\.yaml \(entry 1\): invalid entry: published: is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD \(got "2025-13-45"\)/,
  },
  {
    fixture: 'seed-not-utf8',
    message: /seeds\/001_gb18030\.txt \(line 2, byte 9\): the seed file is not valid UTF-8\./,
  },
];

describe('the build on bad input', () => {
  it('builds the unmodified copy (so a failure below comes from the fixture, not the harness)', () => {
    const result = buildWithFixture(null);
    expect(result.status, result.output).toBe(0);
    expect(result.published).toBe(true);
  });

  it.each(cases)('stops on $fixture, says where and what to do, and publishes nothing', ({ fixture, message }) => {
    const result = buildWithFixture(fixture);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
    expect(result.output).toMatch(/→ .+/);
    expect(result.output).toContain('Build failed: nothing was published');
    expect(result.published).toBe(false);
    expect(result.staged).toBe(false);
  });

  it("stops on a search alias that is another entry's title, naming the file and the alias", () => {
    // Two entries of the real content with different titles: the first gets the second's title as an alias.
    const all = CURATED_KIND_IDS.flatMap((kind) => checkSiteContent(PROJECT).content.entries[kind] as CuratedEntry[]);
    const entry = all[0];
    const other = all.find((candidate) => nameKey(candidate.data.title.en) !== nameKey(entry.data.title.en))!;
    const alias = other.data.title.en.toUpperCase();
    const result = buildWith('alias-clash', (workspace) => {
      const file = join(workspace, entry.file);
      const data = parseYaml(readFileSync(file, 'utf8')) as { aliases?: { zh?: string[]; en?: string[] } };
      data.aliases = { ...data.aliases, en: [...(data.aliases?.en ?? []), alias] };
      writeFileSync(file, stringifyYaml(data));
    });
    expect(result.status).not.toBe(0);
    const index = entry.data.aliases.en.length;
    expect(result.output).toContain(
      `${entry.file} (aliases.en[${index}]): the alias "${alias}" is the title of ${other.file}`,
    );
    expect(result.output).toMatch(/Build (refused|failed): nothing was published/);
    expect(result.published).toBe(false);
  });
});
