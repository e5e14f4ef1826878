/**
 * Concurrent and interrupted builds, with real processes: dist/ must be, whenever anyone looks,
 * either the complete old site or the complete new one; a second build refuses, naming the
 * first; a killed build's leftovers are recovered by the next one.
 */
import { stripVTControlCharacters } from 'node:util';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  writeFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProjectWithContent } from '../../scripts/lib/project-files.mjs';
import { FIXTURE_SITES, fixtureSite } from '../helpers/fixture-sites';

const PROJECT = resolve('.');
const workspaces: string[] = [];

/**
 * An empty folder, or (`withProject`) a copy of the project with the small content of
 * tests/fixtures/good-input/minimal: what is tested is the lock and the switch, not the content,
 * and a small site gets through every stage of a build in less time.
 */
function workspace(name: string, withProject: boolean): string {
  const folder = withProject
    ? copyProjectWithContent(`site-${name}`, FIXTURE_SITES.minimal)
    : mkdtempSync(join(tmpdir(), `site-${name}-`));
  workspaces.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of workspaces) rmSync(folder, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return files.sort();
}

/** What stays in the folder besides the project: nothing of a build once it has ended. */
function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith('.build'));
}

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: string[], cwd: string): Run {
  // Plain text: with colours on (CI may force them), "[content] Syncing" has escape codes inside.
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const append = (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString()));
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  return { child, output: () => output, exit };
}

/** Resolves when the run's output contains `text` (or the run ends). */
function reaches(run: Run, text: string): Promise<boolean> {
  return new Promise((done) => {
    const look = () => run.output().includes(text) && done(true);
    run.child.stdout!.on('data', look);
    run.child.stderr!.on('data', look);
    run.exit.then(() => done(run.output().includes(text)));
    look();
  });
}

describe('publishing a tiny site through the build lock and atomic switch', () => {
  const FILES = 500;

  /** The tiny site in dist/ is whole: every file there, all of one version (`quick`: the count only). */
  function tinySiteIsWhole(folder: string, quick = false): string | null {
    if (!existsSync(join(folder, 'dist'))) return null;
    // What dist/ is at one instant (a reader that follows the link once, as a server does per file).
    const dist = realpathSync(join(folder, 'dist'));
    const index = JSON.parse(readFileSync(join(dist, 'index.html'), 'utf8')) as { version: string; files: number };
    const pages = readdirSync(join(dist, 'pages'));
    expect(pages.length).toBe(index.files);
    if (quick) return index.version;
    for (const page of pages) expect(readFileSync(join(dist, 'pages', page), 'utf8')).toBe(index.version);
    return index.version;
  }

  it('keeps dist/ whole when publishers are killed at many instants, and while they run', async () => {
    const folder = workspace('tiny', false);
    const script = join(PROJECT, 'tests/helpers/publish-tiny-site.mjs');
    expect(spawnSync(process.execPath, [script, folder, 'v0', String(FILES)]).status).toBe(0);
    expect(tinySiteIsWhole(folder)).toBe('v0');
    let lastPublished = 'v0';
    for (let attempt = 1; attempt <= 24; attempt++) {
      const version = `v${attempt}`;
      const run = start([script, folder, version, String(FILES)], folder);
      // Look at dist/ while the publisher runs. Kill it while it starts or stages (every third
      // attempt), else 0 to 4 ms after it begins to publish, to land inside the switch.
      const early = performance.now() + attempt * 3;
      const killNow = () => (attempt % 3 === 0 ? performance.now() > early : run.output().includes('staged'));
      // A look every millisecond or so: hundreds per run, and CPU left for the publisher.
      while (!killNow() && run.child.exitCode === null) {
        expect([lastPublished, version]).toContain(tinySiteIsWhole(folder, true));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const deadline = performance.now() + (attempt % 5);
      while (performance.now() < deadline);
      run.child.kill(attempt % 2 ? 'SIGKILL' : 'SIGTERM');
      const { code } = await run.exit;
      const seen = tinySiteIsWhole(folder);
      expect([lastPublished, version]).toContain(seen);
      if (code === 0) expect(seen).toBe(version);
      lastPublished = seen!;
    }
    // The next publisher recovers whatever the killed ones left behind.
    const final = spawnSync(process.execPath, [script, folder, 'last', String(FILES)], { encoding: 'utf8' });
    expect(final.status, final.stderr).toBe(0);
    expect(tinySiteIsWhole(folder)).toBe('last');
    expect(leftovers(folder)).toEqual([]);
    expect(readdirSync(join(folder, '.dist-versions')).length).toBeLessThanOrEqual(2);
  });
});

/**
 * Makes a folder impossible to move or empty, for root too (chattr +i), and returns the undo.
 * Returns null where the file system cannot do it.
 */
function makeReadOnly(folder: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(folder, 0o555);
    return () => chmodSync(folder, 0o755);
  }
  if (spawnSync('chattr', ['+i', folder]).status !== 0) return null;
  return () => void spawnSync('chattr', ['-i', folder]);
}

