import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenUrls, builtUrls, readManifest, writeManifest } from '../../scripts/lib/url-manifest.mjs';
import * as cheerio from 'cheerio';
// The page Astro itself writes for a redirect (not exported by the package: read from its file).
import { redirectTemplate } from '../../node_modules/astro/dist/core/routing/3xx.js';
import { redirectsFor, withSecurityPolicy } from '../../src/lib/page/redirects';
import { CSP_META } from '../../src/lib/page/security';

/** A tiny built site: one page, one file, a redirect as Astro writes it, and a bare redirect. */
function fixtureSite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'url-manifest-'));
  const files: Record<string, string> = {
    'en/new-name/index.html': '<!doctype html><title>New</title><h1>New</h1>',
    'en/old-name/index.html':
      '<!doctype html><title>Redirecting to: /en/new-name/</title><meta http-equiv="refresh" content="0;url=/en/new-name/"><meta name="robots" content="noindex"><link rel="canonical" href="https://example.org/en/new-name/"><body><a href="/en/new-name/">Redirecting</a></body>',
    'en/bare-redirect/index.html': '<!doctype html><meta http-equiv="refresh" content="0;url=/en/new-name/">',
    'en/loop/index.html':
      '<!doctype html><meta http-equiv="refresh" content="0;url=/en/loop/"><link rel="canonical" href="https://example.org/en/loop/">',
    'data/indicators.csv': 'id\n',
    '_astro/app.123.js': '',
    'pagefind/pagefind.js': '',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

describe('the URL manifest', () => {
  const dist = fixtureSite();

  it('is recorded by `npm run urls:update`, which adds every built URL and removes none', () => {
    const root = mkdtempSync(join(tmpdir(), 'urls-update-'));
    cpSync(dist, join(root, 'dist'), { recursive: true });
    mkdirSync(join(root, 'urls'));
    writeFileSync(join(root, 'urls/published.txt'), writeManifest(['/en/published-before/']));
    const result = spawnSync(process.execPath, [resolve('scripts/update-url-manifest.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const manifest = readManifest(readFileSync(join(root, 'urls/published.txt'), 'utf8'));
    expect([...manifest].sort()).toEqual([...builtUrls(dist), '/en/published-before/'].sort());
    expect(result.stdout).toContain(`[urls] ${builtUrls(dist).length} new URL(s) added to urls/published.txt`);
  });

  it('lists pages as folders and other files by name, but not hashed assets or the search index', () => {
    expect(builtUrls(dist)).toEqual([
      '/data/indicators.csv',
      '/en/bare-redirect/',
      '/en/loop/',
      '/en/new-name/',
      '/en/old-name/',
    ]);
  });

  it('accepts a page, a file and a redirect with a canonical link to a page that builds', () => {
    expect(brokenUrls(dist, ['/en/new-name/', '/data/indicators.csv', '/en/old-name/'])).toEqual([]);
  });

  it('reports a vanished page or file, a redirect without canonical link, and a redirect loop', () => {
    expect(brokenUrls(dist, ['/en/gone/', '/data/gone.csv', '/en/bare-redirect/', '/en/loop/'])).toEqual([
      '/en/gone/: no page',
      '/data/gone.csv: no such file',
      '/en/bare-redirect/: a redirect without a canonical link',
      '/en/loop/: redirect loop',
    ]);
  });

  it('writes a sorted, de-duplicated manifest that reads back, comments aside', () => {
    const text = writeManifest(['/b/', '/a/', '/b/']);
    expect(text.startsWith('#')).toBe(true);
    expect(readManifest(text)).toEqual(['/a/', '/b/']);
  });
});

describe('redirects for renamed pages', () => {
  it('redirects the old path to the new one in both languages', () => {
    expect(redirectsFor({ 'places/old-name': 'places/new-name' })).toEqual({
      '/zh/places/old-name/': '/zh/places/new-name/',
      '/en/places/old-name/': '/en/places/new-name/',
    });
  });
  it('refuses a rename to itself', () => {
    expect(() => redirectsFor({ glossary: 'glossary' })).toThrow(/renamed to itself/);
  });
  it.each([
    ['../../../etc', 'places'],
    ['places/../../x', 'places'],
    ['/places/old', 'places'],
    ['places', '/etc/passwd'],
    ['places', 'javascript:alert(1)'],
    ['places', 'https://evil.example/x'],
    ['places', '//evil.example/x'],
    ['places/a b', 'places'],
    ['places/%2e%2e', 'places'],
    ['places', 'places/x?y=1'],
    ['', 'places'],
    ['places\\..\\x', 'places'],
  ])('refuses %j → %j, naming urls/renames.json and the key', (from, to) => {
    expect(() => redirectsFor({ [from]: to })).toThrow(
      new RegExp(
        `^urls/renames\\.json \\(key ${JSON.stringify(from).replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}\\): the (key|target) .* is not a path of the site\\.\n  → `,
      ),
    );
  });

  it('gives the redirect page Astro writes the site’s CSP, first in its head', () => {
    const html = redirectTemplate({
      status: 301,
      absoluteLocation: 'https://example.org/en/places/new-name/',
      relativeLocation: '/en/places/new-name/',
      from: '/en/places/old-name/',
    });
    expect(cheerio.load(html)('meta[http-equiv="content-security-policy" i]').length).toBe(0);
    const $ = cheerio.load(withSecurityPolicy(html));
    const metas = $('meta[http-equiv="content-security-policy" i]');
    expect(metas.length).toBe(1);
    expect(metas.attr('content')).toBe(CSP_META);
    expect($('head').children().first().is(metas)).toBe(true);
    expect($('meta[http-equiv="refresh"]').length).toBe(1);
    // The refresh as HTML specifies it, with a space after the delay (the Nu checker refuses "0;url=").
    expect($('meta[http-equiv="refresh"]').attr('content')).toMatch(/^\d+; url=\//);
    expect(withSecurityPolicy(withSecurityPolicy(html))).toBe(withSecurityPolicy(html));
  });
});
