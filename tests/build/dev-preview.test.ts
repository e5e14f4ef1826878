/**
 * The live preview, for real: `astro dev` on a copy of the project. An edit to a YAML file shows
 * on the next request (the page reloads itself); a problem shows on every page as a banner
 * linking the problems page, which lists every problem in the words of the build's validation
 * stage, as the terminal does; a page that cannot render sends the editor there, not to a stack
 * trace; fixing the problem clears it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-files.mjs';
import { checkSiteContent } from '../../src/lib/read/site-content';
import { loadHtml } from '../helpers/fast-html';
import { curatedEntries } from '../helpers/content';
import { CURATED_KINDS } from '../../src/lib/content/kinds';
import { parse as parseYaml, parseDocument } from 'yaml';

const workspace = copyProject('dev-preview');
let server: ChildProcess;
let origin = '';
let terminal = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Asks again until `accept` holds for the response (the server answers as soon as it is up). */
async function until(path: string, accept: (status: number, body: string) => boolean) {
  let last = '';
  for (let tries = 0; ; tries++) {
    // No deadline of its own (the test's timeout is one); what the server said, if it never answers.
    if (tries === 300) throw new Error(`no answer on ${path} (${last}); the server said:\n${terminal}`);
    const response = await fetch(`${origin}${path}`, { redirect: 'manual' }).catch((error: Error) => {
      last = String(error.cause ?? error);
      return null;
    });
    if (response) {
      const body = await response.text();
      last = `${response.status} ${body.slice(0, 300)}`;
      if (accept(response.status, body))
        return { status: response.status, body, location: response.headers.get('location') };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: workspace,
      detached: true,
      // As an editor starts it, not with the variables Vitest sets (NODE_ENV, MODE, BASE_URL…).
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR ?? '/tmp' },
    },
  );
  server.stdout!.on('data', (chunk) => (terminal += chunk));
  server.stderr!.on('data', (chunk) => (terminal += chunk));
  await until('/en/', (status) => status === 200);
});
afterAll(() => {
  if (server?.pid) process.kill(-server.pid);
  rmSync(workspace, { recursive: true, force: true });
});

describe('npm run dev', () => {
  const entry = curatedEntries('indicators').find(({ data }) => data.value !== undefined)!;
  const path = `${CURATED_KINDS.indicators.directory}/${entry.id}.yaml`;
  const file = join(workspace, path);
  const original = readFileSync(file, 'utf8');
  const page = `/en/statistics/${entry.id}/`;

  it('shows an edit on the next request', async () => {
    await until(page, (status) => status === 200);
    const edited = parseDocument(original);
    edited.setIn(['title', 'en'], `${entry.data.title.en} (edited)`);
    writeFileSync(file, String(edited));
    const { body } = await until(page, (_, text) => text.includes('(edited)'));
    expect(loadHtml(body)('h1').text()).toContain('(edited)');
  });

  it('shows every problem in the build’s words, on a banner and a problems page, and in the terminal', async () => {
    const broken = original.replace(/^value: .*$/m, 'value: 987654');
    expect(broken).not.toBe(original);
    writeFileSync(file, broken);
    const expected = checkSiteContent(workspace).problems.map((problem) => problem.message);
    expect(expected.length).toBeGreaterThan(0);
    const { body } = await until('/zh/places/', (status, text) => status === 200 && text.includes('dev-problems'));
    const banner = loadHtml(body)('.dev-problems');
    expect(banner.find('a').attr('href')).toBe('/zh/problems/');
    const problems = await until('/zh/problems/', (status) => status === 200);
    const shown = loadHtml(problems.body)('ol[data-problems] pre')
      .toArray()
      .map((element) => loadHtml(problems.body)(element).text());
    expect(shown).toEqual(expected);
    // Each message wraps at the window's width: a long path is never cut off.
    expect(problems.body).toMatch(/white-space:\s*pre-wrap/);
    for (const message of expected) expect(terminal).toContain(message);
  });

  it('sends a page that cannot render to the problems page, and clears when fixed', async () => {
    writeFileSync(file, `${original}\ntitle: twice\n`);
    const { location } = await until(page, (status) => status === 307);
    expect(location).toMatch(/\/en\/problems\/$/);
    const problems = await until('/en/problems/', (_, text) => text.includes('duplicated mapping key'));
    expect(problems.body).toContain(path);
    writeFileSync(file, original);
    const fixed = await until('/en/problems/', (_, text) => text.includes('data-problems="0"'));
    expect(fixed.status).toBe(200);
    await until(page, (status) => status === 200);
    expect(terminal).toContain('no problems left');
  });

  it('ignores what a build writes beside it (staging folder, published versions, cache)', async () => {
    const seen = terminal.length;
    for (const folder of ['.build-staging-1/en', '.dist-versions/v1/en', '.astro-cache/dist/en', 'watch-probe']) {
      mkdirSync(join(workspace, folder), { recursive: true });
      writeFileSync(join(workspace, folder, 'index.html'), '<!doctype html><title>built</title>');
    }
    // The last file written is outside them: once the server says it saw it, it has seen the others.
    while (!terminal.slice(seen).includes('[watch] watch-probe/index.html'))
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(terminal.slice(seen)).not.toMatch(/\[watch\] \.(build-staging|dist-versions|astro-cache)/);
  });

  it('shows drafts marked as drafts, on a drafts page linked from every page', async () => {
    writeFileSync(
      join(workspace, 'incoming.txt'),
      'Workflow\n国际交往中心功能建设\nicon\nSearch documents\n预览草稿测试文档\nTest Daily· 2031-04-05 09:30\n' +
        'Core Points - The city will open 12 new service halls [1]\n',
    );
    const tsx = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], { cwd: workspace, encoding: 'utf8' });
    expect(tsx('scripts/add-source.ts', 'incoming.txt', '--no-build').status).toBe(0);
    const slug = (
      parseYaml(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')) as { slug: string; title: string }[]
    ).find((entry) => entry.title === '预览草稿测试文档')!.slug;
    expect(tsx('scripts/draft.ts', slug).status).toBe(0);
    const home = await until('/en/', (_, text) => text.includes('dev-drafts'));
    expect(loadHtml(home.body)('.dev-drafts a').attr('href')).toBe('/en/drafts/');
    const { body } = await until('/en/drafts/', (status) => status === 200);
    const draft = loadHtml(body)(`[data-draft="${slug}#core-1"]`);
    expect(draft.find('mark').text()).toBe('Draft, not published');
    expect(draft.find('pre').text()).toContain('"value": 12');
    // Published nowhere: the statistics list does not have it.
    expect((await until('/en/statistics/', (status) => status === 200)).body).not.toContain('service halls');
  });
});
