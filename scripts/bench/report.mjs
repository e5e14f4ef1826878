#!/usr/bin/env node
/**
 * Writes benchmarks/README.md from the records scripts/bench/run.mjs leaves in
 * benchmarks/bench-<label>.json: one table per record (e.g. "before" the build fixes and
 * "current"), with per-page cost and how it grows from one corpus size to the next.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const records = readdirSync('benchmarks')
  .filter((name) => /^bench-.+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(`benchmarks/${name}`, 'utf8')))
  .sort((a, b) => (a.label === 'before' ? -1 : b.label === 'before' ? 1 : a.date.localeCompare(b.date)));

const s = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(1)} s`);
const kb = (bytes) =>
  bytes === undefined
    ? '–'
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${(bytes / 1024).toFixed(1)} KB`;

function table(record) {
  const lines = [
    '| Corpus | Documents | Pages | Build (total) | Content sync | Bundle | Render pages | Render per page | Pagefind | Index size (files) | First query, en / zh | Growth vs previous row |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  let previous = null;
  for (const run of record.runs) {
    if (!run.ok) {
      lines.push(
        `| ${run.name} | ${run.documents ?? ''} | – | ${run.timedOut ? `did not finish in ${s(run.seconds)}` : 'failed'} | | | | | | | | |`,
      );
      continue;
    }
    const perPage =
      run.renderSeconds !== null && run.pages ? `${((run.renderSeconds * 1000) / run.pages).toFixed(2)} ms` : '–';
    let growth = '';
    if (previous && previous.documents && run.documents) {
      const sizeRatio = run.documents / previous.documents;
      const timeRatio = run.seconds / previous.seconds;
      const renderRatio = run.renderSeconds / previous.renderSeconds;
      growth = `×${sizeRatio.toFixed(0)} documents → build ×${timeRatio.toFixed(1)}, render ×${renderRatio.toFixed(1)}`;
    }
    const query = run.firstQuery ? `${kb(run.firstQuery.en.bytes)} / ${kb(run.firstQuery.zh.bytes)}` : '–';
    lines.push(
      `| ${run.name} | ${run.documents ?? 2} | ${run.pages} | ${s(run.seconds)} | ${s(run.contentSeconds)} | ${s(run.bundleSeconds)} | ${s(run.renderSeconds)} | ${perPage} | ${s(run.pagefindSeconds)} | ${kb(run.index?.bytes)} (${run.index?.files}) | ${query} | ${growth} |`,
    );
    if (run.documents) previous = run;
  }
  return lines.join('\n');
}

const sections = records.map(
  (record) =>
    `## ${record.label}\n\nMeasured ${record.date.slice(0, 16).replace('T', ' ')} UTC, Node ${record.node}, ${record.cpus} × ${record.cpu}.\n\n${record.note ? record.note + '\n\n' : ''}${table(record)}\n`,
);
const notes = readFileSync('scripts/bench/NOTES.md', 'utf8');
writeFileSync('benchmarks/README.md', `# Build benchmarks\n\n${notes}\n${sections.join('\n')}`);
console.info('[bench] wrote benchmarks/README.md');
