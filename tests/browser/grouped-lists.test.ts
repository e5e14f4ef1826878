/**
 * Lists grown past the whole-list limit (src/lib/urls/groups.ts): a copy of the project with
 * more events and glossary terms than WHOLE_LIST_LIMIT (each a copy of an existing entry under
 * a new slug and title), built for real and read in Chromium. The list pages then show only
 * their groups, and an anchor published on a list page before (`/en/timeline/#slug`) still
 * lands on the entry, on its group page; the language switch of a glossary initial's page
 * keeps the term. More terms of one initial than a page holds (the glossary's grouping limit) make that initial's
 * page an index of finer groups: every part linked from it, each part within the page budget,
 * and an anchor published on the initial's page before it was split still lands on the term.
 * With script off, such an anchor on a split group's page shows the entry's name, linked to its page.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { copyProject } from '../../scripts/lib/project-files.mjs';
import { groupLimit, WHOLE_LIST_LIMIT } from '../../src/lib/urls/groups';
import { CURATED_KINDS } from '../../src/lib/content/kinds';
import { launchChromium } from '../helpers/browser';
import { BUDGET } from '../helpers/budget';
import { gzipBytes } from '../helpers/dist';
import { serveDirectory } from '../helpers/static-server';

let workspace: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

/** `a`, `b`, … `z`, `ba`, …: a suffix without digits (a digit in a title reads as a figure). */
const letters = (n: number): string =>
  (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + 'abcdefghijklmnopqrstuvwxyz'[n % 26];

/**
 * Copies of the first entry of a kind, until the kind has more entries than a list shows whole;
 * events until the first one's period, which they share, has more than a group page lists.
 */
function growKind(kind: 'events' | 'glossary') {
  const directory = join(workspace, CURATED_KINDS[kind].directory);
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const original = parseYaml(readFileSync(join(directory, files[0]), 'utf8'));
  const copies = Math.max(WHOLE_LIST_LIMIT + 1 - files.length, kind === 'events' ? groupLimit('events') + 1 : 0);
  for (let n = 0; n < copies; n += 1) {
    const suffix = letters(n);
    const copy = {
      ...original,
      title: { zh: `${original.title.zh}（${suffix}）`, en: `${original.title.en} (${suffix})` },
      names: { zh: [], en: [] },
      searchTerms: { zh: [], en: [] },
    };
    writeFileSync(join(directory, `${files[0].replace(/\.yaml$/, '')}-copy-${suffix}.yaml`), stringifyYaml(copy));
  }
}

/** Initials of the terms that overflow one initial's page, and the first characters of their Chinese titles. */
const OVERFLOW_INITIAL = 'O';
const OVERFLOW_SECOND_LETTERS = 'abcde';
const OVERFLOW_ZH_STARTS = ['国', '高', '港', '歌', '古'];

/** More copies of the first term than one page holds, whose English titles share an initial but not their next letter. */
function overflowInitial() {
  const directory = join(workspace, CURATED_KINDS.glossary.directory);
  const first = readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .sort()[0];
  const original = parseYaml(readFileSync(join(directory, first), 'utf8'));
  for (let n = 0; n <= groupLimit('glossary') + 5; n += 1) {
    const suffix = letters(n);
    const second = OVERFLOW_SECOND_LETTERS[n % OVERFLOW_SECOND_LETTERS.length];
    const copy = {
      ...original,
      title: {
        zh: `${OVERFLOW_ZH_STARTS[n % OVERFLOW_ZH_STARTS.length]}${original.title.zh}（${suffix}）`,
        en: `${OVERFLOW_INITIAL}${second}${suffix} ${original.title.en}`,
      },
      names: { zh: [], en: [] },
      searchTerms: { zh: [], en: [] },
    };
    writeFileSync(join(directory, `overflow-${suffix}.yaml`), stringifyYaml(copy));
  }
}

/** The test runner's environment without what Vitest adds (its BASE_URL would override Astro's `base`). */
function buildEnvironment(): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'NODE_ENV',
  ])
    delete inherited[name];
  return inherited;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address() as AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

