import { describe, expect, it } from 'vitest';
import { isoDay, lastUpdated } from '../../src/lib/last-updated';
import { breadcrumbList, serializeJsonLd } from '../../src/lib/jsonld';
import { absoluteUrl, languageAlternates, scholarDate, sitemapLinks } from '../../src/lib/site-meta';

describe('last updated', () => {
  it('asks git for the newest commit touching the files', () => {
    const calls: string[][] = [];
    const git = (args: string[]) => (calls.push(args), '2025-11-03T10:00:00+08:00\n');
    expect(lastUpdated(['a.yaml', 'b.yaml'], { git })).toBe('2025-11-03T10:00:00+08:00');
    expect(calls).toEqual([['log', '-1', '--format=%cI', '--', 'a.yaml', 'b.yaml']]);
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
    expect(sitemapLinks('https://example.org/')).toEqual([
      { lang: 'zh-CN', url: 'https://example.org/zh/' },
      { lang: 'en', url: 'https://example.org/en/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
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
