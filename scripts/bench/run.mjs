#!/usr/bin/env node
/**
 * npm run bench: builds the real site and synthetic corpora (scripts/bench/corpus.mjs) in
 * temporary copies of the project, and reports build time per page, the Pagefind index size
 * and the bytes a first search downloads. Writes benchmarks/README.md (and a JSON record).
 *
 *   node scripts/bench/run.mjs [--sizes 1000,10000] [--label after] [--timeout 900]
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateCorpus } from './corpus.mjs';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from '../lib/chromium.mjs';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    label: { type: 'string', default: 'current' },
    timeout: { type: 'string', default: '1200' },
    keep: { type: 'boolean', default: false },
  },
});
const PROJECT = resolve('.');
const COPIED = ['src', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const PORT = 4400;

function copyProject(name) {
  const workspace = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(workspace, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  return workspace;
}

/** Runs the real build; resolves with wall time and the phase times the build prints. */
function build(workspace, timeoutSeconds) {
  return new Promise((done) => {
    const started = performance.now();
    // Its own process group, so that a timeout stops Astro too (the build script runs it as a child).
    const child = spawn(process.execPath, ['scripts/build.mjs'], {
      cwd: workspace,
      detached: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
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
        // Astro's phases: content sync and types, bundling, then rendering the pages.
        contentSeconds: seconds_(/\[types\] Generated ([\d.]+)(m?s)/),
        bundleSeconds: seconds_(/\[vite\] ✓ built in ([\d.]+)(m?s)/),
        renderSeconds: seconds_(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/),
        pagefindSeconds: number(/\[pagefind\] indexed \d+ pages in ([\d.]+)s/),
        output,
      });
    });
  });
}

function directoryBytes(directory, filter = () => true) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) {
      const inner = directoryBytes(path, filter);
      bytes += inner.bytes;
      files += inner.files;
    } else if (filter(name)) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** Bytes downloaded by a first search (Pagefind's script, WebAssembly, index chunks, first 5 results). */
async function firstQueryBytes(dist, browser) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname.startsWith('/__bench/')) {
      const lang = url.pathname.includes('zh') ? 'zh-CN' : 'en';
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(`<!doctype html><html lang="${lang}"><head><title>bench</title></head><body></body></html>`);
      return;
    }
    const path = join(dist, decodeURIComponent(url.pathname));
    if (!existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise((ready) => server.listen(PORT, '127.0.0.1', ready));
  const results = {};
  try {
    for (const [lang, query] of [
      ['en', 'international organizations'],
      ['zh', '国际组织'],
    ]) {
      const page = await browser.newPage();
      let bytes = 0;
      let requests = 0;
      page.on('requestfinished', async (request) => {
        if (!request.url().includes('/pagefind/')) return;
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        requests++;
      });
      await page.goto(`http://127.0.0.1:${PORT}/__bench/${lang}`);
      const found = await page.evaluate(async (text) => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({});
        const search = await pagefind.search(text);
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        return search.results.length;
      }, query);
      await page.waitForLoadState('networkidle');
      results[lang] = { bytes, requests, found };
      await page.close();
    }
  } finally {
    await new Promise((closed) => server.close(closed));
  }
  return results;
}

const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const runs = [];
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: OFFLINE_CHROMIUM_FLAGS,
});
try {
  for (const size of [0, ...sizes]) {
    const name = size === 0 ? 'real site' : `${size.toLocaleString('en')} documents`;
    const workspace = copyProject(size === 0 ? 'real' : String(size));
    let documents = null;
    let points = null;
    if (size > 0) {
      const real = readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8').match(/^- slug:/gm)?.length ?? 0;
      ({ documents, points } = generateCorpus(workspace, size - real));
      documents += real;
    }
    console.info(`[bench] ${name}: building in ${workspace}`);
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
      contentSeconds: result.contentSeconds,
      bundleSeconds: result.bundleSeconds,
      renderSeconds: result.renderSeconds,
      pagefindSeconds: result.pagefindSeconds,
    };
    if (result.ok) {
      const dist = join(workspace, 'dist');
      const pagefindDir = join(dist, 'pagefind');
      run.index = directoryBytes(pagefindDir, (file) =>
        /\.(pf_index|pf_fragment|pf_meta|pf_filter)$|^wasm\.|pagefind-entry\.json$/.test(file),
      );
      run.firstQuery = await firstQueryBytes(dist, browser);
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

const record = {
  label: values.label,
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  runs,
};
mkdirSync('benchmarks', { recursive: true });
const recordFile = `benchmarks/bench-${values.label}.json`;
writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
console.info(`[bench] wrote ${recordFile}`);
