/**
 * Two builds of the same tree give identical bytes: every file of two `--force` builds of a
 * copy of the project (the access date fixed by SOURCE_DATE_EPOCH, as the README says) is
 * the same. The incremental build's check relies on it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-files.mjs';

const workspace = copyProject('deterministic');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

function build(out: string): Map<string, Buffer> {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--force', '--out', out], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1900000000', SITE_URL: '' },
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const root = realpathSync(join(workspace, out));
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    try {
      files.set(name, readFileSync(join(root, name)));
    } catch {
      // a folder
    }
  }
  return files;
}

describe('two builds of the same tree', { timeout: 600_000 }, () => {
  it('give identical bytes, file for file', () => {
    const first = build('dist-first');
    const second = build('dist-second');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([name, bytes]) => !bytes.equals(second.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
  });
});
