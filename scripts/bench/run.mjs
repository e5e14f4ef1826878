#!/usr/bin/env node
/**
 * npm run bench: builds the real site and synthetic corpora (scripts/bench/corpus.mjs) in
 * temporary copies of the project, and reports build time per page, the Pagefind index size
 * and the bytes a first search downloads. Writes a JSON record per label and the report
 * (scripts/bench/report.mjs) to benchmarks/, or to the folder --out names.
 *
 *   npm run bench -- [--sizes 1000,10000] [--label after] [--timeout 900] [--skip-real] [--out dir] [--no-check]
 *                    [--no-incremental] [--baseline <git ref> [--baseline-node <path to node>]]
 *
 * After each synthetic corpus's full build come the rebuilds an editor waits for (nothing
 * changed, one entry edited, one document added with add-source), and with --baseline the same
 * corpus is built by another commit of the project, so that a change is measured against its
 * "before" on one machine in one run.
 *
 * Each run also records the machine load (1-minute load average before and after), the peak
 * memory of the whole build (every process of it), and the files written per document. The
 * largest corpus then goes through the same budget, link and URL-manifest checks as the real
 * site (tests/quality/budget.test.ts, tests/quality/links.test.ts and the manifest tests of
 * tests/site/citable.test.ts), after `npm run urls:update` lists its new URLs.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { generateCorpus, writeNewDocument } from './corpus.mjs';
import { build } from './measure.mjs';
import { writeReport } from './report.mjs';
import { searchFigures } from './search.mjs';
import { builtFiles } from '../lib/built-site.mjs';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from '../lib/chromium.mjs';
import { copyProject, projectFolderProblem } from '../lib/project-files.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    label: { type: 'string', default: 'current' },
    timeout: { type: 'string', default: '1200' },
    keep: { type: 'boolean', default: false },
    /** Only the synthetic corpora, not the real site as it is. */
    'skip-real': { type: 'boolean', default: false },
    /** Skip the budget, link and manifest checks of the largest built corpus. */
    'no-check': { type: 'boolean', default: false },
    /** Where the record and the report go. */
    out: { type: 'string', default: 'benchmarks' },
    /** Skip the rebuilds after a full build (nothing changed, an entry edited, a document added). */
    'no-incremental': { type: 'boolean', default: false },
    /** Also build each corpus with this commit (a git ref) of the project: the "before" of a change. */
    baseline: { type: 'string' },
    /** The Node.js that builds the baseline (it may need an older one), by path. */
    'baseline-node': { type: 'string' },
  },
});

// The record goes to a folder of its own: never into seeds/, src/ or another folder of the project.
const outProblem = projectFolderProblem(values.out, process.cwd(), 'benchmarks');
if (outProblem) {
  console.error(
    `[bench] --out ${values.out}: ${outProblem}, where the record would replace what is there.\n` +
      '  → give a folder of its own, e.g. --out benchmarks (the default) or a folder outside the project.',
  );
  process.exit(2);
}

/** The figures of a rebuild worth keeping. */
function rebuildFigures(result) {
  const { ok, seconds, cpuSeconds, rendered, reused, renderSeconds, pagefindSeconds, searchBundlesReused, upToDate } =
    result;
  return {
    upToDate,
    ok,
    seconds,
    cpuSeconds,
    rendered,
    reused,
    renderSeconds,
    pagefindSeconds,
    searchBundlesReused,
    peakMegabytes: result.peakMegabytes,
  };
}

/**
 * After a full build, what an editor waits for: a build with nothing changed, one after a change
 * that no page reads (the build runs through and reuses every page), one after an entry
 * is edited (the English title of the first statistic), and `npm run add-source` of one new
 * document through to published (it registers, builds and records the URLs).
 */
