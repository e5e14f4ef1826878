/** The release gate (src/lib/checks/release.ts): what a release build refuses, and when a build is one. */
import { describe, expect, it } from 'vitest';
import { isPlaceholderHost, isReleaseBuild, releaseProblems, releaseRefusal } from '../../src/lib/checks/release';
import { DEFAULT_SITE_URL } from '../../src/lib/urls/urls';
import { siteConfig, type SiteConfig } from '../../src/site.config';

const ready: SiteConfig = {
  ...siteConfig,
  publisher: { zh: '某出版方', en: 'A publisher' },
  contact: 'editors@beijing-exchange.cn',
  origin: 'https://beijing-exchange.cn/',
};
const where = (config: SiteConfig, siteUrl?: string) =>
  releaseProblems(config, siteUrl).map((problem) => problem.message.split(':')[0]);

describe('a release build', () => {
  it('is asked for by --release or RELEASE=1, not by CI alone', () => {
    expect(isReleaseBuild({ release: true }, {})).toBe(true);
    expect(isReleaseBuild({}, { RELEASE: '1' })).toBe(true);
    expect(isReleaseBuild({ release: false }, { CI: 'true' })).toBe(false);
    expect(isReleaseBuild({}, { RELEASE: '0', CI: '1' })).toBe(false);
  });

  it('passes when origin, publisher and contact are set', () => {
    expect(releaseProblems(ready, undefined)).toEqual([]);
    expect(releaseProblems({ ...ready, origin: null }, 'https://bj.example.cn/site/')).toEqual([]);
  });

  it('refuses every placeholder at once, naming each field and what to set', () => {
    const unset: SiteConfig = { ...ready, publisher: null, contact: null, origin: null };
    const problems = releaseProblems(unset, undefined);
    expect(problems.map((problem) => problem.message.split(':')[0])).toEqual([
      'src/site.config.ts (origin)',
      'src/site.config.ts (publisher)',
      'src/site.config.ts (contact)',
    ]);
    expect(problems[0].message).toContain(DEFAULT_SITE_URL);
    expect(problems[0].hint).toMatch(/set SITE_URL to the public origin/);
    expect(problems[1].message).toMatch(/not yet set/);
    expect(problems[1].hint).toMatch(/set publisher to/);
    expect(problems[2].hint).toMatch(/set contact to an email address or an https:\/\/ URL/);
    const refusal = releaseRefusal(problems);
    expect(refusal).toMatch(/^A release build refuses placeholder settings \(3 problems\)/);
    expect(refusal).toMatch(/without --release/);
  });

  it('refuses an origin or contact on a host reserved for examples, wherever it is set', () => {
    expect(where(ready, 'https://example.org/')).toEqual(['SITE_URL']);
    expect(where({ ...ready, origin: 'https://docs.example.com/bj/' }, undefined)).toEqual([
      'src/site.config.ts (origin)',
    ]);
    expect(where({ ...ready, contact: 'editor@example.net' }, undefined)).toEqual(['src/site.config.ts (contact)']);
    expect(where({ ...ready, contact: 'https://contact.test/form' }, undefined)).toEqual([
      'src/site.config.ts (contact)',
    ]);
    for (const host of ['example.org', 'www.example.com', 'site.test', 'localhost', 'x.invalid']) {
      expect(isPlaceholderHost(host), host).toBe(true);
    }
    for (const host of ['example.org.cn', 'myexample.org', 'beijing.gov.cn']) {
      expect(isPlaceholderHost(host), host).toBe(false);
    }
  });
});
