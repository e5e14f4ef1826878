/**
 * Each fixture under tests/fixtures/bad-input/ is a tiny complete content set (its own seeds/
 * and src/content/, about an invented document) with one defect, or only the defect's files,
 * laid over tests/fixtures/good-input/minimal. It replaces the content of a copy of the
 * project, then the real build runs: it must stop with a message naming the file
 * and the line or entry, exit non-zero, and publish nothing. tests/fixtures/good-input/minimal
 * is the same set without a defect, and must build. (tests/build/add-source.test.ts checks
 * that several problems at once are all reported.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/lib/built-site.mjs';
import { copyProjectWithContent } from '../../scripts/lib/project-files.mjs';
import { FIXTURE_SITES, fixtureSite } from '../helpers/fixture-sites';

const FIXTURES = resolve('tests/fixtures/bad-input');
const CONTROL = FIXTURE_SITES.minimal;
const workspaces: string[] = [];

function buildWithFixture(fixture: string) {
  // The control set, then the fixture's files over it (a fixture may hold only its defect).
  const workspace = copyProjectWithContent(`site-${fixture}`, CONTROL);
  workspaces.push(workspace);
  cpSync(join(FIXTURES, fixture), workspace, { recursive: true });
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
  return {
    status: run.status,
    output: `${run.stdout}\n${run.stderr}`,
    published: existsSync(join(workspace, 'dist')),
    pages: existsSync(join(workspace, 'dist')) ? builtPages(join(workspace, 'dist')) : [],
    // A build's staging folder and lock (.build-staging-<pid>, .build.lock) must be gone.
    leftovers: readdirSync(workspace).filter((name) => name.startsWith('.build')),
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
      /seeds\/001_duplicate\.txt \(line 5\): a second document titled "示例区新增国际交往服务设施" \(the first is seeds\/000_example\.txt line 5\)/,
  },
  {
    fixture: 'quote-not-in-point',
    message:
      /src\/content\/indicators\/example-service-stations\.yaml \(citation 1\): the quote "has increased to 13" is not in example-district-services g1-1\./,
  },
  {
    fixture: 'value-not-in-quote',
    message:
      /src\/content\/indicators\/example-service-stations\.yaml \(value\): the value 999 occurs in none of the entry's quotes\./,
  },
  {
    fixture: 'unknown-source',
    message: /src\/content\/places\/example-service-hall\.yaml \(citation 1\): unknown source "example-daily-2024"\./,
  },
  {
    fixture: 'unknown-point',
    message:
      /src\/content\/events\/example-hall-opens\.yaml \(citation 1\): source "example-district-services" has no point "g3-9"\./,
  },
  {
    fixture: 'invalid-metadata-date',
    message:
      /src\/content\/sources\.yaml \(entry 1\): invalid entry: published: is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD \(got "2024-13-45"\)/,
  },
  {
    fixture: 'alias-is-another-title',
    message:
      /src\/content\/places\/example-service-hall\.yaml \(searchTerms\.en\[1\]\): "international service stations in the example district" is the title of src\/content\/indicators\/example-service-stations\.yaml\./,
  },
  {
    fixture: 'rename-outside-site',
    message:
      /urls\/renames\.json \(key "\.\.\/\.\.\/\.\.\/outside"\): the key "\.\.\/\.\.\/\.\.\/outside" is not a path of the site\./,
  },
  {
    fixture: 'prose-layout',
    message:
      /src\/content\/prose\/places\/example-service-hall\/en\.mdx \(line 2\): the front matter key "layout" is not allowed in prose/,
  },
  {
    fixture: 'yaml-bidi-override',
    message:
      /src\/content\/glossary\/service-hall\.yaml \(line 3, column 21\): the bidirectional control U\+202E is in the text\./,
  },
  {
    fixture: 'rename-of-live-page',
    message:
      /urls\/renames\.json \(key "places\/example-service-hall"\): "places\/example-service-hall" is a page the site builds/,
  },
  {
    fixture: 'seed-bidi-override',
    message: /seeds\/001_bidi\.txt \(line 5, column 11\): the bidirectional control U\+202E is in the text\./,
  },
  {
    fixture: 'seed-cr-only',
    message: /seeds\/001_cr\.txt \(line 1\): a line ends with a carriage return alone \(CR-only line endings/,
  },
  {
    fixture: 'seed-not-utf8',
    message: /seeds\/001_gb18030\.txt \(line 2, byte 9\): the seed file is not valid UTF-8\./,
  },
];

describe('the build on bad input', () => {
  it('builds the fixtures’ content set without its defect (so a failure below comes from the defect)', async () => {
    // The build of tests/fixtures/good-input/minimal shared by the slow tests (tests/helpers/fixture-sites.ts).
    const result = await fixtureSite('minimal');
    expect(result.status, result.output).toBe(0);
    expect(result.published).toBe(true);
    expect(result.pages).toContain('/en/sources/example-district-services/');
    expect(result.leftovers).toEqual([]);
  });

  it.each(cases)('stops on $fixture, says where and what to do, and publishes nothing', ({ fixture, message }) => {
    const result = buildWithFixture(fixture);
    expect(result.status).not.toBe(0);
    // The fixture's defect is the first problem reported (others may follow from it), with what to do.
    const firstProblem = result.output.split(/\n\s*\n/).find((block) => /\n\s*→ .+/.test(block));
    expect(firstProblem, result.output).toMatch(message);
    expect(result.output).toMatch(/Build (failed|refused): nothing was published/);
    expect(result.published).toBe(false);
    expect(result.leftovers).toEqual([]);
  });
});
