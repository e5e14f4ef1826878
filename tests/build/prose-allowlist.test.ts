/**
 * MDX prose is text: a real build of a copy of the project whose first prose file gets one
 * hostile paragraph must stop, naming the file and line, and publish nothing. Each paragraph
 * cites and types no digit, so that only the allowlist (not the prose check) can stop it.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PROJECT = resolve('.');
const PROSE = 'src/content/prose';

/** The first English prose file under src/content/prose/ (any kind, any entry). */
function firstEnglishProse(root: string): string {
  const files = readdirSync(join(root, PROSE), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('/en.mdx'))
    .sort();
  if (files.length === 0) throw new Error(`no English prose under ${PROSE}/`);
  return `${PROSE}/${files[0]}`;
}
const COPIED = ['src', 'seeds', 'public', 'scripts', 'urls', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const workspaces: string[] = [];
afterAll(() => {
  for (const workspace of workspaces) rmSync(workspace, { recursive: true, force: true });
});

/** Appends `paragraph` to the first English prose file of a project copy and builds it. */
function buildWithProse(paragraph: string) {
  const workspace = mkdtempSync(join(tmpdir(), 'site-prose-'));
  workspaces.push(workspace);
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(workspace, entry), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  const file = firstEnglishProse(workspace);
  const before = readFileSync(join(workspace, file), 'utf8').replace(/\n*$/, '\n');
  appendFileSync(join(workspace, file), `\n${paragraph}\n`);
  // The paragraph starts after the file's last line and one blank line.
  const line = before.split('\n').length + 1;
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
  return { file, line, status: run.status, output: `${run.stdout}\n${run.stderr}`, workspace };
}

const cases = [
  {
    name: 'an inline script',
    paragraph: '<script>alert(document.cookie)</script> <Cite n={1} />',
    problem: 'the element <script>',
  },
  {
    name: 'an event handler',
    paragraph: 'See <img src="x" onerror="alert(document.cookie)" />.<Cite n={1} />',
    problem: 'the element <img>',
  },
  {
    name: 'a javascript: link',
    paragraph: 'See [the map](javascript:alert(document.cookie)).<Cite n={1} />',
    problem: 'a link to a javascript: URL',
  },
  {
    name: 'an import of a system file',
    paragraph: "import secret from '/etc/passwd?raw'",
    problem: 'an import or export',
  },
  {
    name: 'an expression',
    paragraph: 'Built on {JSON.stringify(process.env)}.<Cite n={1} />',
    problem: 'the expression {',
  },
  {
    name: 'a remote image',
    paragraph: 'See ![the map](https://tracker.example/map.png).<Cite n={1} />',
    problem: 'the remote image "https://tracker.example/map.png"',
  },
  {
    name: 'an image from outside the content',
    paragraph: 'See ![the map](../../../../../public/favicon.svg).<Cite n={1} />',
    problem: 'the SVG image "../../../../../public/favicon.svg"',
  },
  {
    name: 'an expression as a component prop',
    paragraph: 'As stated <Figure id={process.env.HOME} lang="en" />.<Cite n={1} />',
    problem: 'id= on <Figure> is not a quoted string',
  },
];

describe('MDX prose allows Markdown and the site’s components only', { timeout: 300_000 }, () => {
  it.each(cases)('stops on $name, naming the file and line', ({ paragraph, problem }) => {
    const result = buildWithProse(paragraph);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${result.file} (line ${result.line}): ${problem}`);
    expect(result.output).toMatch(/→ prose may use Markdown and <Cite>/);
    expect(result.output).toContain('Build failed: nothing was published');
    expect(existsSync(join(result.workspace, 'dist'))).toBe(false);
  });
});
