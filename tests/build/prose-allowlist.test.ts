/**
 * MDX prose is text: a real build of a copy of the project whose English prose files get one
 * hostile paragraph each must stop, naming each file and line, and publish nothing. Each
 * paragraph cites and types no digit, so that only the allowlist (not the prose check) can stop
 * it. The validation stage reports every problem it finds, so one build serves every paragraph.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-files.mjs';

const PROSE = 'src/content/prose';

/** The English prose files under src/content/prose/ (any kind, any entry), in order. */
function englishProse(root: string): string[] {
  const files = readdirSync(join(root, PROSE), { recursive: true, encoding: 'utf8' })
    .map((path) => path.split(sep).join('/'))
    .filter((path) => path.endsWith('/en.mdx'))
    .sort();
  if (files.length === 0) throw new Error(`no English prose under ${PROSE}/`);
  return files.map((path) => `${PROSE}/${path}`);
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

/**
 * The build reports every problem, but its output lists only the first few (five, then "…"):
 * the paragraphs go into builds of at most this many, a file of their own each.
 */
const PER_BUILD = 3;
const builds: { workspace: string; status: number | null; output: string }[] = [];
/** Where each paragraph went: its build, file and line. */
const placed: { build: number; file: string; line: number }[] = [];

beforeAll(() => {
  for (let first = 0; first < cases.length; first += PER_BUILD) {
    const workspace = copyProject('site-prose');
    const files = englishProse(workspace);
    cases.slice(first, first + PER_BUILD).forEach(({ paragraph }, i) => {
      // A file of its own while there are files, then after another paragraph.
      const file = files[i % files.length];
      const before = readFileSync(join(workspace, file), 'utf8').replace(/\n*$/, '\n');
      writeFileSync(join(workspace, file), `${before}\n${paragraph}\n`);
      // The paragraph starts after the file's last line and one blank line.
      placed.push({ build: builds.length, file, line: before.split('\n').length + 1 });
    });
    const run = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
    builds.push({ workspace, status: run.status, output: `${run.stdout}\n${run.stderr}` });
  }
}, 300_000);
afterAll(() => {
  for (const { workspace } of builds) rmSync(workspace, { recursive: true, force: true });
});

describe('MDX prose allows Markdown and the site’s components only', () => {
  it('stops each build, says what prose may use, and publishes nothing', () => {
    expect(builds.length).toBe(Math.ceil(cases.length / PER_BUILD));
    for (const { status, output, workspace } of builds) {
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/→ prose may use Markdown and <Cite>/);
      expect(output).toContain('Build failed: nothing was published');
      expect(existsSync(join(workspace, 'dist'))).toBe(false);
    }
  });

  it.each(cases.map((c, i) => ({ ...c, i })))('stops on $name, naming the file and line', ({ problem, i }) => {
    const { build, file, line } = placed[i];
    expect(builds[build].output).toContain(`${file} (line ${line}): ${problem}`);
  });
});
