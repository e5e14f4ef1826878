#!/usr/bin/env node
/**
 * Runs queries against the built Pagefind index from Node, with the same pagefind.js, the same
 * ranking, the same bundles searched in the same order (src/lib/search/bundles.ts) and the same
 * query function (src/lib/search/understand.ts, loaded through tsx) as the search page; no
 * browser and no server. pagefind.js only needs `fetch` (here
 * a shim that serves files from dist/ under a made-up origin and refuses everything else) and
 * `document` for the page language.
 *
 *   node scripts/search-index.mjs --lang zh 三里屯 127          # print the top results
 *   node scripts/search-index.mjs --lang en --also Sanlitun     # also merge the Chinese index
 *   echo '[{"query":"127"}]' | node scripts/search-index.mjs --lang en --json   # for tests
 *   node scripts/search-index.mjs --lang en --raw 'how many'    # straight to Pagefind, as typed
 *
 * One process per language set: the WebAssembly module is a singleton inside pagefind.js, so
 * a second language in the same process would silently search with the first one's stemmer.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from './lib/typescript.mjs';

const HTML_LANG = { zh: 'zh-CN', en: 'en' };
/** Stands in for the site's origin; nothing is ever fetched from it. */
const ORIGIN = 'http://site.invalid';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string', default: 'zh' },
    also: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    json: { type: 'boolean', default: false },
    // Skip the query function: Pagefind gets the query as typed.
    raw: { type: 'boolean', default: false },
    top: { type: 'string', default: '5' },
    // Try other ranking options without editing src/lib/search/ranking.json, e.g. '{"termFrequency":0.5}'.
    ranking: { type: 'string' },
  },
});
if (!(values.lang in HTML_LANG)) throw new Error(`--lang must be zh or en, not ${values.lang}`);
const dist = resolve(values.dist);
const top = Number(values.top);
const otherLang = values.lang === 'zh' ? 'en' : 'zh';
const ranking = values.ranking
  ? JSON.parse(values.ranking)
  : JSON.parse(readFileSync(new URL('../src/lib/search/ranking.json', import.meta.url), 'utf8'));

globalThis.document = {
  currentScript: null,
  querySelector: (selector) => (selector === 'html' ? { getAttribute: () => HTML_LANG[values.lang] } : null),
};
/** Files actually read, for the caller to see what a search costs. */
const fetched = [];
globalThis.fetch = async (input) => {
  const url = new URL(String(input instanceof Request ? input.url : input), `${ORIGIN}/`);
  if (url.origin !== ORIGIN) throw new Error(`the search harness fetches nothing from the network (${url})`);
  const file = join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist + sep)) throw new Error(`outside dist/: ${url.pathname}`);
  const body = await readFile(file);
  fetched.push({ path: url.pathname, bytes: body.length });
  return new Response(body, { status: 200 });
};

/** @type {import('../src/lib/search/in-order.ts')} */
const { addFilterCounts, searchBundlesInOrder } = await importTypeScript(
  '../src/lib/search/in-order.ts',
  import.meta.url,
);
/** @type {import('../src/lib/search/excerpt.ts')} */
const { resultSnippet } = await importTypeScript('../src/lib/search/excerpt.ts', import.meta.url);
/** @type {import('../src/lib/search/bundles.ts')} */
const { SEARCH_BUNDLES } = await importTypeScript('../src/lib/search/bundles.ts', import.meta.url);
/** @type {import('../src/lib/search/correct.ts')} */
const { correctSpelling } = await importTypeScript('../src/lib/search/correct.ts', import.meta.url);
/** @type {import('../src/lib/search/instances.ts')} */
const { bundleInstances } = await importTypeScript('../src/lib/search/instances.ts', import.meta.url);

const pagefind = await import(pathToFileURL(join(dist, SEARCH_BUNDLES[0].path, 'pagefind.js')).href);
// As on the search page; a merge takes an absolute bundle URL, the other language, result URLs from "/".
const instanceOf = bundleInstances({
  baseUrl: '/',
  create: (_bundle, basePath) => pagefind.createInstance({ basePath, baseUrl: '/', ranking }),
  absoluteUrl: (basePath) => `${ORIGIN}${basePath}`,
  mergeOptions: { language: HTML_LANG[otherLang].toLowerCase(), baseUrl: '/', ranking },
});
const bundles = SEARCH_BUNDLES.map((bundle) => ({
  kinds: bundle.kinds,
  instance: () => instanceOf(bundle, Boolean(values.also)),
}));

async function run({ query, filters = {} }) {
  const kinds = filters.kind ?? [];
  let response;
  if (values.raw) {
    // Straight to Pagefind, bundle after bundle.
    const answers = [];
    for (const bundle of bundles) answers.push(await (await bundle.instance()).search(query, { filters }));
    response = { results: answers.flatMap((answer) => answer?.results ?? []), words: [query], match: 'all' };
  } else {
    // As the search page: a misspelt word is searched as the site's nearest word (its words.json).
    const search = (text) => searchBundlesInOrder(bundles, text, values.lang, kinds);
    response = await correctSpelling(await search(query), query, search, async () =>
      JSON.parse(await readFile(join(dist, values.lang, 'search', 'words.json'), 'utf8')),
    );
  }
  const results = await Promise.all(
    response.results.slice(0, top).map(async (result) => {
      const data = await result.data();
      return {
        url: data.url,
        title: data.meta.title,
        kind: data.filters?.kind?.[0] ?? null,
        meta: data.meta,
        excerpt: data.excerpt,
        // What the search page shows under the title (src/browser/search/render.ts).
        snippet: resultSnippet(data.excerpt, data.meta.description, data.meta.aka, response.words),
        sections: (data.sub_results ?? []).map((section) => section.url),
      };
    }),
  );
  return {
    query,
    filters,
    words: response.words,
    match: response.match,
    absent: response.absent ?? [],
    corrected: response.corrected ?? null,
    count: response.results.length,
    results,
  };
}

if (values.json) {
  const requests = JSON.parse(readFileSync(0, 'utf8'));
  const answers = [];
  for (const request of requests) answers.push(await run(request));
  // Filter counts over every bundle, added up.
  const filters = {};
  for (const bundle of bundles) addFilterCounts(filters, await (await bundle.instance()).filters());
  process.stdout.write(JSON.stringify({ answers, filters, fetched }));
} else {
  for (const query of positionals) {
    const { count, results, words, match } = await run({ query });
    console.log(`${query} → ${words.join(' ')}: ${count} result(s)${match === 'closest' ? ' (closest matches)' : ''}`);
    for (const result of results) console.log(`  ${result.url}  ${result.title}  [${result.kind ?? '-'}]`);
  }
}
