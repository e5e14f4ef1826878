#!/usr/bin/env node
/**
 * npm run audit: Lighthouse (performance, accessibility, best practices, SEO) on one page of
 * each kind in each language of the built site, served locally by `astro preview`, in
 * Debian's Chromium with no network beyond the local server. Writes the scores and every
 * audit that kept a score below 100 to benchmarks/lighthouse.md (and .json).
 *
 *   node scripts/audit.mjs            (run `npm run build` first; `npm run audit` does both)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { assertBuilt, builtPages } from './lib/built-site.mjs';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from './lib/chromium.mjs';

const PORT = 4401;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...OFFLINE_CHROMIUM_FLAGS, '--disable-default-apps', '--disable-extensions'];

assertBuilt();

/** The landing page, then one list page and one item page of each section in each language. */
function samplePages() {
  const byKind = new Map();
  for (const page of builtPages()) {
    const parts = page.split('/').filter(Boolean);
    const kind =
      parts.length === 0 ? 'landing' : `${parts[0]} ${parts[1] ?? 'home'}${parts.length > 2 ? ' (item)' : ''}`;
    if (!byKind.has(kind)) byKind.set(kind, page);
  }
  return [...byKind.entries()];
}

const loadBefore = loadavg()[0];
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: PORT } });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
const rows = [];
try {
  for (const [kind, page] of samplePages()) {
    const url = `http://127.0.0.1:${PORT}${page}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const { lhr } = result;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
    const losing = CATEGORIES.flatMap((id) =>
      lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
    );
    const metrics = {
      fcp: lhr.audits['first-contentful-paint'].displayValue,
      lcp: lhr.audits['largest-contentful-paint'].displayValue,
      tbt: lhr.audits['total-blocking-time'].displayValue,
      cls: lhr.audits['cumulative-layout-shift'].displayValue,
      bytes: lhr.audits['total-byte-weight'].numericValue,
    };
    console.info(`[audit] ${page}: ${JSON.stringify(scores)} ${losing.join('; ')}`);
    rows.push({ kind, page, scores, metrics, losing, runWarnings: lhr.runWarnings });
  }
} finally {
  chrome.kill();
  await server.stop();
}

const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores): performance scores drop when other work shares the CPU`;
const record = {
  load,
  lighthouse: JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version,
  date: new Date().toISOString(),
  formFactor: 'mobile (Lighthouse default: simulated slow 4G, 4× CPU slowdown)',
  rows,
};
mkdirSync('benchmarks', { recursive: true });
writeFileSync('benchmarks/lighthouse.json', JSON.stringify(record, null, 2) + '\n');
const table = [
  '| Page | Kind | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | Bytes |',
  '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ...rows.map(
    ({ kind, page, scores, metrics }) =>
      `| \`${page}\` | ${kind} | ${scores.performance} | ${scores.accessibility} | ${scores['best-practices']} | ${scores.seo} | ${metrics.fcp} | ${metrics.lcp} | ${metrics.tbt} | ${metrics.cls} | ${(metrics.bytes / 1024).toFixed(1)} KB |`,
  ),
];
const losing = rows.filter((row) => row.losing.length > 0).map((row) => `- \`${row.page}\`: ${row.losing.join('; ')}`);
writeFileSync(
  'benchmarks/lighthouse.md',
  [
    '# Lighthouse scores',
    '',
    `Lighthouse ${record.lighthouse}, ${record.formFactor}, Debian's Chromium, offline (the site served by \`astro preview\` on 127.0.0.1).`,
    `Measured ${record.date.slice(0, 10)} by \`npm run audit\` (scripts/audit.mjs), which rewrites this file. One page of each kind in each language.`,
    '',
    `Machine: ${record.load}.`,
    '',
    ...table,
    '',
    '## Audits below full marks',
    '',
    ...(losing.length > 0 ? losing : ['None.']),
    '',
  ].join('\n'),
);
console.info('[audit] wrote benchmarks/lighthouse.md');