describe('publishing next to what cannot be written', () => {
  const script = join(PROJECT, 'tests/helpers/publish-tiny-site.mjs');
  const writeOldSite = (dist: string) => {
    mkdirSync(join(dist, 'pages'), { recursive: true });
    for (let page = 0; page < 20; page++) writeFileSync(join(dist, 'pages', `${page}.html`), 'old');
    writeFileSync(join(dist, 'index.html'), JSON.stringify({ version: 'old', files: 20 }));
  };

  it('stops with what to do when a read-only dist/ folder cannot be replaced, and leaves it as it was', (context) => {
    const folder = workspace('read-only', false);
    writeOldSite(join(folder, 'dist'));
    const undo = makeReadOnly(join(folder, 'dist'));
    if (!undo) return context.skip();
    let run;
    try {
      run = spawnSync(process.execPath, [script, folder, 'new', '20'], { encoding: 'utf8' });
    } finally {
      undo();
    }
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /^dist\/ could not be moved aside to publish the new site \(.+\)\.\n {2}→ Make it writable/m,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(lstatSync(join(folder, 'dist')).isDirectory()).toBe(true);
    expect(readFileSync(join(folder, 'dist', 'index.html'), 'utf8')).toContain('"old"');
    expect(readdirSync(join(folder, 'dist', 'pages'))).toHaveLength(20);
  });

  it('publishes, and only warns, when an older published site cannot be removed', (context) => {
    const folder = workspace('stuck-version', false);
    for (const version of ['a', 'b']) {
      expect(spawnSync(process.execPath, [script, folder, version, '20']).status).toBe(0);
    }
    const [oldest] = readdirSync(join(folder, '.dist-versions')).sort();
    const undo = makeReadOnly(join(folder, '.dist-versions', oldest, 'pages'));
    if (!undo) return context.skip();
    let run;
    try {
      run = spawnSync(process.execPath, [script, folder, 'c', '20'], { encoding: 'utf8' });
    } finally {
      undo();
    }
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/could not remove an older site/);
    expect(JSON.parse(readFileSync(join(folder, 'dist', 'index.html'), 'utf8')).version).toBe('c');
  });
});

// Real builds take minutes on a loaded 2-core machine, two at once longer still: no timed assertion.
describe('real builds in one folder', { timeout: 600_000 }, () => {
  const folder = workspace('concurrent', true);
  // --force: the inputs are the same every time, and a build that finds them published would
  // have nothing to do; each build here must run through every stage to be stopped in it.
  const build = (extra: string[] = []) => start(['scripts/build.mjs', '--force', ...extra], folder);
  let reference: string[] = [];

  /** dist/ holds the complete site: the same files as a build that ran alone. */
  function expectCompleteSite() {
    expect(filesUnder(join(folder, 'dist'))).toEqual(reference);
  }

  it('builds alone (the reference every later dist/ is compared with)', async () => {
    // The shared build of the same content (tests/helpers/fixture-sites.ts) ran alone.
    const alone = await fixtureSite('minimal');
    expect(alone.status, alone.output).toBe(0);
    reference = alone.files.map((file) => file.slice(1));
    expect(reference).toContain('index.html');
    expect(reference).toContain('pagefind/pagefind.js');
    expect(reference.some((file) => file.startsWith('_astro/') && file.endsWith('.css'))).toBe(true);
    expect(alone.leftovers).toEqual([]);
  });

  it('runs one of two builds started 0.3 s apart; the other refuses, naming it; the site is whole', async () => {
    const first = build();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = build();
    const exits = await Promise.all([first.exit, second.exit]);
    const winner = exits[0].code === 0 ? first : second;
    const loser = winner === first ? second : first;
    expect(exits.map((exit) => exit.code === 0).sort(), `${first.output()}\n${second.output()}`).toEqual([false, true]);
    expect(loser.output()).toMatch(
      new RegExp(`Another build is running in this folder \\(pid ${winner.child.pid}, started \\d{4}-`),
    );
    expect(loser.output()).toContain('nothing was published');
    expectCompleteSite();
    expect(leftovers(folder)).toEqual([]);
  });

  // Stop points across the build: content sync, bundling, page generation, Pagefind, publish.
  const stops: { signal: NodeJS.Signals; at: string }[] = [
    { signal: 'SIGKILL', at: '[content] Syncing content' },
    { signal: 'SIGTERM', at: 'Building static entrypoints' },
    { signal: 'SIGKILL', at: 'generating static routes' },
    { signal: 'SIGTERM', at: '[build] Complete!' },
    { signal: 'SIGKILL', at: '[pagefind] indexed' },
  ];
  it.each(stops)('leaves the complete site in dist/ when a build gets $signal at "$at"', async ({ signal, at }) => {
    const run = build();
    expect(await reaches(run, at), run.output()).toBe(true);
    run.child.kill(signal);
    const { code } = await run.exit;
    expectCompleteSite();
    if (signal === 'SIGTERM' && code !== 0) {
      expect(run.output()).toContain(`Build stopped (SIGTERM): nothing was published`);
      expect(leftovers(folder)).toEqual([]);
    }
  });

  it('recovers what killed builds left (lock, staging folder) on the next build', async () => {
    const run = build();
    const { code } = await run.exit;
    expect(code, run.output()).toBe(0);
    expectCompleteSite();
    expect(leftovers(folder)).toEqual([]);
  });
});
