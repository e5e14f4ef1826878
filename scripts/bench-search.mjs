#!/usr/bin/env node
/**
 * Measures search on the built site in Chromium (no timing assertions: figures to read):
 *  - bytes a browser downloads to show the first results on /{lang}/search/?q=…, raw and as a
 *    static host would send them compressed (gzip -6 and brotli; Pagefind's index files are
 *    gzipped already and count as they are);
 *  - time from typing a query to its first result on screen, once the index is warm.
 *
 *   npm run bench:search              # print the figures
 *   npm run bench:search -- --write   # also write them to benchmarks/search.md
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from './lib/chromium.mjs';

const { values } = parseArgs({
  options: { write: { type: 'boolean', default: false }, port: { type: 'string', default: '4397' } },
});
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');

// Names, numbers, a question (its question words dropped by the query function) and three names
// in one query.
const QUERIES = {
  zh: ['三里屯', '国际组织', '127', '使馆', '雁栖湖', '35000', '北京有多少国际组织', '三里屯 阿斯利康 德勤'],
  en: [
    'Sanlitun',
    'international organizations',
    '127',
    'embassies',
    'Yanqi Lake',
    '35,000',
    'how many international organizations are in Beijing',
    'Sanlitun AstraZeneca Deloitte',
  ],
};
/** benchmarks/search.md keeps what follows this heading (the query table's figures) as it is. */
const KEPT_SECTION = '## Query table';
const REPEATS = 5;
/** Already-compressed formats: a server sends them as they are. */
const PRECOMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

const server = await preview({
  root: process.cwd(),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: Number(values.port) },
});
const origin = `http://127.0.0.1:${values.port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: OFFLINE_CHROMIUM_FLAGS,
});

const sizeOf = (path, body) => {
  if (PRECOMPRESSED.test(path)) return { raw: body.length, gzip: body.length, brotli: body.length };
  return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length, brotli: brotliCompressSync(body).length };
};
const sum = (files, key) => files.reduce((total, file) => total + file[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/** In the page: type a query into the search box and resolve when its first result is shown. */
function timeQuery(query) {
  const field = document.querySelector('#search-query');
  const container = document.querySelector('#search-results');
  const shown = () => {
    const summary = container.querySelector('#search-summary')?.textContent ?? '';
    return container.querySelector('.search-result h2 a') !== null && summary.includes(query.normalize('NFKC').trim());
  };
  return new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (shown()) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(container, { subtree: true, childList: true, characterData: true });
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function clearQuery(page) {
  await page.evaluate(() => {
    const field = document.querySelector('#search-query');
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelector('#search-results .search-result h2 a') === null);
}

const report = [];
for (const lang of ['zh', 'en']) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const files = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) throw new Error(`request to another origin: ${url}`);
    try {
      files.push({ path: url.pathname, ...sizeOf(url.pathname, await response.body()) });
    } catch {
      /* redirects have no body */
    }
  });
  const [firstQuery] = QUERIES[lang];
  const started = Date.now();
  await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(firstQuery)}`);
  await page.locator('#search-results .search-result h2 a').first().waitFor();
  const coldMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  // What the first query cost; later requests (for the timed queries) are not counted.
  const firstFiles = [...files];
  const searchFiles = firstFiles.filter((file) => file.path.startsWith('/pagefind/'));

  const timings = {};
  for (const query of QUERIES[lang]) {
    timings[query] = [];
    // First run of each query may fetch its index chunk and fragments; the repeats are warm.
    for (let run = 0; run <= REPEATS; run++) {
      await clearQuery(page);
      const ms = await page.evaluate(timeQuery, query);
      if (run > 0) timings[query].push(ms);
    }
  }
  report.push({ lang, firstQuery, coldMs, files: firstFiles, searchFiles, timings });
  await context.close();
}
await browser.close();
await server.stop();

const version = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version;
const lines = [
  '# Search: measured figures',
  '',
  `Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)} (Pagefind ${version}, Chromium ${browser.version()},`,
  'local `astro preview`; figures depend on the machine, so read them as orders of magnitude).',
  'Aims (issue 4): first query under 150 KB compressed; results under 100 ms once the index is warm.',
  '',
  '## Bytes for a first query',
  '',
  'A fresh browser opens `/{lang}/search/?q=…` and waits for the first result. "Search" counts only',
  'the files under `/pagefind/`; "whole page" adds the page, its CSS and scripts. Compressed sizes',
  'are what a static host sends with gzip (level 6) or brotli; Pagefind’s index files are gzipped',
  'by Pagefind and counted as they are.',
  '',
  '| Page | Query | Files | Search, gzip | Search, brotli | Whole page, gzip | Whole page, raw |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...report.map(
    (r) =>
      `| /${r.lang}/search/ | ${r.firstQuery} | ${r.files.length} | ${kb(sum(r.searchFiles, 'gzip'))} | ${kb(sum(r.searchFiles, 'brotli'))} | ${kb(sum(r.files, 'gzip'))} | ${kb(sum(r.files, 'raw'))} |`,
  ),
  '',
  ...report.flatMap((r) => [
    `<details><summary>Files for /${r.lang}/search/?q=${r.firstQuery}</summary>`,
    '',
    '| File | Raw | gzip |',
    '|---|---:|---:|',
    ...[...r.files]
      .sort((a, b) => b.gzip - a.gzip)
      .map((f) => `| \`${f.path.replace(/[a-f0-9]{7,}/g, '…')}\` | ${kb(f.raw)} | ${kb(f.gzip)} |`),
    '',
    '</details>',
    '',
  ]),
  '## Time from typing to results',
  '',
  `The query is put in the search box (an \`input\` event) and the clock stops when its first result`,
  `is on screen. Each query is run ${REPEATS + 1} times after the first query loaded the index; the`,
  'first run (which may fetch that word’s index chunk and fragments) is dropped.',
  '',
  '| Page | Query | Median | Slowest |',
  '|---|---|---:|---:|',
  ...report.flatMap((r) =>
    Object.entries(r.timings).map(
      ([query, list]) =>
        `| /${r.lang}/search/ | ${query} | ${median(list).toFixed(0)} ms | ${Math.max(...list).toFixed(0)} ms |`,
    ),
  ),
  '',
  ...report.map(
    (r) => `Cold first query on /${r.lang}/search/ (navigation to first result, nothing cached): ${r.coldMs} ms.`,
  ),
  '',
];
const markdown = lines.join('\n');
console.log(markdown);
if (values.write) {
  const previous = existsSync('benchmarks/search.md') ? readFileSync('benchmarks/search.md', 'utf8') : '';
  const kept = previous.includes(KEPT_SECTION) ? previous.slice(previous.indexOf(KEPT_SECTION)) : '';
  writeFileSync('benchmarks/search.md', kept ? `${markdown}\n${kept}` : markdown);
  console.info('\n[bench:search] wrote benchmarks/search.md');
}
