/** A SITE_URL that is not an http(s) origin stops the real build, naming SITE_URL, and publishes nothing. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-files.mjs';

const workspace = copyProject('site-url');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

it('refuses SITE_URL=javascript:… with a message naming SITE_URL, the message only, and publishes nothing', () => {
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'javascript:alert(1)' },
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(
    /^SITE_URL: "javascript:alert\(1\)" is not an address the site can be published at: its scheme is javascript:/m,
  );
  // The message only: no stack trace.
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  expect(existsSync(join(workspace, 'dist'))).toBe(false);
}, 300_000);

it('refuses a release build (--release) while publisher, contact or origin is a placeholder, naming each, and publishes nothing', () => {
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--release'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', RELEASE: '' },
  });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toMatch(/A release build refuses placeholder settings/);
  for (const field of ['origin', 'publisher', 'contact']) {
    expect(run.stderr).toContain(`src/site.config.ts (${field})`);
  }
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  expect(existsSync(join(workspace, 'dist'))).toBe(false);
}, 60_000);