const dist = () => realpathSync(join(workspace, 'dist'));
/** The list's group a group page lies in: `/en/glossary/by-initial/o/oa/` → `/en/glossary/by-initial/o/`. */
const topGroup = (path: string) => /^\/[a-z]+\/[a-z]+\/by-[a-z]+\/[^/]+\//.exec(path)![0];
const anchorMap = (lang: string, section: string): Record<string, string> =>
  JSON.parse(readFileSync(join(dist(), lang, section, 'anchors.json'), 'utf8'));

beforeAll(async () => {
  workspace = copyProject('grouped-lists');
  growKind('events');
  growKind('glossary');
  overflowInitial();
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: workspace,
    encoding: 'utf8',
    env: buildEnvironment(),
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-3000)}`);
  server = await serveDirectory(dist(), '/', await freePort());
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe(`lists of more than ${WHOLE_LIST_LIMIT} entries`, () => {
  it('show their groups, not their entries, and link every group', async () => {
    const page = await browser.newPage();
    for (const [section, selector] of [
      ['timeline', '.timeline > li[id]'],
      ['glossary', 'article.glossary-entry[id]'],
    ] as const) {
      // The list links each of its groups; a finer group is linked from its group's page (below).
      const groups = [...new Set(Object.values(anchorMap('en', section)).map((path) => topGroup(path)))];
      await page.goto(`${server.origin}/en/${section}/`);
      expect(await page.locator(selector).count(), section).toBe(0);
      for (const group of groups) expect(await page.locator(`main a[href="${group}"]`).count(), group).toBe(1);
    }
    await page.close();
  });

  it('forward an anchor published on the list page to the entry on its group page', async () => {
    const page = await browser.newPage();
    for (const [lang, section] of [
      ['en', 'timeline'],
      ['zh', 'timeline'],
      ['en', 'glossary'],
    ] as const) {
      const map = anchorMap(lang, section);
      const slugs = Object.keys(map);
      expect(slugs.length, section).toBeGreaterThan(WHOLE_LIST_LIMIT);
      // The first and the last entry: an original and a copy.
      for (const slug of [slugs[0], slugs.at(-1)!]) {
        await page.goto(`${server.origin}/${lang}/${section}/#${slug}`);
        await page.waitForURL(`**${map[slug]}#${slug}`);
        await expect.poll(() => page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
        // The entry is cited at its own page, the URL that never moves.
        const cited = new URL((await page.locator(`[id="${slug}"] a.cite-url`).getAttribute('href'))!);
        expect(cited.pathname + cited.hash).toBe(`/${lang}/${section}/${slug}/`);
      }
    }
    // A fragment that names no entry leaves the reader on the list.
    await page.goto(`${server.origin}/en/timeline/#no-such-entry`);
    await page.waitForTimeout(500);
    expect(new URL(page.url()).pathname).toBe('/en/timeline/');
    await page.close();
  });

  it('keep, on a group page split into parts, every entry it listed at its anchor, linked to its own page, with script off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, section] of [
      ['en', 'timeline'],
      ['zh', 'timeline'],
      ['en', 'glossary'],
      ['zh', 'glossary'],
    ] as const) {
      // Entries that live on a finer part of their group: the group's page is now an index.
      const moved = Object.entries(anchorMap(lang, section)).filter(([, path]) => topGroup(path) !== path);
      expect(moved.length, section).toBeGreaterThan(0);
      const groups = new Set(moved.map(([, path]) => topGroup(path)));
      for (const group of groups) {
        const html = readFileSync(join(dist(), group, 'index.html'));
        expect(gzipBytes(html), group).toBeLessThan(BUDGET.htmlPageBytes);
      }
      // The first and the last such entry: the anchor shows its name, linked to its own page.
      for (const [slug, path] of [moved[0], moved.at(-1)!]) {
        await page.goto(`${server.origin}${topGroup(path)}#${slug}`);
        expect(new URL(page.url()).pathname).toBe(topGroup(path));
        const link = page.locator(`[id="${slug}"] a`);
        expect(await link.isVisible(), `${topGroup(path)}#${slug}`).toBe(true);
        expect(await link.getAttribute('href')).toBe(`/${lang}/${section}/${slug}/`);
        const name = (await link.textContent())!.trim();
        await link.click();
        await page.waitForURL(`**/${lang}/${section}/${slug}/`);
        expect((await page.locator('h1').textContent())!.replace(/\s+/g, ' ').trim()).toContain(name);
      }
    }
    await context.close();
  });

  it('switch language from a glossary initial’s page to the same term in the other language', async () => {
    const page = await browser.newPage();
    const zh = anchorMap('zh', 'glossary');
    const en = anchorMap('en', 'glossary');
    // A term whose initial differs between the languages, if there is one.
    const slug =
      Object.keys(zh).find((id) => zh[id].split('/').at(-2) !== en[id].split('/').at(-2)) ?? Object.keys(zh)[0];
    await page.goto(`${server.origin}${zh[slug]}#${slug}`);
    await page.locator('.lang-switch').click();
    await page.waitForURL(`**${en[slug]}#${slug}`);
    await expect.poll(() => page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
    // Without script, the switch is a plain link to the other language's glossary.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it(`split a group of more than ${groupLimit('glossary')} terms into parts, each linked from the group's page and within the page budget`, async () => {
    const map = anchorMap('en', 'glossary');
    const group = `/en/glossary/by-initial/${OVERFLOW_INITIAL.toLowerCase()}/`;
    const parts = [...new Set(Object.values(map).filter((path) => path.startsWith(group)))];
    // Every term of the initial lives on a finer page below the initial's, one per next letter.
    expect(parts.sort()).toEqual(
      [...OVERFLOW_SECOND_LETTERS].map((second) => `${group}${OVERFLOW_INITIAL.toLowerCase()}${second}/`),
    );
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}${group}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('article.glossary-entry').count()).toBe(0);
    for (const part of parts) {
      expect(await page.locator(`main a[href="${part}"]`).count(), part).toBe(1);
      const html = readFileSync(join(dist(), part, 'index.html'));
      expect(gzipBytes(html), part).toBeLessThan(BUDGET.htmlPageBytes);
      const terms = Object.entries(map).filter(([, path]) => path === part);
      expect(terms.length, part).toBeLessThanOrEqual(groupLimit('glossary'));
      // The part's page holds each of its terms, and says what it lists.
      for (const [slug] of terms) expect(html.includes(`id="${slug}"`), `${part}#${slug}`).toBe(true);
      expect(html.toString()).toMatch(/<meta name="description" content="[^"]+"/);
    }
    // The group's CSL-JSON file, published before it was split, still cites each of its terms, at its own page.
    const cited = JSON.parse(readFileSync(join(dist(), group, 'cite.json'), 'utf8')) as { URL: string }[];
    expect(cited.map((item) => new URL(item.URL).pathname + new URL(item.URL).hash).sort()).toEqual(
      Object.entries(map)
        .filter(([, path]) => path.startsWith(group))
        .map(([slug]) => `/en/glossary/${slug}/`)
        .sort(),
    );
    // The index is left out of the search index: its terms are found on their parts' pages.
    expect(await page.locator('main[data-pagefind-body]').count()).toBe(0);
    // An anchor published on the initial's page before it was split lands on the term's part.
    const [slug, part] = Object.entries(map).find(([, path]) => path.startsWith(group))!;
    await page.goto(`${server.origin}${group}#${slug}`);
    await page.waitForURL(`**${part}#${slug}`);
    await expect.poll(() => page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
    // A part's breadcrumbs lead back to its initial's page.
    expect(await page.locator(`.breadcrumbs a[href="${group}"]`).count()).toBe(1);
    await page.close();
  });
});
