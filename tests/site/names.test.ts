/**
 * Name certainty everywhere a name appears: a name the site identified or translated is never
 * shown as if the source said it, on any built page (lists, cards, related links, home, <title>,
 * h1, citation titles, JSON-LD, glossary). The names come from the content, not from this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/lib/read/site-content';
import { markedNamesOf } from '../../src/lib/format/provenance';
import { unmarkedNames } from '../helpers/names';
import { builtPages, DIST } from '../helpers/site';

const content = loadSiteContent('.');
const names = markedNamesOf({ places: content.entries.places, glossary: content.entries.glossary });

describe('names the site identified or translated', () => {
  it('exist in the content (else this test would check nothing)', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('carry their status wherever they appear on a built page', () => {
    const unmarked = builtPages().flatMap((page) =>
      unmarkedNames(readFileSync(join(DIST, page, 'index.html'), 'utf8'), names).map((found) => ({ page, ...found })),
    );
    expect(unmarked).toEqual([]);
  });

  it('carry their status in the RSS feeds and citation files too', () => {
    const feeds = ['zh', 'en'].map((lang) => readFileSync(join(DIST, lang, 'timeline', 'feed.xml'), 'utf8'));
    for (const feed of feeds) {
      const titles = [...feed.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);
      for (const title of titles) expect(unmarkedNames(`<title>${title}</title>`, names)).toEqual([]);
    }
  });

  it('are shown with a visible mark that is also their accessible text', () => {
    const zhGlossary = readFileSync(join(DIST, 'zh', 'glossary', 'index.html'), 'utf8');
    // The glossary lists the Chinese names; an English name the site identified is marked where it stands.
    for (const name of names.filter(({ text }) => /\p{Script=Han}/u.test(text))) {
      expect(zhGlossary).toMatch(
        new RegExp(`data-name-status="${name.status}"[^>]*>[^<]*${name.text}[\\s\\S]{0,80}?class="name-mark"`),
      );
    }
  });
});
