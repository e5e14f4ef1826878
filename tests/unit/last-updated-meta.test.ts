import { absoluteUrl, languageAlternates, resolveSiteOrigin, sitePath } from '../../src/lib/urls/urls';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { isoDay, lastCommitTouching, lastUpdated, readHistory } from '../../src/lib/page/last-updated';
import { breadcrumbList, serializeJsonLd } from '../../src/lib/page/jsonld';
import { scholarDate, sitemapLinks } from '../../src/lib/page/site-meta';

describe('last updated', () => {
  // b ← a ← m on the main line; b ← c ← s on a side branch merged by m, which kept the main
  // line's glossary/b.yaml (s changed it) and took the side's glossary/c.yaml.
  const log = [
    'm 2025-12-01T08:00:00+08:00 a s\n\nsrc/content/glossary/c.yaml\n',
    'm 2025-12-01T08:00:00+08:00 a s\n\nsrc/content/events/a.yaml\nsrc/content/glossary/b.yaml\n',
    's 2025-11-25T10:00:00+08:00 c\n\nsrc/content/glossary/b.yaml\n',
    'c 2025-11-20T10:00:00+08:00 b\n\nsrc/content/glossary/c.yaml\n',
    'a 2025-11-03T10:00:00+08:00 b\n\nsrc/content/events/a.yaml\n',
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

  it('simplifies history as git log does: a merge counts where it differs from every parent', () => {
    expect(lastUpdated(['src/content/glossary'], { git })).toBe('2025-12-01T08:00:00+08:00');
    expect(lastUpdated(['src/content/glossary/c.yaml'], { git })).toBe('2025-11-20T10:00:00+08:00');
    // The side branch's change to b.yaml did not survive the merge: the content is b's.
    expect(lastUpdated(['src/content/glossary/b.yaml'], { git })).toBe('2025-10-01T09:00:00+08:00');
  });

  it('asks for each parent’s diff of a merge that git log -m shows fewer diffs for', () => {
    // o merged q with "ours": identical to p, so git log -m prints only its diff against q.
    const ours = [
      'o 2025-12-02T08:00:00+08:00 p q\n\nq.txt\n',
      'q 2025-11-02T08:00:00+08:00 p\n\nq.txt\n',
      'p 2025-10-02T08:00:00+08:00\n\np.txt\n',
    ]
      .map((record) => `\0${record}`)
      .join('');
    const asked: string[][] = [];
    const runner = (args: string[]) => {
      if (args[0] !== 'diff') return ours;
      asked.push(args);
      return args[2] === 'q' ? 'q.txt\n' : '';
    };
    // Identical to p for every file: the walk follows p, and q's change is not the content's.
    expect(lastUpdated(['q.txt'], { git: runner, now: () => new Date('2030-01-01') })).toBe('2030-01-01T00:00:00.000Z');
    expect(asked).toEqual([
      ['diff', '--name-only', 'p', 'o'],
      ['diff', '--name-only', 'q', 'o'],
    ]);
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
