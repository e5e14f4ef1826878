/**
 * The bench's search figures (scripts/bench/run.mjs): the search page of a built site, in
 * Chromium, served as a static host serves it. See searchFigures.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importTypeScript } from '../lib/typescript.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** The folders of the search index's bundles, in search order. */
const { SEARCH_BUNDLES } = await importTypeScript('../../src/lib/search/bundles.ts', import.meta.url);
const SEARCH_BUNDLE_PATHS = SEARCH_BUNDLES.map((bundle) => `/${bundle.path}`);
/** First search of each language (the first query is also typed again below). */
const SEARCH_QUERIES = {
  en: ['international organizations', 'embassies', 'Beijing'],
  zh: ['国际组织', '使馆', '北京'],
};
/** Each query is typed this many times after the first search loaded the index; the first may fetch its index chunks. */
const TYPING_RUNS = 4;
/** CPU slowed down as on a mid-range phone (Chromium DevTools' "4× slowdown"). */
const CPU_THROTTLING = 4;

/** Serves a built site as a static host does: text compressed with gzip; counts the bytes sent per path. */
async function serveSite(dist) {
  const sent = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let path = join(dist, decodeURIComponent(url.pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Pagefind's own files are compressed already.
    const compress = /^text\/|json|svg/.test(type);
    const body = compress ? gzipSync(readFileSync(path)) : readFileSync(path);
    response.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip' } : {}) });
    response.end(body);
    sent.push({ path: url.pathname, bytes: body.length });
  });
  // Port 0: any free port, so that a benchmark never collides with a test or another run.
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    sent,
    close: () => new Promise((closed) => server.close(closed)),
  };
}

/** In the search page: types `query` and resolves with the time to its first result, and to the last bundle's. */
function typeQuery(query) {
  const container = document.querySelector('#search-results');
  const field = document.querySelector('#search-query');
  const expected = query.normalize('NFKC').trim();
  const answered = () => container.dataset.query === expected && container.querySelector('.search-result') !== null;
  return new Promise((resolve) => {
    let first = null;
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (first === null && answered()) first = performance.now() - start;
      if (first !== null && container.getAttribute('aria-busy') === 'false') {
        observer.disconnect();
        resolve({ first, all: performance.now() - start });
      }
    });
    observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });
    field.value = query;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const round = (ms) => Math.round(ms * 10) / 10;

/** Typing each query into the loaded search page, with the CPU slowed down: time to first and to all results. */
async function typingFigures(context, page, queries, cpuThrottling) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
  const runs = [];
  for (const query of queries) {
    for (let run = 0; run < TYPING_RUNS; run++) {
      await page.evaluate(() => {
        const field = document.querySelector('#search-query');
        field.value = '';
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForFunction(() => document.querySelector('#search-results').dataset.query === '');
      runs.push({ query, run, ...(await page.evaluate(typeQuery, query)) });
    }
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const warm = runs.filter((timing) => timing.run > 0);
  return {
    cpuThrottling,
    firstMs: round(median(warm.map((timing) => timing.first))),
    allMs: round(median(warm.map((timing) => timing.all))),
    slowestFirstMs: round(Math.max(...runs.map((timing) => timing.first))),
    slowestAllMs: round(Math.max(...runs.map((timing) => timing.all))),
  };
}

/**
 * The search page, in Chromium, on a site served as a static host does. Bytes: what a fresh
 * browser downloads from /pagefind/ for the first search (/{lang}/search/?q=…) until the first
 * results are on screen (the first bundle's script, WebAssembly, page list, index chunks and
 * the shown results' fragments), and until every bundle's results are (the source documents'
 * bundle too). Then, with the index loaded and the CPU slowed down 4×, the time from typing a
 * query to its first results and to all of them (median of the runs after the first, and the
 * slowest run).
 */
export async function searchFigures(dist, browser, { cpuThrottling = CPU_THROTTLING } = {}) {
  const server = await serveSite(dist);
  const results = {};
  try {
    for (const [lang, queries] of Object.entries(SEARCH_QUERIES)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The first bundle's files are all a browser needs for the first results: the later
      // bundles are searched only once those are on screen, each from its own folder.
      const inFirstBundle = (file) =>
        file.path.startsWith(SEARCH_BUNDLE_PATHS[0]) &&
        !SEARCH_BUNDLE_PATHS.slice(1).some((path) => file.path.startsWith(path));
      const inAnyBundle = (file) => file.path.startsWith(SEARCH_BUNDLE_PATHS[0]);
      const total = (files) => ({ bytes: files.reduce((sum, file) => sum + file.bytes, 0), requests: files.length });
      server.sent.length = 0;
      await page.goto(`${server.origin}/${lang}/search/?q=${encodeURIComponent(queries[0])}`);
      await page.locator('#search-results[aria-busy="false"] .search-result').first().waitFor({ timeout: 300_000 });
      await page.waitForLoadState('networkidle');
      const first = total(server.sent.filter(inFirstBundle));
      const all = total(server.sent.filter(inAnyBundle));
      const files = server.sent.filter(inAnyBundle).map((file) => ({ ...file }));
      const shown = await page.locator('#search-results .search-result').count();

      const typing = await typingFigures(context, page, queries, cpuThrottling);
      results[lang] = {
        bytes: first.bytes,
        requests: first.requests,
        allBytes: all.bytes,
        allRequests: all.requests,
        shown,
        files,
        typing,
      };
      await context.close();
    }
  } finally {
    await server.close();
  }
  return results;
}
