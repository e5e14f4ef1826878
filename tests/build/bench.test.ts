/**
 * `npm run bench` runs its own code here on a tiny synthetic corpus, so that it cannot rot
 * unnoticed: the corpus is written in the real input format, the real build runs on it, and
 * the record and the report come out with their figures. No timing is asserted (figures
 * depend on the machine); the output goes to a temporary folder, never to benchmarks/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtPages } from '../../scripts/lib/built-site.mjs';
import { TEST_CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import { curatedEntries } from '../helpers/content';

const SIZE = 20;
const out = mkdtempSync(join(tmpdir(), 'bench-test-out-'));
let workspace: string | undefined;

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

/** Name and modification time of every file in benchmarks/: the bench must leave them alone. */
const benchmarksState = () =>
  readdirSync('benchmarks')
    .map((name) => `${name} ${statSync(join('benchmarks', name)).mtimeMs}`)
    .sort();

describe(`npm run bench on ${SIZE} documents`, () => {
  const before = benchmarksState();
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    const run = spawnSync(
      process.execPath,
      // --no-check: the site checks of a built corpus belong to `npm run bench`, not to npm test.
      [
        'scripts/bench/run.mjs',
        '--sizes',
        String(SIZE),
        '--skip-real',
        '--keep',
        '--no-check',
        '--label',
        'test',
        '--out',
        out,
      ],
      // The test's browser (the headless build where installed): the figures are not kept here.
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROMIUM_PATH: TEST_CHROMIUM_PATH } },
    );
    status = run.status;
    output = `${run.stdout}\n${run.stderr}`;
    workspace = /\[bench\] .+: building in (\S+)/.exec(output)?.[1];
  });

  it('builds the corpus and exits cleanly', () => {
    expect(status, output.slice(-3000)).toBe(0);
    expect(workspace, output).toBeDefined();
  });

  it('records the figures as numbers, with the corpus at the size asked for', () => {
    const record = JSON.parse(readFileSync(join(out, 'bench-test.json'), 'utf8'));
    expect(record.runs).toHaveLength(1);
    const [result] = record.runs;
    expect(result).toMatchObject({ size: SIZE, documents: SIZE, ok: true, timedOut: false });
    // Every document has a page in each language, beside the site's own pages.
    expect(result.pages).toBeGreaterThan(2 * SIZE);
    expect(result.points).toBeGreaterThan(SIZE);
    for (const figure of [
      'seconds',
      'cpuSeconds',
      'contentSeconds',
      'bundleSeconds',
      'renderSeconds',
      'pagefindSeconds',
    ]) {
      expect(Number.isFinite(result[figure]), figure).toBe(true);
      expect(result[figure], figure).toBeGreaterThan(0);
    }
    expect(result.index.files).toBeGreaterThan(0);
    expect(result.index.bytes).toBeGreaterThan(0);
    // The peak of all the build's processes together, and of the largest one, named.
    expect(result.peakMegabytes).toBeGreaterThan(0);
    expect(result.largestProcess.command).toMatch(/node|pagefind/);
    expect(result.largestProcess.megabytes).toBeGreaterThan(0);
    expect(result.largestProcess.megabytes).toBeLessThanOrEqual(result.peakMegabytes);
    for (const lang of ['en', 'zh']) {
      const search = result.firstQuery[lang];
      expect(search.bytes, lang).toBeGreaterThan(0);
      expect(search.requests, lang).toBeGreaterThan(0);
      // The first results come from the first bundle; all results add the source documents'.
      expect(search.shown, lang).toBeGreaterThan(0);
      expect(search.allBytes, lang).toBeGreaterThan(search.bytes);
      expect(
        search.files.some((file: { path: string }) => file.path.startsWith('/pagefind/sources/')),
        lang,
      ).toBe(true);
      // Typing once loaded, in Chromium with the CPU slowed down: measured, never judged here.
      expect(search.typing.cpuThrottling, lang).toBe(4);
      for (const figure of ['firstMs', 'allMs', 'slowestFirstMs', 'slowestAllMs']) {
        expect(Number.isFinite(search.typing[figure]), `${lang} ${figure}`).toBe(true);
        expect(search.typing[figure], `${lang} ${figure}`).toBeGreaterThan(0);
      }
      expect(search.typing.allMs, lang).toBeGreaterThanOrEqual(search.typing.firstMs);
    }
  });

  it('rebuilds after the full build as an editor does, reusing what did not change', () => {
    const record = JSON.parse(readFileSync(join(out, 'bench-test.json'), 'utf8'));
    const { unchanged, noPageChanged, entryEdited, documentAdded } = record.runs[0].rebuilds;
    // Nothing changed at all: the build sees it and builds nothing.
    expect(unchanged).toMatchObject({ ok: true, upToDate: true, rendered: 0, reused: 0 });
    for (const [name, figures] of Object.entries({ noPageChanged, entryEdited, documentAdded })) {
      expect(figures, name).toMatchObject({ ok: true });
      for (const figure of ['seconds', 'cpuSeconds']) expect(figures[figure], `${name} ${figure}`).toBeGreaterThan(0);
      // Reused pages are the point of a rebuild: none would mean the cache keys never match.
      expect(figures.reused, name).toBeGreaterThan(0);
    }
    // A change no page reads: no page whose key is known is rendered, and no search bundle indexed.
    expect(noPageChanged.rendered).toBeLessThan(noPageChanged.reused);
    expect(noPageChanged.searchBundlesReused).toBe('entries, sources');
    expect(entryEdited.rendered).toBeGreaterThan(0);
    expect(documentAdded.rendered).toBeGreaterThan(0);
  });

  it('writes the report beside the record, with a row for the corpus, and leaves benchmarks/ alone', () => {
    const record = JSON.parse(readFileSync(join(out, 'bench-test.json'), 'utf8'));
    const report = readFileSync(join(out, 'README.md'), 'utf8');
    expect(report).toContain('## test');
    expect(report).toContain(`| ${SIZE} documents | ${SIZE} | ${record.runs[0].pages} |`);
    expect(report).toContain('### Rebuilds');
    expect(report).toMatch(new RegExp(`\\| ${SIZE} documents \\| – \\| [\\d.]+ s wall`));
    expect(benchmarksState()).toEqual(before);
  });

  it('publishes every document of the corpus in both languages, the generated ones fully curated', () => {
    const dist = join(workspace!, 'dist');
    const pages = builtPages(dist);
    const all = parseYaml(readFileSync(join(workspace!, 'src/content/sources.yaml'), 'utf8')) as { slug: string }[];
    // The bench's last rebuild adds one document with add-source (pending, as a new document is).
    expect(all).toHaveLength(SIZE + 1);
    const sources = all.slice(0, SIZE);
    for (const lang of ['zh', 'en']) expect(pages).toContain(`/${lang}/sources/${all[SIZE].slug}/`);
    for (const { slug } of sources) {
      expect(pages).toContain(`/zh/sources/${slug}/`);
      expect(pages).toContain(`/en/sources/${slug}/`);
    }
    // The curated parts the corpus adds to the project's: each entry has its page or its anchor.
    const added = (kind: 'indicators' | 'places' | 'events' | 'glossary') => {
      const own = new Set(curatedEntries(kind).map(({ id }) => id));
      return curatedEntries(kind, workspace!)
        .map(({ id }) => id)
        .filter((id) => !own.has(id));
    };
    for (const [kind, section] of [
      ['indicators', 'statistics'],
      ['places', 'places'],
    ] as const) {
      expect(added(kind).length, kind).toBeGreaterThan(0);
      for (const id of added(kind)) expect(pages).toContain(`/en/${section}/${id}/`);
    }
    for (const [kind, section] of [
      ['events', 'timeline'],
      ['glossary', 'glossary'],
    ] as const) {
      const html = readFileSync(join(dist, 'en', section, 'index.html'), 'utf8');
      expect(added(kind).length, kind).toBeGreaterThan(0);
      for (const id of added(kind)) expect(html, `${kind} ${id}`).toContain(`id="${id}"`);
    }
    // The generated documents are curated in full: none of their points is left pending.
    const project = parseYaml(readFileSync('src/content/sources.yaml', 'utf8')) as { slug: string }[];
    const generated = new Set(sources.map(({ slug }) => slug).filter((slug) => !project.some((s) => s.slug === slug)));
    expect(generated.size).toBe(SIZE - project.length);
    const coverage = JSON.parse(readFileSync(join(dist, 'data/coverage.json'), 'utf8'));
    expect(coverage.cited.length).toBeGreaterThan(0);
    expect(coverage.pending.filter(({ source }: { source: string }) => generated.has(source))).toEqual([]);
    expect(existsSync(join(dist, 'pagefind'))).toBe(true);
  });
});
