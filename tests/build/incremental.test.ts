/**
 * Incremental builds are full builds, only faster. Two copies of a small project take the same
 * changes one after another (the editor's and the developer's kinds); after each, one copy is
 * built incrementally on its own cache, the other with `--force`, and their dist/ folders must
 * be equal byte for byte. The one value that is by nature per build, the access date printed in
 * citations, is fixed by SOURCE_DATE_EPOCH in both. Each step also checks that the incremental
 * build reused pages where it could, so the test cannot pass by rendering everything.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectWithContent } from '../../scripts/lib/project-files.mjs';

const FIXTURE = resolve('tests/fixtures/good-input/minimal');

const incremental = copyProjectWithContent('incremental', FIXTURE);
const full = copyProjectWithContent('full', FIXTURE);
afterAll(() => {
  for (const workspace of [incremental, full]) rmSync(workspace, { recursive: true, force: true });
});

let siteUrl: string | undefined;
const { SITE_URL: _ignored, ...environment } = process.env;

function build(workspace: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...environment, SOURCE_DATE_EPOCH: '1767225600', ...(siteUrl ? { SITE_URL: siteUrl } : {}) },
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(0);
  // Astro lists every page it writes: "(+12ms)" when rendered, "(restored)" or "(cached)" when reused.
  const lines = output.split('\n').filter((line) => line.includes('├─') || line.includes('└─'));
  return {
    rendered: lines.filter((line) => /\(\+\d+ms\)/.test(line)).length,
    reused: lines.filter((line) => /\((restored|cached)\)/.test(line)).length,
    upToDate: /nothing changed since the published build/.test(output),
  };
}

function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return found;
}

/**
 * Gives the full copy's content the modification times of the incremental copy's. Outside a git
 * checkout a page's "last updated" (and the feed's item dates, to the second) come from those
 * times, and two copies written moments apart would differ by them alone.
 */
function sameTimes() {
  const walk = (path: string) => {
    const stat = statSync(join(incremental, path));
    if (stat.isDirectory()) for (const name of readdirSync(join(incremental, path))) walk(join(path, name));
    utimesSync(join(full, path), stat.atime, stat.mtime);
  };
  for (const folder of ['seeds', 'src/content']) walk(folder);
  const root = statSync(incremental);
  utimesSync(full, root.atime, root.mtime);
}

/** Applies a change to both copies, builds each its way, and compares what they published. */
function step(change: (workspace: string) => void) {
  for (const workspace of [incremental, full]) change(workspace);
  sameTimes();
  const counts = build(incremental);
  build(full, '--force');
  expectSamePublished();
  return counts;
}

/**
 * Applies a change that no page reads to the incremental copy only: the full copy's last build
 * is still the reference (a change that altered a page would show as a difference).
 */
function stepNoPageReads(change: (workspace: string) => void) {
  change(incremental);
  const counts = build(incremental);
  expectSamePublished();
  return counts;
}

function expectSamePublished() {
  const mine = files(join(incremental, 'dist'));
  const theirs = files(join(full, 'dist'));
  expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
  const differing = [...mine].filter(([path, bytes]) => !bytes.equals(theirs.get(path)!)).map(([path]) => path);
  expect(differing).toEqual([]);
}

/** Changes an input of the build that no page reads: the build runs, and every page is reused. */
const touchInput = (workspace: string) =>
  writeFileSync(join(workspace, 'scripts', 'unrelated-note.txt'), `${Date.now()} ${Math.random()}\n`);

const edit = (file: string, from: string | RegExp, to: string) => (workspace: string) => {
  const path = join(workspace, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

const NEW_SEED = `Workflow
国际交往中心功能建设
icon
Search documents
测试用新增文档：国际学校建设
Test Daily· 2024-06-10 08:00
Core Points - The district will open two international schools [1] Group 1: Schools - Each school will teach in three languages [2]
`;

describe('an incremental build publishes what a full build of the same tree publishes', () => {
  it('after the first build, and with nothing any page reads changed, reusing every keyed page', () => {
    build(incremental);
    // With no input changed at all, there is nothing to build.
    expect(build(incremental)).toMatchObject({ rendered: 0, reused: 0, upToDate: true });
    const counts = step(touchInput);
    expect(counts.reused).toBeGreaterThan(20);
    // Only the few routes without a cache key are rendered (404, robots, the whole data files).
    expect(counts.rendered).toBeLessThan(counts.reused / 2);
  });

  it('after a document is added', () => {
    const counts = step((workspace) => {
      writeFileSync(join(workspace, 'incoming.txt'), NEW_SEED);
      const run = spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'scripts/add-source.ts', 'incoming.txt', '--no-build'],
        { cwd: workspace, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
    });
    expect(counts.reused).toBeGreaterThan(0);
  });

  it('after a quote is edited', () => {
    step(
      edit(
        'src/content/indicators/example-service-stations.yaml',
        'quote: has increased to 12',
        'quote: increased to 12',
      ),
    );
  });

  it('after a translation is edited', () => {
    step(
      edit(
        'src/content/source-translations/example-district-services.yaml',
        '该大厅以多种语言提供服务。',
        '该大厅提供多语种服务。',
      ),
    );
  });

  it('after an entry is deleted', () => {
    step((workspace) => rmSync(join(workspace, 'src/content/events/example-hall-opens.yaml')));
  });

  it('after a page is renamed through urls/renames.json', () => {
    step((workspace) => {
      const places = join(workspace, 'src/content/places');
      const prose = join(workspace, 'src/content/prose/places');
      renameSync(join(places, 'example-service-hall.yaml'), join(places, 'example-hall.yaml'));
      renameSync(join(prose, 'example-service-hall'), join(prose, 'example-hall'));
      writeFileSync(
        join(workspace, 'urls/renames.json'),
        JSON.stringify({ 'places/example-service-hall': 'places/example-hall' }, null, 2) + '\n',
      );
    });
  });

  it('after a UI string is changed', () => {
    step(edit('src/i18n/en.json', '"nav.home": "Home"', '"nav.home": "Start"'));
  });

  it('after a component is changed', () => {
    step(
      edit(
        'src/components/SiteFooter.astro',
        '<footer class="site-footer">',
        '<footer class="site-footer" data-edited>',
      ),
    );
  });

  it('after SITE_URL is changed', () => {
    step(() => {
      siteUrl = 'https://example.net/knowledge/';
    });
    // A new origin renders every page once (Astro's config hash); then pages are reused again.
    const counts = stepNoPageReads(touchInput);
    expect(counts.reused).toBeGreaterThan(20);
  });
});
