import { describe, expect, it } from 'vitest';
import { CURATED_KIND_IDS, CURATED_KINDS, type CuratedKind } from '../../src/lib/content/kinds';
import { checkNamesAndTerms, nameKey } from '../../src/lib/checks/entries';
import type { CuratedEntry, EntriesByKind } from '../../src/lib/content/entries';
import { SourceInputError } from '../../src/lib/errors';
import { entryBase } from '../../src/lib/content/schemas';

const citations = [{ source: 'some-source', point: 'core-1', quote: 'some words' }];

/** Entries of every kind as the validation stage holds them, parsed by the shared base schema. */
function entries(list: { kind: CuratedKind; id: string; raw: Record<string, unknown> }[]): EntriesByKind {
  const byKind = Object.fromEntries(CURATED_KIND_IDS.map((kind) => [kind, [] as CuratedEntry[]]));
  for (const { kind, id, raw } of list) {
    const data = entryBase.parse({ citations, ...raw });
    byKind[kind].push({ kind, id, file: `${CURATED_KINDS[kind].directory}/${id}.yaml`, data } as CuratedEntry);
  }
  return byKind as EntriesByKind;
}

function problems(byKind: EntriesByKind): SourceInputError[] {
  const found: SourceInputError[] = [];
  checkNamesAndTerms(byKind, (error) => found.push(error));
  return found;
}

describe('other names and search terms', () => {
  it('default to none in either language', () => {
    const parsed = entryBase.parse({ title: { zh: '甲', en: 'A' }, citations });
    expect(parsed.searchTerms).toEqual({ zh: [], en: [] });
    expect(parsed.names).toEqual({ zh: [], en: [] });
    expect(
      entryBase.parse({ title: { zh: '甲', en: 'A' }, searchTerms: { en: ['a'] }, citations }).searchTerms,
    ).toEqual({ zh: [], en: ['a'] });
    expect(() => entryBase.parse({ title: { zh: '甲', en: 'A' }, searchTerms: { fr: ['a'] }, citations })).toThrow();
    expect(() => entryBase.parse({ title: { zh: '甲', en: 'A' }, searchTerms: { zh: [' '] }, citations })).toThrow();
    // A name has a status: the source's, or the site's identification or translation.
    expect(() => entryBase.parse({ title: { zh: '甲', en: 'A' }, names: { en: ['Ay'] }, citations })).toThrow();
    expect(() =>
      entryBase.parse({ title: { zh: '甲', en: 'A' }, names: { en: [{ name: 'Ay', status: 'likely' }] }, citations }),
    ).toThrow();
  });

  it('compare names without case, width, spaces or punctuation', () => {
    expect(nameKey('“十四五”规划')).toBe(nameKey('十四五 规划'));
    expect(nameKey('R&D Center')).toBe(nameKey('r d center'));
    expect(nameKey('Ｆｏｒｔｕｎｅ 500')).toBe(nameKey('fortune500'));
    expect(nameKey('organisation')).not.toBe(nameKey('organization'));
  });

  it("refuse a name or search term that is another entry's title in either language, naming the file and where", () => {
    const found = problems(
      entries([
        {
          kind: 'places',
          id: 'one-place',
          raw: { title: { zh: '甲地', en: 'Place A' }, searchTerms: { en: ['place b'] } },
        },
        { kind: 'glossary', id: 'a-term', raw: { title: { zh: '乙地', en: 'Place B' } } },
        {
          kind: 'indicators',
          id: 'a-figure',
          raw: {
            title: { zh: '丙', en: 'C' },
            names: { zh: [{ name: '甲 地', status: 'translated' }] },
            searchTerms: { en: ['C', 'see'] },
          },
        },
      ]),
    );
    expect(found.map((error) => error.message.split('\n')[0]).sort()).toEqual([
      'src/content/indicators/a-figure.yaml (names.zh[0]): "甲 地" is the title of src/content/places/one-place.yaml.',
      'src/content/places/one-place.yaml (searchTerms.en[0]): "place b" is the title of src/content/glossary/a-term.yaml.',
    ]);
    expect(found.every((error) => error.hint.length > 0)).toBe(true);
  });

  it('accept names and terms that are no title, and an entry sharing its own title with another', () => {
    expect(
      problems(
        entries([
          { kind: 'places', id: 'a-place', raw: { title: { zh: '甲', en: 'A' }, searchTerms: { en: ['Ay'] } } },
          { kind: 'glossary', id: 'a-term', raw: { title: { zh: '甲', en: 'A' }, searchTerms: { zh: ['甲地'] } } },
        ]),
      ),
    ).toEqual([]);
  });

  it("refuse a figure the entry's title does not have, in any script, read by the figure reader", () => {
    const found = problems(
      entries([
        {
          kind: 'indicators',
          id: 'top-companies',
          raw: {
            title: { zh: '世界500强企业', en: 'Global 500 companies' },
            searchTerms: { zh: ['500强', '47家500强', '四十七家', '中国第一'], en: ['٤٧ companies'] },
          },
        },
      ]),
    );
    expect(found.map((error) => error.message.split('\n')[0].split(':')[0])).toEqual([
      'src/content/indicators/top-companies.yaml (searchTerms.zh[1])',
      'src/content/indicators/top-companies.yaml (searchTerms.zh[2])',
      'src/content/indicators/top-companies.yaml (searchTerms.en[0])',
    ]);
    expect(found[0].message).toMatch(/"47家500强" has the number 47/);
    // A rank in words (中国第一, like "first") is part of a name, not a figure.
  });

  it('refuse a name said to be the source’s that none of the entry’s quotes has', () => {
    const named = (name: string) =>
      problems(
        entries([
          {
            kind: 'places',
            id: 'a-place',
            raw: { title: { zh: '甲', en: 'A' }, names: { en: [{ name, status: 'source' }] } },
          },
        ]),
      ).map((error) => error.message.split('\n')[0]);
    // The quote is "some words": the source writes "Some Words", not "other words".
    expect(named('Some Words')).toEqual([]);
    expect(named('other words')).toEqual([
      'src/content/places/a-place.yaml (names.en[0]): the name "other words" is said to be the source\'s, but none of the entry\'s quotes has it.',
    ]);
  });
});
