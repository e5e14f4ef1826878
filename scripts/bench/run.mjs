#!/usr/bin/env node
/**
 * npm run bench: builds the real site and synthetic corpora (scripts/bench/corpus.mjs) in
 * temporary copies of the project, and reports build time per page, the Pagefind index size
 * and the bytes a first search downloads. Writes a JSON record per label and the report
 * (scripts/bench/report.mjs) to benchmarks/, or to the folder --out names.
 *
 *   npm run bench -- [--sizes 1000,10000] [--label after] [--timeout 900] [--skip-real] [--out dir] [--no-check]
 *
 * Each run also records the machine load (1-minute load average before and after), the peak
 * memory of the whole build (every process of it), and the files written per document. The
 * largest corpus then goes through the same budget, link and URL-manifest checks as the real
 * site (tests/quality/budget.test.ts, tests/quality/links.test.ts and the manifest tests of
 * tests/site/citable.test.ts), after `npm run urls:update` lists its new URLs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from './corpus.mjs';
import { writeReport } from './report.mjs';
import { searchFigures } from './search.mjs';
import { builtFiles } from '../lib/built-site.mjs';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from '../lib/chromium.mjs';
import { copyProject } from '../lib/project-files.mjs';

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
  },
});

/** Runs the real build; resolves with wall time and the phase times the build prints. */
function build(workspace, timeoutSeconds) {
  return new Promise((done) => {
    const started = performance.now();
    // Its own process group, so that a timeout stops Astro too (the build script runs it as a child).
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: workspace,
      detached: true,
      // Plain text to read the phases from (CI may force colours, which put codes inside them).
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    // Peak memory of the build: the resident memory of every process in its group, sampled; and
    // the CPU time each process has used by its last sample, which on a machine shared with other
    // work varies far less than the wall time does.
    let peakKilobytes = 0;
    // And the largest one process reached, named: which of the build's processes needs the memory.
    let largest = { kilobytes: 0, command: '' };
    const cpuSecondsByProcess = new Map();
    const sampler = setInterval(() => {
      const ps = spawnSync('ps', ['-o', 'pid=,rss=,times=,comm=', '-g', String(child.pid)], { encoding: 'utf8' });
      let total = 0;
      for (const line of (ps.stdout ?? '').split('\n')) {
        const [pid, rss, times, command] = line.trim().split(/\s+/);
        if (!Number(pid)) continue;
        total += Number(rss) || 0;
        if (Number(rss) > largest.kilobytes) largest = { kilobytes: Number(rss), command };
        cpuSecondsByProcess.set(pid, Math.max(cpuSecondsByProcess.get(pid) ?? 0, Number(times) || 0));
      }
      peakKilobytes = Math.max(peakKilobytes, total);
    }, 1000);
    child.stdout.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    child.stderr.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const number = (pattern) => {
        const match = pattern.exec(output);
        return match ? Number(match[1]) : null;
      };
      function seconds_(pattern) {
        const match = pattern.exec(output);
        return match ? Number(match[1]) / (match[2] === 'ms' ? 1000 : 1) : null;
      }
      done({
        ok: code === 0,
        timedOut: code === null,
        seconds,
        pages: number(/\[build\] (\d+) page\(s\) built/),
        // The validation stage, before Astro.
        checkSeconds: number(/\[content\] checked in ([\d.]+)s/),
        // Astro's phases: content sync and types, bundling, then rendering the pages.
        contentSeconds: seconds_(/\[types\] Generated ([\d.]+)(m?s)/),
        bundleSeconds: seconds_(/\[vite\] ✓ built in ([\d.]+)(m?s)/),
        renderSeconds: seconds_(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/),
        pagefindSeconds: number(/\[pagefind\] indexed \d+ pages in ([\d.]+)s/),
        peakMegabytes: Math.round(peakKilobytes / 1024),
        largestProcess: largest.command
          ? { command: largest.command, megabytes: Math.round(largest.kilobytes / 1024) }
          : null,
        cpuSeconds: [...cpuSecondsByProcess.values()].reduce((sum, seconds) => sum + seconds, 0),
        output,
      });
    });
  });
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
    } else {
      console.error(result.output.slice(-3000));
    }
    console.info(`[bench] ${name}: ${JSON.stringify(run)}`);
    runs.push(run);
    if (!values.keep) rmSync(workspace, { recursive: true, force: true });
  }
} finally {
  await browser.close();
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