async function rebuilds(workspace, timeoutSeconds, size) {
  const unchanged = rebuildFigures(await build(workspace, timeoutSeconds));
  // An input changed that no page reads: the whole build runs, and reuses every page.
  writeFileSync(join(workspace, 'scripts', 'bench-note.txt'), `${new Date().toISOString()}\n`);
  const noPageChanged = rebuildFigures(await build(workspace, timeoutSeconds));
  const folder = join(workspace, 'src/content/indicators');
  const file = join(
    folder,
    readdirSync(folder)
      .filter((name) => name.endsWith('.yaml'))
      .sort()[0],
  );
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^(title:\n {2}zh: .*\n {2}en: )(.*)$/m, (_, head, title) =>
    title.endsWith('"') ? `${head}${title.slice(0, -1)}, revised"` : `${head}${title}, revised`,
  );
  if (edited === text) throw new Error(`[bench] found no English title to edit in ${file}`);
  writeFileSync(file, edited);
  const entryEdited = rebuildFigures(await build(workspace, timeoutSeconds));
  const incoming = mkdtempSync(join(tmpdir(), 'bench-new-document-'));
  const seed = writeNewDocument(incoming, 900_000 + size);
  const documentAdded = rebuildFigures(
    await build(workspace, timeoutSeconds, ['node_modules/tsx/dist/cli.mjs', 'scripts/add-source.ts', seed]),
  );
  rmSync(incoming, { recursive: true, force: true });
  return { unchanged, noPageChanged, entryEdited, documentAdded };
}

/**
 * A checkout of another commit of the project with its own dependencies, to build the same
 * corpora with (the "before" of a change, measured in the same run). Removed at the end.
 */
function baselineCheckout(ref, node) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
  const add = spawnSync('git', ['worktree', 'add', '--detach', folder, ref], { encoding: 'utf8' });
  if (add.status !== 0) throw new Error(`[bench] could not check out ${ref}: ${add.stderr}`);
  const commit = spawnSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).stdout.trim();
  console.info(`[bench] baseline ${ref} (${commit}): installing its dependencies in ${folder}`);
  const npm = join(dirname(node), 'npm');
  const install = spawnSync(existsSync(npm) ? npm : 'npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` },
  });
  if (install.status !== 0) throw new Error(`[bench] npm ci failed in the baseline: ${install.stderr.slice(-2000)}`);
  return {
    folder,
    commit,
    remove: () => spawnSync('git', ['worktree', 'remove', '--force', folder]),
  };
}

/** Bytes and number of the files under `directory` whose name passes `filter`. */
function directoryBytes(directory, filter) {
  const files = builtFiles(directory).filter((file) => filter(file.slice(file.lastIndexOf('/') + 1)));
  return { bytes: files.reduce((sum, file) => sum + statSync(join(directory, file)).size, 0), files: files.length };
}

/**
 * The real site's budget, link and URL-manifest checks, run on a built corpus: the manifest is
 * brought up to date first (a synthetic corpus publishes URLs the real one never had).
 */
function siteChecks(workspace) {
  const started = performance.now();
  // The checks themselves are not part of a project copy (scripts/lib/project-files.mjs).
  for (const entry of ['tests', 'vitest.config.ts']) cpSync(entry, join(workspace, entry), { recursive: true });
  const update = spawnSync(process.execPath, ['scripts/update-url-manifest.mjs'], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const vitest = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      'tests/quality/budget.test.ts',
      'tests/quality/links.test.ts',
      'tests/site/citable.test.ts',
      '-t',
      'budget|under|CSS|script at all|link|manifest|URL',
      // Each check walks every page: at 10,000 documents (23,000 pages) that takes longer than
      // the two minutes a test gets in npm test.
      '--testTimeout=3600000',
    ],
    { cwd: workspace, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
  );
  const output = `${update.stdout}${update.stderr}${vitest.stdout}${vitest.stderr}`;
  const summary = /Tests\s+(.*)/.exec(output)?.[1]?.trim() ?? null;
  if (update.status !== 0) console.error(`[bench] urls:update failed: ${update.error ?? ''}\n${update.stderr}`);
  if (vitest.status !== 0) console.error(output.slice(-5000));
  const seconds = Math.round((performance.now() - started) / 1000);
  return { ok: update.status === 0 && vitest.status === 0, summary, seconds };
}

