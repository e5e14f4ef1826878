import { absoluteUrl, languageAlternates, resolveSiteOrigin, sitePath } from '../../src/lib/page/urls';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { isoDay, lastCommitTouching, lastUpdated, readHistory } from '../../src/lib/page/last-updated';
import { breadcrumbList, serializeJsonLd } from '../../src/lib/page/jsonld';
import { scholarDate, sitemapLinks } from '../../src/lib/page/site-meta';

describe('last updated', () => {
  // A merge (m, two parents) whose side branches touched different glossary files, then two commits.
  const log = [
    'm 2025-12-01T08:00:00+08:00\n\nsrc/content/glossary/b.yaml\n',
    'm 2025-12-01T08:00:00+08:00\n\nsrc/content/glossary/c.yaml\n',
    'a 2025-11-03T10:00:00+08:00\n\nsrc/content/events/a.yaml\n',
    'b 2025-10-01T09:00:00+08:00\n\nsrc/content/glossary/b.yaml\nseeds/x.txt\n',
  ]
    .map((record) => `\0${record}`)
    .join('');
  const git = () => log;

  it('takes the newest commit touching any of the files or folders', () => {
    expect(lastUpdated(['seeds/x.txt', 'src/content/events/a.yaml'], { git })).toBe('2025-11-03T10:00:00+08:00');
    expect(lastUpdated(['seeds'], { git })).toBe('2025-10-01T09:00:00+08:00');
    expect(lastUpdated(['.'], { git })).toBe('2025-12-01T08:00:00+08:00');
  });

  it('counts a merge only where it differs from every parent, as git log does', () => {
    expect(lastUpdated(['src/content/glossary'], { git })).toBe('2025-12-01T08:00:00+08:00');
    expect(lastUpdated(['src/content/glossary/b.yaml'], { git })).toBe('2025-10-01T09:00:00+08:00');
  });

  it('agrees with `git log -1 --format=%cI -- <files>` on this repository', () => {
    const history = readHistory()!;
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
    const folders = [...new Set(tracked.map((file) => file.split('/').slice(0, -1).join('/')).filter(Boolean))];
    // Every folder, and every tenth file (a git process each is slow).
    const samples = [
      ...folders.map((folder) => [folder]),
      ...tracked.filter((_, index) => index % 10 === 0).map((file) => [file]),
      ['seeds', 'src/content/sources.yaml'],
    ];
    for (const paths of samples) {
      const expected = execFileSync('git', ['log', '-1', '--format=%cI', '--', ...paths], { encoding: 'utf8' }).trim();
      expect(lastCommitTouching(history, paths), paths.join(' ')).toBe(expected);
    }
  });

  it('falls back to file times when git fails, and to the build time when the files are missing', () => {
    const failing = () => {
      throw new Error('git: not found');
    };
    expect(lastUpdated(['package.json'], { git: failing })).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const now = () => new Date('2025-01-02T03:04:05Z');
    expect(lastUpdated(['no/such/file'], { git: () => '', now })).toBe('2025-01-02T03:04:05.000Z');
  });

  it('keeps the committer’s own calendar day', () => {
    expect(isoDay('2025-11-03T01:00:00+08:00')).toBe('2025-11-03');
  });
});

describe('page metadata', () => {
  it('builds absolute hreflang alternates with x-default to the bilingual landing page', () => {
    expect(languageAlternates('https://example.org', 'timeline')).toEqual([
      { hreflang: 'zh-CN', href: 'https://example.org/zh/timeline/' },
      { hreflang: 'en', href: 'https://example.org/en/timeline/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
    expect(sitemapLinks('https://example.org/', 'https://example.org/')).toEqual([
      { lang: 'zh-CN', url: 'https://example.org/zh/' },
      { lang: 'en', url: 'https://example.org/en/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });

  it('keeps the base path of a site served under one in alternates and sitemap links', () => {
    expect(sitemapLinks('https://example.org/bj/en/timeline/', 'https://example.org/bj/')).toEqual([
      { lang: 'zh-CN', url: 'https://example.org/bj/zh/timeline/' },
      { lang: 'en', url: 'https://example.org/bj/en/timeline/' },
      { lang: 'x-default', url: 'https://example.org/bj/' },
    ]);
    expect(sitePath('/data/indicators.csv', '/bj/')).toBe('/bj/data/indicators.csv');
    expect(sitePath('/data/indicators.csv', '/')).toBe('/data/indicators.csv');
  });

  it('accepts an http or https SITE_URL, with or without a path, and refuses anything else by name', () => {
    expect(resolveSiteOrigin('https://example.org')).toEqual({
      href: 'https://example.org/',
      base: '/',
      isPlaceholder: false,
    });
    expect(resolveSiteOrigin('http://example.org/bj')).toMatchObject({ href: 'http://example.org/bj/', base: '/bj/' });
    expect(resolveSiteOrigin(undefined)).toMatchObject({ isPlaceholder: true, base: '/' });
    expect(() => resolveSiteOrigin('javascript:alert(1)')).toThrow(
      /^SITE_URL: "javascript:alert\(1\)" is not an address .*scheme is javascript:/,
    );
    expect(() => resolveSiteOrigin('example.org')).toThrow(
      /^SITE_URL: "example\.org" is not an address .*: it is not a URL/,
    );
    expect(() => resolveSiteOrigin('ftp://example.org')).toThrow(/SITE_URL/);
    expect(() => resolveSiteOrigin('https://example.org/?x=1')).toThrow(/^SITE_URL: .*it has a query or a fragment/);
  });

  it('uses the configured origin, with a default', () => {
    expect(absoluteUrl(undefined, '/en/')).toMatch(/^https:\/\/[^/]+\/en\/$/);
    expect(absoluteUrl(new URL('https://example.org'), '/zh/data/')).toBe('https://example.org/zh/data/');
  });

  it('writes Google Scholar dates with slashes', () => {
    expect(scholarDate('2025-11-03')).toBe('2025/11/03');
  });

  it('numbers breadcrumbs from 1 and keeps `</script>` out of JSON-LD', () => {
    const trail = breadcrumbList([
      { name: 'Home', url: 'https://example.org/en/' },
      { name: '</script>', url: 'https://example.org/en/glossary/' },
    ]);
    expect(trail.itemListElement).toMatchObject([{ position: 1 }, { position: 2 }]);
    const text = serializeJsonLd(trail);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual(trail);
  });
});
