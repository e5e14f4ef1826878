#!/usr/bin/env node
/**
 * Writes README.md in a benchmarks folder (benchmarks/ by default) from the records
 * scripts/bench/run.mjs leaves there as bench-<label>.json: one table per record (e.g.
 * "before" the build fixes and "current"), with per-page cost and how it grows from one
 * corpus size to the next. scripts/bench/run.mjs calls it after each run.
 *
 *   node scripts/bench/report.mjs [--out benchmarks]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const s = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(1)} s`);
const kb = (bytes) =>
  bytes === undefined
    ? '–'
    : bytes >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${(bytes / 1024).toFixed(1)} KB`;

function table(record) {
  const lines = [
    '| Corpus | Documents | Pages | Build (total) | CPU time | Validation | Content sync | Bundle | Render pages | Render per page | Pagefind | Index size (files) | First query, en / zh | First query, all results, en / zh | Typing to results, 4× CPU, en / zh | Peak memory | Files (per document) | Load before / after | Site checks | Growth vs previous row |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|',
  ];
  let previous = null;
  for (const run of record.runs) {
    if (!run.ok) {
      lines.push(
        `| ${run.name} | ${run.documents ?? ''} | – | ${run.timedOut ? `did not finish in ${s(run.seconds)}` : 'failed'} | | | | | | | | | | | | | | | | |`,
      );
      continue;
    }
    const perPage =
      run.renderSeconds !== null && run.pages ? `${((run.renderSeconds * 1000) / run.pages).toFixed(2)} ms` : '–';
    let growth = '';
    if (previous && run.size > 0) {
      const sizeRatio = run.documents / previous.documents;
      const timeRatio = run.seconds / previous.seconds;
      const renderRatio = run.renderSeconds / previous.renderSeconds;
      growth = `×${sizeRatio.toFixed(0)} documents → build ×${timeRatio.toFixed(1)}, render ×${renderRatio.toFixed(1)}`;
    }
    const query = run.firstQuery ? `${kb(run.firstQuery.en.bytes)} / ${kb(run.firstQuery.zh.bytes)}` : '–';
    // Since the index has two bundles (issue 13): every bundle's results, and typing once loaded.
    const allResults =
      run.firstQuery?.en.allBytes !== undefined
        ? `${kb(run.firstQuery.en.allBytes)} / ${kb(run.firstQuery.zh.allBytes)}`
        : '–';
    const typing = run.firstQuery?.en.typing
      ? ['en', 'zh']
          .map((lang) => {
            const { firstMs, allMs } = run.firstQuery[lang].typing;
            return `${Math.round(firstMs)} ms (all ${Math.round(allMs)} ms)`;
          })
          .join(' / ')
      : '–';
    const gigabytes = (megabytes) => `${(megabytes / 1024).toFixed(1)} GB`;
    const memory = run.peakMegabytes
      ? `${gigabytes(run.peakMegabytes)}${run.largestProcess ? ` (${run.largestProcess.command} ${gigabytes(run.largestProcess.megabytes)})` : ''}`
      : '–';
    const files = run.outputFiles
      ? `${run.outputFiles} (${run.documents ? (run.outputFiles / run.documents).toFixed(1) : '–'})`
      : '–';
    const load = run.load ? run.load.join(' / ') : '–';
    const checks = run.checks
      ? // Vitest's summary has "|" between its counts, which would end the table cell.
        `${run.checks.ok ? 'pass' : 'FAIL'}${run.checks.summary ? ` (${run.checks.summary.replaceAll('|', '·')})` : ''}${run.checks.seconds ? `, ${Math.round(run.checks.seconds / 60)} min` : ''}`
      : '';
    lines.push(
      `| ${run.name} | ${run.documents ?? '–'} | ${run.pages} | ${s(run.seconds)} | ${s(run.cpuSeconds)} | ${s(run.checkSeconds)} | ${s(run.contentSeconds)} | ${s(run.bundleSeconds)} | ${s(run.renderSeconds)} | ${perPage} | ${s(run.pagefindSeconds)} | ${kb(run.index?.bytes)} (${run.index?.files}) | ${query} | ${allResults} | ${typing} | ${memory} | ${files} | ${load} | ${checks} | ${growth} |`,
    );
    // Growth compares synthetic corpora with each other, not with the real site.
    if (run.size > 0) previous = run;
  }
  return lines.join('\n');
}

/**
 * What an editor waits for after a full build: a rebuild with nothing changed, with one entry
 * edited, and `add-source` of one document through to published; beside the full build and,
 * when measured in the same run, the full build of the baseline commit.
 */
function rebuildTable(record) {
  const rows = record.runs.filter((run) => run.rebuilds || run.baseline);
  if (rows.length === 0) return '';
  const cell = (figures) =>
    figures?.ok
      ? `${s(figures.seconds)} wall, ${s(figures.cpuSeconds)} CPU` +
        (figures.upToDate ? '; inputs unchanged, nothing built' : '') +
        (figures.rendered !== undefined ? `; ${figures.rendered} rendered, ${figures.reused ?? 0} reused` : '') +
        (figures.searchBundlesReused ? `; search index reused: ${figures.searchBundlesReused}` : '')
      : figures
        ? 'failed'
        : '–';
  const lines = [
    '| Corpus | Previous commit, full build | Full build | Nothing changed | A change no page reads | One entry edited | One document added (add-source, to published) | Peak memory (largest of the rebuilds) |',
    '|---|---|---|---|---|---|---|--:|',
  ];
  for (const run of rows) {
    const rebuilds = run.rebuilds ?? {};
    const peak = Math.max(
      run.peakMegabytes ?? 0,
      ...Object.values(rebuilds).map((figures) => figures?.peakMegabytes ?? 0),
    );
    const baseline = run.baseline
      ? `${cell(run.baseline)} (${run.baseline.commit}, Node ${run.baseline.node.replace(/^v/, '')})`
      : '–';
    lines.push(
      `| ${run.name} | ${baseline} | ${cell({ ...run, reused: 0 })} | ${cell(rebuilds.unchanged)} | ${cell(rebuilds.noPageChanged)} | ${cell(rebuilds.entryEdited)} | ${cell(rebuilds.documentAdded)} | ${(peak / 1024).toFixed(1)} GB |`,
    );
  }
  return `\n### Rebuilds\n\n${lines.join('\n')}\n`;
}

/** Writes `folder`/README.md from the records in `folder`; returns the file written. */
export function writeReport(folder) {
  const records = readdirSync(folder)
    .filter((name) => /^bench-.+\.json$/.test(name))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')))
    .sort((a, b) => (a.label === 'before' ? -1 : b.label === 'before' ? 1 : a.date.localeCompare(b.date)));
  const sections = records.map(
    (record) =>
      `## ${record.label}\n\nMeasured ${record.date.slice(0, 16).replace('T', ' ')} UTC${record.commit ? ` at commit ${record.commit}` : ''}, Node ${record.node}, ${record.cpus} × ${record.cpu}.\n\n${record.note ? record.note + '\n\n' : ''}${table(record)}\n${rebuildTable(record)}`,
  );
  const notes = readFileSync(fileURLToPath(new URL('NOTES.md', import.meta.url)), 'utf8');
  const file = join(folder, 'README.md');
  writeFileSync(file, `# Build benchmarks\n\n${notes}\n${sections.join('\n')}`);
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'benchmarks' } } });
  console.info(`[bench] wrote ${writeReport(values.out)}`);
}
