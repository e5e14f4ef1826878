/**
 * Global setup of the slow project: the fixture sites several test files build the same way
 * are built once, here, and shared (tests/helpers/fixture-sites.ts reads them). Each build is
 * started in the background so that the tests begin at once; a test that needs one waits for
 * its result file. The folders are removed when the run ends.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyProjectWithContent } from '../../scripts/lib/project-files.mjs';
import { FIXTURE_SITES, type FixtureSiteName } from './fixture-sites';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each shared fixture build writes its folder and, once done, its result. */
    fixtureSites: Record<FixtureSiteName, { workspace: string; result: string }>;
  }
}

export default function setup(project: TestProject) {
  const results = mkdtempSync(join(tmpdir(), 'fixture-sites-'));
  const sites = {} as Record<FixtureSiteName, { workspace: string; result: string }>;
  const builds: Promise<void>[] = [];
  for (const [name, fixture] of Object.entries(FIXTURE_SITES) as [FixtureSiteName, string][]) {
    const workspace = copyProjectWithContent(`site-${name}`, fixture);
    const result = join(results, `${name}.json`);
    sites[name] = { workspace, result };
    const child = spawn(process.execPath, ['scripts/build.mjs'], { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    builds.push(
      new Promise((done) =>
        child.on('close', (status) => {
          writeFileSync(result, JSON.stringify({ status, output }));
          done();
        }),
      ),
    );
  }
  project.provide('fixtureSites', sites);
  return async () => {
    await Promise.all(builds);
    for (const { workspace } of Object.values(sites)) rmSync(workspace, { recursive: true, force: true });
    rmSync(results, { recursive: true, force: true });
  };
}
