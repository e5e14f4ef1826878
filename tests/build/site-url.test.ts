/** A SITE_URL that is not an http(s) origin stops the real build, naming SITE_URL, and publishes nothing. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const COPIED = ['src', 'seeds', 'public', 'scripts', 'urls', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const workspace = mkdtempSync(join(tmpdir(), 'site-url-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

it('refuses SITE_URL=javascript:… with a message naming SITE_URL', () => {
  for (const entry of COPIED) cpSync(resolve(entry), join(workspace, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(workspace, 'node_modules'), 'dir');
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'javascript:alert(1)' },
  });
  expect(run.status).not.toBe(0);
  expect(`${run.stdout}\n${run.stderr}`).toMatch(
    /SITE_URL: "javascript:alert\(1\)" is not an address the site can be published at: its scheme is javascript:/,
  );
  expect(existsSync(join(workspace, 'dist'))).toBe(false);
}, 300_000);
