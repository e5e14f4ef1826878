#!/usr/bin/env node
/**
 * `npm test`: every check, on both cores. Each stage runs lanes side by side; a lane runs its
 * steps one after another and stops at its first failure. A stage starts when the one before it
 * has passed, so a failure stops what would follow (as `a && b` did) and the command exits
 * non-zero with the failing steps named.
 *
 *   1. npm run lint, then unit tests   |  the build (dist/), then astro check
 *   2. the site and slow tests (they read dist/), on every core
 *
 * `astro check` and the build both write Astro's generated types in .astro/, so they run one
 * after the other, in one lane; the build is short, and the lint and unit lane about as long
 * as both. Stage 2 then has the cores to itself. One lane's output is shown as it comes (the longest); the others' is shown, whole,
 * when each step ends, so that the output of two steps never interleaves.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const npx = (...args) => ({ command: process.execPath, args: ['node_modules/.bin/' + args[0], ...args.slice(1)] });
/** An npm script of package.json, through the npm that runs this one (`npm test`), or npm on PATH. */
const npmRun = (script) =>
  process.env.npm_execpath
    ? { command: process.execPath, args: [process.env.npm_execpath, 'run', '--silent', script] }
    : { command: 'npm', args: ['run', '--silent', script] };
const step = (name, { command, args }) => ({ name, command, args });

const STAGES = [
  {
    live: 1,
    lanes: [
      [step('npm run lint', npmRun('lint')), step('vitest (unit)', npx('vitest', 'run', '--project', 'unit'))],
      [
        step('build', { command: process.execPath, args: ['scripts/build.mjs'] }),
        step('astro check', npx('astro', 'check')),
      ],
    ],
  },
  {
    live: 0,
    lanes: [[step('vitest (site, slow)', npx('vitest', 'run', '--project', 'site', '--project', 'slow'))]],
  },
];

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Runs one step; its output goes to the terminal as it comes (live) or is returned whole. */
function run({ name, command, args }, live) {
  return new Promise((resolve) => {
    const start = performance.now();
    const chunks = [];
    if (live) process.stdout.write(`\n── ${name} ──\n`);
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => (live ? process.stdout.write(chunk) : chunks.push(chunk)));
    }
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const status = ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`;
      if (!live) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(`── ${name}: ${status} in ${seconds(start)} ──\n`);
      resolve(ok);
    });
  });
}

async function lane(steps, live) {
  for (const one of steps) if (!(await run(one, live))) return one.name;
  return null;
}

const start = performance.now();
for (const { lanes, live } of STAGES) {
  const failed = (await Promise.all(lanes.map((steps, i) => lane(steps, i === live)))).filter(Boolean);
  if (failed.length > 0) {
    process.stdout.write(`\nnpm test failed (${seconds(start)}): ${failed.join(', ')}\n`);
    process.exit(1);
  }
}
process.stdout.write(`\nnpm test passed in ${seconds(start)}\n`);
