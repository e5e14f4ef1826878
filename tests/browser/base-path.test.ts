/**
 * A site served under a path (`SITE_URL=http://127.0.0.1:<port>/bj/`): the real build in a copy
 * of the project, then every URL it writes (pages, data files, feeds, sitemap, robots.txt,
 * /cite/ files, CSV) and the site in Chromium (styles, navigation, search, 404).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { serveDirectory } from '../helpers/static-server';

const PORT = 4395;
const BASE = '/bj/';
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SITE_URL = `${ORIGIN}${BASE}`;
const COPIED = ['src', 'seeds', 'public', 'scripts', 'urls', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

let workspace: string;
let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? (name === 'pagefind' ? [] : filesUnder(path)) : [path];
  });
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
  ]) {
    delete inherited[name];
  }
  return inherited;
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'site-base-path-'));
  for (const entry of COPIED) cpSync(resolve(entry), join(workspace, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(workspace, 'node_modules'), 'dir');
  const run = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...buildEnvironment(), SITE_URL },
  });
  if (run.status !== 0) throw new Error(`the path-prefixed build failed:\n${run.stdout}\n${run.stderr}`);
  expect(run.stdout + run.stderr).not.toMatch(/origin is the placeholder/);
  dist = join(workspace, 'dist');
  server = await serveDirectory(dist, BASE, PORT);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('a build under a path', () => {
  it('writes every root-relative and absolute link of every page under the path', () => {
    const pages = filesUnder(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      const urls = $('[href], [src], [action], meta[content^="http"]')
        .map(
          (_, element) =>
            $(element).attr('href') ??
            $(element).attr('src') ??
            $(element).attr('action') ??
            $(element).attr('content'),
        )
        .get()
        .filter((url): url is string => typeof url === 'string');
      for (const url of urls) {
        if (url.startsWith('/')) expect(url, `${file}: ${url}`).toMatch(/^\/bj\//);
        if (url.startsWith(ORIGIN)) expect(url, `${file}: ${url}`).toMatch(new RegExp(`^${SITE_URL}`));
      }
      // No preview notice: the origin is set.
      expect($('.preview-notice').length, file).toBe(0);
    }
  });

  it('writes the path into data files, feeds, sitemap, robots.txt and citation files', () => {
    const texts = filesUnder(dist)
      .filter((file) => /\.(xml|csv|json|txt|bib|ris)$/.test(file) && !file.includes('pagefind'))
      .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    const withOrigin = texts.filter(({ text }) => text.includes(ORIGIN));
    expect(withOrigin.map(({ file }) => file.slice(dist.length))).toEqual(
      expect.arrayContaining(['/sitemap-index.xml', '/robots.txt', '/data/indicators.csv']),
    );
    for (const { file, text } of withOrigin) {
      for (const url of text.match(/http:\/\/127\.0\.0\.1:\d+[^\s"'<>,)]*/g) ?? []) {
        expect(url, file).toMatch(new RegExp(`^${SITE_URL}`));
      }
    }
  });

  it('serves styled pages whose navigation, search and 404 stay under the path in Chromium', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_URL}en/`);
    // The stylesheet loaded: the header has its background colour.
    const background = await page
      .locator('.site-header')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await navigation.getByRole('link').nth(1).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/bj\/en\/[a-z]+\/$/);
    // A place's title, searched for from the header box, leads to results under the path.
    await page.goto(`${SITE_URL}en/places/`);
    const placeTitle = (await page
      .locator('main a[href^="/bj/en/places/"]:not(.breadcrumbs a)')
      .first()
      .textContent())!.trim();
    await page.locator('#site-search-query').fill(placeTitle);
    await page.locator('#site-search-query').press('Enter');
    await page.waitForURL(`${SITE_URL}en/search/?q=*`);
    const result = page.locator('#search-results a[href*="/places/"]').first();
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getAttribute('href')).toMatch(/^\/bj\/en\/places\//);
    // An unknown address shows the site's 404 page, whose home links stay under the path.
    const response = await page.goto(`${SITE_URL}en/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('a[href="/bj/zh/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/bj/en/"]').count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('labels results from the other language as such, their URLs under the path', async () => {
    const page = await browser.newPage();
    await page.goto(`${SITE_URL}zh/places/`);
    const chineseTitle = (await page
      .locator('main a[href^="/bj/zh/places/"]:not(.breadcrumbs a)')
      .first()
      .textContent())!.trim();
    await page.goto(`${SITE_URL}en/search/?q=${encodeURIComponent(chineseTitle)}&also=1`);
    const fromChinese = page.locator('#search-results li.search-result:has(a[href^="/bj/zh/"])').first();
    await fromChinese.waitFor({ timeout: 20_000 });
    expect(await fromChinese.getAttribute('lang')).toBe('zh-CN');
    const label = (await page.locator('#search-form').getAttribute('data-other-language-label'))!;
    expect(label.length).toBeGreaterThan(0);
    expect(await fromChinese.locator('.search-result-about').textContent()).toContain(label);
    await page.close();
  }, 60_000);

  it('gives facts the citation keys of the root deployment, and builds every legacy /cite/ file', () => {
    const legacy = readFileSync('urls/legacy-cite-files.txt', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const built = new Set(readdirSync(join(dist, 'cite')));
    expect(legacy.filter((file) => !built.has(file))).toEqual([]);
    const keys = new Set<string>();
    for (const file of filesUnder(dist).filter((path) => path.endsWith('.html'))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/@\w+\{(bjiec_[a-z0-9_]+),/g)) keys.add(key);
    }
    expect(keys.size).toBeGreaterThan(10);
    // The key is made from the route (`/en/timeline/#x` → bjiec_en_timeline_x), never the base path.
    for (const key of keys) expect(key).toMatch(/^bjiec_(zh|en)(_|$)/);
  });
});
