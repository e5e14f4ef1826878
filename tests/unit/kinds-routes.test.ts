import { describe, expect, it } from 'vitest';
import {
  CURATED_KIND_IDS,
  isAnchoredKind,
  KIND_IDS,
  KINDS,
  kindOfSection,
  proseFile,
  RESERVED_SLUGS,
} from '../../src/lib/content/kinds';
import { SEARCH_KINDS } from '../../src/lib/content/kinds';
import { breadcrumbsFor } from '../../src/lib/page/route-data';
import { entryGroupUrl, entryPath, entryUrl, formerSlugs, localizedPath, referenceId } from '../../src/lib/urls/urls';
import { isGroupPath, type AnchoredEntryData } from '../../src/lib/urls/groups';
import { citeScopeOf } from '../../src/lib/content/remark-cite-scope';

describe('kinds of entry', () => {
  it('give each kind its own URL section and search filter', () => {
    expect(new Set(KIND_IDS.map((kind) => KINDS[kind].section)).size).toBe(KIND_IDS.length);
    expect(KIND_IDS.map((kind) => KINDS[kind].searchKind).sort()).toEqual([...SEARCH_KINDS].sort());
    for (const kind of KIND_IDS) expect(kindOfSection(KINDS[kind].section)).toBe(kind);
  });

  it('give every entry its own page, and list a page-and-anchor entry at its anchor on its group page', () => {
    // An event dated to a month, a term whose title begins with a different letter in each language.
    const data = { title: { zh: '三里屯', en: 'Beijing Pass' }, date: '2024-07' };
    for (const kind of CURATED_KIND_IDS) {
      const { section } = KINDS[kind];
      // The one URL of every entry, whatever its kind: the same slug in both languages.
      expect(entryPath(kind, 'x-y')).toBe(`${section}/x-y`);
      expect(entryUrl('zh', kind, 'x-y')).toBe(`/zh/${section}/x-y/`);
      expect(entryUrl('en', kind, 'x-y')).toBe(`/en/${section}/x-y/`);
      // No slug an entry may take names a group path: the two can never collide.
      for (const reserved of RESERVED_SLUGS) expect(isGroupPath(entryPath(kind, reserved))).toBe(true);
      if (!isAnchoredKind(kind)) continue;
      expect(entryGroupUrl('zh', kind, data, new Set())).toMatch(new RegExp(`^/zh/${section}/by-[a-z]+/[a-z0-9-]+/$`));
    }
    const group = (
      lang: 'zh' | 'en',
      kind: 'events' | 'glossary',
      entry: AnchoredEntryData,
      index = new Set<string>(),
    ) => entryGroupUrl(lang, kind, entry, index);
    expect(group('en', 'events', data)).toBe('/en/timeline/by-month/2024-07/');
    expect(group('en', 'events', { ...data, date: '2024' })).toBe('/en/timeline/by-month/2024/');
    expect(group('zh', 'glossary', data)).toBe('/zh/glossary/by-initial/s/');
    expect(group('en', 'glossary', data)).toBe('/en/glossary/by-initial/b/');
    expect(group('en', 'glossary', { title: { zh: '“一带一路”', en: '“Belt and Road”' } })).toBe(
      '/en/glossary/by-initial/b/',
    );
    expect(group('en', 'glossary', { title: { zh: '5G', en: '5G' } })).toBe('/en/glossary/by-initial/other/');
    // Where its group page is an index of finer groups, the entry is listed on the finer one.
    expect(group('en', 'events', data, new Set(['en:timeline/by-month/2024-07']))).toBe(
      '/en/timeline/by-month/2024-07/undated/',
    );
  });

  it('scope the footnotes of prose only for kinds whose entries share a page', () => {
    for (const kind of CURATED_KIND_IDS) {
      const scope = citeScopeOf(`/repo/${proseFile(kind, 'some-entry', 'en')}`);
      expect(scope).toBe(KINDS[kind].placement === 'page-and-anchor' ? 'some-entry' : null);
    }
    expect(referenceId(2)).toBe('ref-2');
    expect(referenceId(2, 'some-entry')).toBe('some-entry-ref-2');
  });
});

describe('breadcrumbs', () => {
  it('follow the URL: home, the section list, the page', () => {
    const crumbs = breadcrumbsFor('en', 'places/some-place', 'Some place');
    expect(crumbs.map((crumb) => crumb.href)).toEqual([
      localizedPath('en'),
      localizedPath('en', 'places'),
      localizedPath('en', 'places/some-place'),
    ]);
    expect(crumbs.at(-1)?.label).toBe('Some place');
    expect(breadcrumbsFor('zh', 'about', '关于本站').map((crumb) => crumb.path)).toEqual(['', 'about']);
    expect(breadcrumbsFor('zh', '', '首页')).toHaveLength(1);
  });
});

describe('renamed entries', () => {
  it('keep the slugs they had as anchors: those renamed to the entry’s path, in its section only', () => {
    const renames = {
      'glossary/old-name': 'glossary/new-name',
      'glossary/older-name/': '/glossary/new-name',
      'places/old-name': 'places/new-name',
      'timeline/other': 'timeline/elsewhere',
    };
    expect(formerSlugs(renames, entryPath('glossary', 'new-name'))).toEqual(['old-name', 'older-name']);
    expect(formerSlugs(renames, entryPath('events', 'new-name'))).toEqual([]);
    expect(formerSlugs({}, entryPath('glossary', 'new-name'))).toEqual([]);
  });
});
