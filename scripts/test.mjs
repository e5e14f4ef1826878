#!/usr/bin/env node
/**
 * `npm test`: every check, on both cores. Two lanes run side by side from the start; a lane runs
 * its steps one after another, and a step that is a list runs its steps side by side:
 *
 *   npm run lint, then unit tests
 *   the build (dist/), then [the site and slow tests (they read dist/)  |  astro check]
 *
 * The site and slow tests start as soon as dist/ is built, not when the slowest first step has
 * ended: the suite is bound by CPU, and a core left idle at the end of a stage is time lost
 * (benchmarks/tests.md). `astro check` and the build both write Astro's generated types in
 * .astro/, so they run one after the other. The first failing step stops every step still
 * running (as `a && b` would not start b), and the command exits non-zero with the failing steps
 * named. The test step's output is shown as it comes; each other step's is shown, whole, when it
 * ends, so that the output of two steps never interleaves.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const npx = (...args) => ({ command: process.execPath, args: ['node_modules/.bin/' + args[0], ...args.slice(1)] });
/** An npm script of package.json, through the npm that runs this one (`npm test`), or npm on PATH. */
const npmRun = (script) =>
  process.env.npm_execpath
    ? { command: process.execPath, args: [process.env.npm_execpath, 'run', '--silent', script] }
    : { command: 'npm', args: ['run', '--silent', script] };
const step = (name, { command, args }, live = false) => ({ name, command, args, live });

const LANES = [
  [step('npm run lint', npmRun('lint')), step('vitest (unit)', npx('vitest', 'run', '--project', 'unit'))],
  [
    step('build', { command: process.execPath, args: ['scripts/build.mjs'] }),
    [
      step('vitest (site, slow)', npx('vitest', 'run', '--project', 'site', '--project', 'slow'), true),
      step('astro check', npx('astro', 'check')),
    ],
  ],
];

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** Steps running now, so that a failure elsewhere can stop them; and those it stopped. */
const running = new Set();
const stopped = new Set();
let stopping = false;
const failed = [];

function stopOthers() {
  stopping = true;
  for (const child of running) {
    stopped.add(child);
    child.kill('SIGTERM');
  }
}

/** Runs one step; its output goes to the terminal as it comes (live) or whole when it ends. */
function run({ name, command, args, live }) {
  if (stopping) return Promise.resolve(false);
  return new Promise((resolve) => {
    const start = performance.now();
    const chunks = [];
    if (live) process.stdout.write(`\n── ${name} ──\n`);
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    running.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => (live ? process.stdout.write(chunk) : chunks.push(chunk)));
    }
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      // A stopped step may exit on its own terms (Vitest exits 143): it did not fail.
      const stoppedByUs = !ok && stopped.has(child);
      const status = ok ? 'passed' : stoppedByUs ? 'stopped' : `FAILED (${signal ?? `exit ${code}`})`;
      if (!live) process.stdout.write(`\n── ${name} ──\n${Buffer.concat(chunks).toString()}`);
      process.stdout.write(`── ${name}: ${status} in ${seconds(start)} ──\n`);
      if (!ok && !stoppedByUs) {
        failed.push(name);
        stopOthers();
      }
      resolve(ok);
    });
  });
}

/** Runs a step, or a list of steps side by side; resolves whether all passed. */
async function runAll(item) {
  if (!Array.isArray(item)) return run(item);
  return (await Promise.all(item.map(runAll))).every(Boolean);
}

async function lane(steps) {
  for (const item of steps) if (!(await runAll(item))) return false;
  return true;
}

const start = performance.now();
await Promise.all(LANES.map(lane));
if (failed.length > 0) {
  process.stdout.write(`\nnpm test failed (${seconds(start)}): ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write(`\nnpm test passed in ${seconds(start)}\n`);
