/**
 * Fixture sites built once per test run (tests/helpers/setup-fixtures.ts, the slow project's
 * global setup) and shared by the files that need the same build: read them, never change them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { builtFiles, builtPages } from '../../scripts/lib/built-site.mjs';

/** The fixtures built once per run: a project copy with this content (seeds/ and src/content/). */
export const FIXTURE_SITES = {
  /** tests/fixtures/good-input/minimal: the small content set the bad-input fixtures are laid over. */
  minimal: resolve('tests/fixtures/good-input/minimal'),
};
export type FixtureSiteName = keyof typeof FIXTURE_SITES;

export interface FixtureSite {
  /** The project copy it was built in. */
  workspace: string;
  /** The build's exit status and its output. */
  status: number | null;
  output: string;
  /** dist/, when the build published one. */
  published: boolean;
  /** URL paths of its pages and of all its files (`/en/`, `/_astro/…css`). */
  pages: string[];
  files: string[];
  /** What a build leaves in the folder once ended (staging folder, lock): must be nothing. */
  leftovers: string[];
}

/** The shared build of a fixture, once it has ended (it starts with the test run). */
export async function fixtureSite(name: FixtureSiteName): Promise<FixtureSite> {
  const { workspace, result } = inject('fixtureSites')[name];
  while (!existsSync(result)) await new Promise((wait) => setTimeout(wait, 250));
  const { status, output } = JSON.parse(readFileSync(result, 'utf8')) as { status: number | null; output: string };
  const dist = join(workspace, 'dist');
  const published = existsSync(dist);
  return {
    workspace,
    status,
    output,
    published,
    pages: published ? builtPages(dist) : [],
    files: published ? builtFiles(dist) : [],
    leftovers: readdirSync(workspace).filter((name) => name.startsWith('.build')),
  };
}
