/**
 * Long lists in groups with stable URLs (src/lib/urls/groups.ts) on the built site: every list
 * links each of its groups, every group page is in the URL manifest, every entry is on exactly
 * one group page of its list (anchored entries at their anchor, as their anchor map says), and a
 * list shows its entries itself only up to WHOLE_LIST_LIMIT.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, readManifest } from '../../scripts/lib/url-manifest.mjs';
import { LANGUAGES } from '../../src/i18n/index';
import { WHOLE_LIST_LIMIT } from '../../src/lib/urls/groups';
import { curatedEntries, sourceDocuments } from '../helpers/content';
import { builtPages, DIST, readPage } from '../helpers/site';

const pages = builtPages();
const manifest = readManifest(readFileSync(MANIFEST_FILE, 'utf8'));
const groupPages = (lang: string, section: string) =>
  pages.filter((page) => new RegExp(`^/${lang}/${section}/by-[a-z]+/([^/]+/)+$`).test(page));
/** The page that links a group: its list for a list's group, its group's page (an index of parts) for a finer one. */
const parentOf = (group: string, lang: string, section: string) =>
  new RegExp(`^/${lang}/${section}/by-[a-z]+/[^/]+/$`).test(group)
    ? `/${lang}/${section}/`
    : group.replace(/[^/]+\/$/, '');

/** Each list: its section, the selector of one entry on a page, and its entries' ids. */
const LISTS = [
  {
    section: 'timeline',
    entry: '.timeline > li[id]',
    idOf: 'id',
    ids: () => curatedEntries('events').map((e) => e.id),
  },
  {
    section: 'glossary',
    entry: 'article.glossary-entry[id]',
    idOf: 'id',
    ids: () => curatedEntries('glossary').map((e) => e.id),
  },
  {
    section: 'statistics',
    entry: 'tr[data-indicator]',
    idOf: 'data-indicator',
    ids: () => curatedEntries('indicators').map((e) => e.id),
  },
  {
    section: 'sources',
    entry: '.card-list h2 a, .card-list h3 a',
    idOf: 'href',
    ids: () => sourceDocuments().map(({ slug }) => slug),
  },
] as const;

describe.each(LANGUAGES)('/%s/ lists in groups', (lang) => {
  it.each(LISTS)(
    '$section: the list links every group, a group its finer parts, each in the URL manifest',
    ({ section }) => {
      const groups = groupPages(lang, section);
      expect(groups.length, section).toBeGreaterThan(0);
      const listed = new Set(manifest);
      for (const group of groups) {
        const $ = readPage(parentOf(group, lang, section));
        expect($(`main a[href="${group}"]`).length, group).toBeGreaterThan(0);
        expect(listed.has(group), group).toBe(true);
      }
    },
  );

  it.each(LISTS)('$section: every entry is on exactly one group page', ({ section, entry, idOf, ids }) => {
    const seen = groupPages(lang, section).flatMap((page) => {
      const $ = readPage(page);
      return $(entry)
        .toArray()
        .map((element) => $(element).attr(idOf)!)
        .map((value) => (idOf === 'href' ? value.split('/').at(-2)! : value));
    });
    expect(seen.sort()).toEqual([...ids()].sort());
  });

  it.each(LISTS)('$section: the list shows its entries itself only up to the limit', ({ section, entry, ids }) => {
    const shown = readPage(`/${lang}/${section}/`)(entry).length;
    expect(shown, section).toBe(ids().length > WHOLE_LIST_LIMIT ? 0 : ids().length);
  });

  it.each(LISTS.filter((list) => list.section === 'timeline' || list.section === 'glossary'))(
    '$section: its anchor map names, for every entry, the group page that holds its anchor',
    ({ section, ids }) => {
      const map = JSON.parse(readFileSync(join(DIST, lang, section, 'anchors.json'), 'utf8')) as Record<string, string>;
      expect(Object.keys(map).sort()).toEqual([...ids()].sort());
      expect(manifest).toContain(`/${lang}/${section}/anchors.json`);
      for (const [slug, group] of Object.entries(map)) expect(readPage(group)(`[id="${slug}"]`).length, slug).toBe(1);
      // The list names its map, for the site script that forwards anchors no longer on it.
      expect(readPage(`/${lang}/${section}/`)(`[data-anchor-map="/${lang}/${section}/anchors.json"]`).length).toBe(1);
    },
  );
});
