/**
 * The parts of incremental builds that need no build: what a page's render records, at which
 * grain; the cache key made from it; the record kept between builds; the search index's
 * fingerprint. tests/build/incremental.test.ts runs real builds.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleFingerprint } from '../../scripts/lib/search-index-cache.mjs';
import {
  loadPageReads,
  mergePageReads,
  pageKey,
  serializePageReads,
  withRenderedKeys,
} from '../../src/lib/incremental/page-reads-file';
import { cacheKeyOf, forgetReadHashes, readName, recordingReads, stableHash } from '../../src/lib/incremental/reads';
import { around, resolveRead, tracked } from '../../src/registry/tracked';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function knowledge() {
  return {
    sources: [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }],
    bySlug: new Map([
      ['a', { title: 'A' }],
      ['b', { title: 'B' }],
    ]),
    pending: new Set(['a#core-1']),
    entries: { events: [{ id: 'e1' }] },
  };
}

describe('what a render records', () => {
  // Each test's values are its own, under the same names.
  beforeEach(forgetReadHashes);

  it('records a key of a Map or Set by itself, and a list or an iteration whole', async () => {
    const data = tracked(knowledge(), ['knowledge']);
    const [, reads] = await recordingReads(async () => {
      data.bySlug.get('a');
      data.pending.has('b#core-1');
      void data.entries.events.length;
    });
    expect([...reads.keys()].sort()).toEqual(
      [
        readName(['knowledge', 'bySlug', { key: 'a' }]),
        readName(['knowledge', 'pending', { key: 'b#core-1' }]),
        readName(['knowledge', 'entries', 'events']),
      ].sort(),
    );
    const [, whole] = await recordingReads(async () => {
      for (const [slug] of data.bySlug) void slug;
    });
    expect([...whole.keys()]).toEqual([readName(['knowledge', 'bySlug'])]);
  });

  it('records nothing outside a render, and gives the values unchanged', () => {
    const raw = knowledge();
    const data = tracked(raw, ['knowledge']);
    expect(data.bySlug.get('b')).toBe(raw.bySlug.get('b'));
    expect(data.sources).toBe(raw.sources);
  });

  it('looks each recorded read up again, to the value the render saw', async () => {
    const raw = knowledge();
    const data = tracked(raw, ['knowledge']);
    const [, reads] = await recordingReads(async () => {
      data.bySlug.get('b');
      data.pending.has('a#core-1');
      void data.sources;
    });
    for (const [name, hash] of reads) {
      const [, ...path] = JSON.parse(name);
      expect(stableHash(resolveRead(raw, path)), name).toBe(hash);
    }
  });

  it('finds the neighbours of an item in its list, by id or slug', () => {
    const { sources } = knowledge();
    expect(around(sources, 'b')).toEqual({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(around(sources, 'a')).toEqual({ previous: undefined, next: { slug: 'b' } });
    expect(around(sources, 'missing')).toEqual({});
    expect(resolveRead({ sources }, ['sources', { around: 'c' }])).toEqual([{ slug: 'b' }, null]);
  });
});

describe('cache keys', () => {
  it('hash the same data the same way, whatever the key order of its objects or of the reads', () => {
    expect(stableHash({ a: 1, b: new Map([['x', 2]]) })).toBe(stableHash({ a: 1, b: new Map([['x', 2]]) }));
    expect(stableHash(new Set(['a', 'b']))).not.toBe(stableHash(new Set(['b', 'a'])));
    expect(stableHash(new Date('2025-01-01'))).not.toBe(stableHash(new Date('2025-01-02')));
    expect(
      cacheKeyOf({ item: 1 }, [
        ['x', '1'],
        ['y', '2'],
      ]),
    ).toBe(
      cacheKeyOf({ item: 1 }, [
        ['y', '2'],
        ['x', '1'],
      ]),
    );
  });

  it('change with the props, with a value read, and with what was read', () => {
    const key = cacheKeyOf({ item: 1 }, [['x', '1']]);
    expect(cacheKeyOf({ item: 2 }, [['x', '1']])).not.toBe(key);
    expect(cacheKeyOf({ item: 1 }, [['x', '2']])).not.toBe(key);
    expect(cacheKeyOf({ item: 1 }, [['z', '1']])).not.toBe(key);
    // No props and empty props are one thing: Astro gives a page without props `{}`.
    expect(cacheKeyOf(undefined, [])).toBe(cacheKeyOf({}, []));
  });

  it('name a page by its route and params, in any order of the params', () => {
    expect(pageKey('/[lang]/sources/[slug]', { slug: 'x', lang: 'zh' })).toBe(
      pageKey('/[lang]/sources/[slug]', { lang: 'zh', slug: 'x', page: undefined }),
    );
    expect(pageKey('/[lang]/sources/[slug]', { lang: 'en', slug: 'x' })).not.toBe(
      pageKey('/[lang]/sources/[slug]', { lang: 'zh', slug: 'x' }),
    );
  });
});

describe('the record kept between builds', () => {
  it('keeps the reads of the pages of this build: rendered ones anew, reused ones as they were', () => {
    const previous = new Map([
      ['kept', ['r1']],
      ['rendered', ['old']],
      ['gone', ['r2']],
    ]);
    const next = mergePageReads(previous, new Map([['rendered', ['new']]]), new Set(['kept', 'rendered', 'fresh']));
    expect([...next]).toEqual([
      ['kept', ['r1']],
      ['rendered', ['new']],
    ]);
  });

  it('reads back what it wrote, and reads a damaged file as none', () => {
    const folder = mkdtempSync(join(tmpdir(), 'page-reads-'));
    folders.push(folder);
    const pages = new Map([
      ['p1', ['a', 'b']],
      ['p2', ['b']],
    ]);
    writeFileSync(join(folder, 'reads.json'), serializePageReads(pages));
    expect(loadPageReads(join(folder, 'reads.json'))).toEqual(pages);
    writeFileSync(join(folder, 'broken.json'), '{"names": [');
    expect(loadPageReads(join(folder, 'broken.json')).size).toBe(0);
    expect(loadPageReads(join(folder, 'missing.json')).size).toBe(0);
  });

  it("gives Astro's cache the key of each page's render, and leaves a format it does not know alone", () => {
    const cache = JSON.stringify({
      version: 1,
      routes: { 'src/pages/x.astro': { paths: { '/zh/x/': { cacheKey: 'before' }, '/en/x/': { cacheKey: 'kept' } } } },
    });
    const patched = JSON.parse(withRenderedKeys(cache, new Map([['/zh/x/', 'after']]))!);
    expect(patched.routes['src/pages/x.astro'].paths).toEqual({
      '/zh/x/': { cacheKey: 'after' },
      '/en/x/': { cacheKey: 'kept' },
    });
    expect(withRenderedKeys(JSON.stringify({ version: 2, routes: {} }), new Map())).toBeNull();
    expect(withRenderedKeys('not json', new Map())).toBeNull();
  });
});

describe("a search bundle's fingerprint", () => {
  it('changes with a page of the bundle, a page more, or the settings, and with nothing else', () => {
    const site = mkdtempSync(join(tmpdir(), 'bundle-'));
    folders.push(site);
    mkdirSync(join(site, 'en/sources/a'), { recursive: true });
    mkdirSync(join(site, 'en/places'), { recursive: true });
    writeFileSync(join(site, 'en/sources/a/index.html'), '<p>a</p>');
    const glob = 'en/sources/**/*.html';
    const first = bundleFingerprint(site, glob, { version: 1 });
    writeFileSync(join(site, 'en/places/index.html'), '<p>not in the bundle</p>');
    expect(bundleFingerprint(site, glob, { version: 1 })).toBe(first);
    expect(bundleFingerprint(site, glob, { version: 2 })).not.toBe(first);
    writeFileSync(join(site, 'en/sources/a/index.html'), '<p>a!</p>');
    const edited = bundleFingerprint(site, glob, { version: 1 });
    expect(edited).not.toBe(first);
    mkdirSync(join(site, 'en/sources/b'), { recursive: true });
    writeFileSync(join(site, 'en/sources/b/index.html'), '<p>b</p>');
    expect(bundleFingerprint(site, glob, { version: 1 })).not.toBe(edited);
  });
});