const sizes = values.sizes.split(',').filter(Boolean).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes takes whole numbers of documents, e.g. --sizes 1000,10000 (got "${values.sizes}")`);
}
const runs = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: OFFLINE_CHROMIUM_FLAGS,
});
const baselineNode = values['baseline-node'] ?? process.execPath;
const baseline = values.baseline ? baselineCheckout(values.baseline, baselineNode) : null;
try {
  for (const size of values['skip-real'] ? sizes : [0, ...sizes]) {
    const name = size === 0 ? 'real site' : `${size.toLocaleString('en')} documents`;
    const workspace = copyProject(`bench-${size === 0 ? 'real' : size}`);
    // The real documents count towards the size; generated ones make up the rest.
    let documents = parseYaml(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')).length;
    let points = null;
    if (size > 0) {
      const generated = generateCorpus(workspace, Math.max(0, size - documents));
      documents += generated.documents;
      points = generated.points;
    }
    console.info(`[bench] ${name}: building in ${workspace}`);
    const loadBefore = loadavg()[0];
    const result = await build(workspace, Number(values.timeout));
    const run = {
      name,
      size,
      documents,
      points,
      ok: result.ok,
      timedOut: result.timedOut,
      seconds: result.seconds,
      pages: result.pages,
      checkSeconds: result.checkSeconds,
      contentSeconds: result.contentSeconds,
      bundleSeconds: result.bundleSeconds,
      renderSeconds: result.renderSeconds,
      pagefindSeconds: result.pagefindSeconds,
      peakMegabytes: result.peakMegabytes,
      largestProcess: result.largestProcess,
      cpuSeconds: result.cpuSeconds,
      load: [loadBefore, loadavg()[0]].map((value) => Number(value.toFixed(1))),
    };
    if (result.ok) {
      const dist = join(workspace, 'dist');
      const pagefindDir = join(dist, 'pagefind');
      run.index = directoryBytes(pagefindDir, (file) =>
        /\.(pf_index|pf_fragment|pf_meta|pf_filter)$|^wasm\.|pagefind-entry\.json$/.test(file),
      );
      run.firstQuery = await searchFigures(dist, browser);
      run.outputFiles = builtFiles(dist).length;
      if (size === Math.max(...sizes) && !values['no-check']) run.checks = siteChecks(workspace);
      if (size > 0 && !values['no-incremental']) run.rebuilds = await rebuilds(workspace, Number(values.timeout), size);
    } else {
      console.error(result.output.slice(-3000));
    }
    if (baseline && size > 0) {
      // The same corpus, built by the baseline commit's own code, with its Node.
      const other = copyProject(`bench-baseline-${size}`, baseline.folder);
      generateCorpus(
        other,
        Math.max(0, size - parseYaml(readFileSync(join(other, 'src/content/sources.yaml'), 'utf8')).length),
      );
      const before = await build(other, Number(values.timeout), ['scripts/build.mjs'], baselineNode);
      run.baseline = {
        commit: baseline.commit,
        node: spawnSync(baselineNode, ['--version'], { encoding: 'utf8' }).stdout.trim(),
        ...rebuildFigures(before),
      };
      rmSync(other, { recursive: true, force: true });
    }
    console.info(`[bench] ${name}: ${JSON.stringify(run)}`);
    runs.push(run);
    if (!values.keep) rmSync(workspace, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  baseline?.remove();
}

const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() || null;
const record = {
  label: values.label,
  date: new Date().toISOString(),
  commit,
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  runs,
};
mkdirSync(values.out, { recursive: true });
const recordFile = join(values.out, `bench-${values.label}.json`);
writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
console.info(`[bench] wrote ${recordFile}`);
console.info(`[bench] wrote ${writeReport(values.out)}`);
if (runs.some((run) => !run.ok || run.checks?.ok === false)) process.exitCode = 1;
