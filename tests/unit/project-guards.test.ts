/**
 * Tools that write into the project refuse what is not theirs, with a message and no stack
 * trace: `npm run bench -- --out <dir>` a folder of the project, and a build a `.build.lock`
 * that is a folder (not a lock any build wrote). Both run as real processes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectFolderProblem } from '../../scripts/lib/project-files.mjs';

const PROJECT = resolve('.');
const temporary = mkdtempSync(join(tmpdir(), 'project-guards-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** The project's top-level folders a build reads, found on disk (src, seeds, …). */
const projectFolders = readdirSync(PROJECT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'benchmarks')
  .map((entry) => entry.name);

describe('npm run bench -- --out refuses a folder of the project', () => {
  it.each(['seeds', 'src', 'src/content', '.', '..'])('refuses --out %s', (out) => {
    expect(projectFolderProblem(out, PROJECT, 'benchmarks')).not.toBeNull();
  });

  it('refuses every top-level folder of the project', () => {
    expect(projectFolders.length).toBeGreaterThan(2);
    for (const folder of projectFolders)
      expect(projectFolderProblem(folder, PROJECT, 'benchmarks'), folder).not.toBeNull();
  });

  it('accepts its own folder and a folder outside the project', () => {
    expect(projectFolderProblem('benchmarks', PROJECT, 'benchmarks')).toBeNull();
    expect(projectFolderProblem(join(temporary, 'out'), PROJECT, 'benchmarks')).toBeNull();
  });

  it('stops the real command at once, naming the option, leaving seeds/ in place', () => {
    // In a folder of its own with a seeds/ (the guard reads the working folder), and stopped
    // after a minute: should the guard ever fail, the benchmark harms nothing of the project.
    const root = join(temporary, 'bench-project');
    mkdirSync(join(root, 'seeds'), { recursive: true });
    const run = spawnSync(process.execPath, [join(PROJECT, 'scripts/bench/run.mjs'), '--out', 'seeds'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\[bench\] --out seeds: it is in the project's own seeds, .+\n {2}→ give a folder/);
    expect(existsSync(join(root, 'seeds'))).toBe(true);
  });
});

describe('a build refuses a .build.lock that is a folder', () => {
  it('names it and says what to do, without a stack trace', () => {
    const root = join(temporary, 'project');
    mkdirSync(join(root, '.build.lock'), { recursive: true });
    const run = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /\.build\.lock is a folder, not a lock a build wrote.*\n {2}→ Remove it \(rm -r \.build\.lock\)/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at \S+/);
    expect(existsSync(join(root, '.build.lock'))).toBe(true);
  });
});
