import { describe, expect, it } from 'vitest';
import { CURATED_KIND_IDS, KIND_IDS, KINDS, kindOfSection, proseFile } from '../../src/lib/content/kinds';
import { SEARCH_KINDS } from '../../src/lib/content/kinds';
import { breadcrumbsFor } from '../../src/lib/page/route-data';
import { entryPath, entryUrl, localizedPath, referenceId } from '../../src/lib/urls/urls';
import type { AnchoredEntryData } from '../../src/lib/urls/groups';
import { citeScopeOf } from '../../src/lib/content/remark-cite-scope';

describe('kinds of entry', () => {
  it('give each kind its own URL section and search filter', () => {
    expect(new Set(KIND_IDS.map((kind) => KINDS[kind].section)).size).toBe(KIND_IDS.length);
    expect(KIND_IDS.map((kind) => KINDS[kind].searchKind).sort()).toEqual([...SEARCH_KINDS].sort());
    for (const kind of KIND_IDS) expect(kindOfSection(KINDS[kind].section)).toBe(kind);
  });

  it('place an entry on its own page or at an anchor of its group page, by its definition', () => {
    // An event dated to a month, a term whose title begins with a different letter in each language.
    const data = { title: { zh: '三里屯', en: 'Beijing Pass' }, date: '2024-07' };
    const at = (entryData: AnchoredEntryData, indexGroups: ReadonlySet<string> = new Set()) => ({
      data: entryData,
      indexGroups,
    });
    for (const kind of CURATED_KIND_IDS) {
      const { section, placement } = KINDS[kind];
      if (placement === 'page') {
        expect(entryPath(kind, 'x-y')).toBe(`${section}/x-y`);
        expect(entryUrl('zh', kind, 'x-y')).toBe(`/zh/${section}/x-y/`);
        continue;
      }
      // An anchored entry's URL needs its data: without it there is no URL to give.
      expect(() => entryUrl('zh', kind, 'x-y')).toThrow(/pass its placement/);
      const zh = entryUrl('zh', kind, 'x-y', at(data));
      const en = entryUrl('en', kind, 'x-y', at(data));
      expect(zh).toMatch(new RegExp(`^/zh/${section}/by-[a-z]+/[a-z0-9-]+/#x-y$`));
      expect(en).toMatch(new RegExp(`^/en/${section}/by-[a-z]+/[a-z0-9-]+/#x-y$`));
    }
    expect(entryUrl('en', 'events', 'x-y', at(data))).toBe('/en/timeline/by-month/2024-07/#x-y');
    expect(entryUrl('en', 'events', 'x-y', at({ ...data, date: '2024' }))).toBe('/en/timeline/by-month/2024/#x-y');
    expect(entryUrl('zh', 'glossary', 'x-y', at(data))).toBe('/zh/glossary/by-initial/s/#x-y');
    expect(entryUrl('en', 'glossary', 'x-y', at(data))).toBe('/en/glossary/by-initial/b/#x-y');
    expect(entryUrl('en', 'glossary', 'x-y', at({ title: { zh: '“一带一路”', en: '“Belt and Road”' } }))).toBe(
      '/en/glossary/by-initial/b/#x-y',
    );
    expect(entryUrl('en', 'glossary', 'x-y', at({ title: { zh: '5G', en: '5G' } }))).toBe(
      '/en/glossary/by-initial/other/#x-y',
    );
    // Where its group page is an index of finer groups, the entry lives on the finer one.
    expect(entryUrl('en', 'events', 'x-y', at(data, new Set(['en:timeline/by-month/2024-07'])))).toBe(
      '/en/timeline/by-month/2024-07/undated/#x-y',
    );
  });

  it('scope the footnotes of prose only for kinds whose entries share a page', () => {
    for (const kind of CURATED_KIND_IDS) {
      const scope = citeScopeOf(`/repo/${proseFile(kind, 'some-entry', 'en')}`);
      expect(scope).toBe(KINDS[kind].placement === 'anchor' ? 'some-entry' : null);
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
