import { describe, expect, it } from 'vitest';
import { CURATED_KIND_IDS, CURATED_KINDS, type CuratedKind } from '../../src/lib/content/kinds';
import { checkAliases, nameKey } from '../../src/lib/checks/entries';
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
  checkAliases(byKind, (error) => found.push(error));
  return found;
}

describe('search aliases', () => {
  it('default to none in either language', () => {
    expect(entryBase.parse({ title: { zh: '甲', en: 'A' }, citations }).aliases).toEqual({ zh: [], en: [] });
    expect(entryBase.parse({ title: { zh: '甲', en: 'A' }, aliases: { en: ['a'] }, citations }).aliases).toEqual({
      zh: [],
      en: ['a'],
    });
    expect(() => entryBase.parse({ title: { zh: '甲', en: 'A' }, aliases: { fr: ['a'] }, citations })).toThrow();
    expect(() => entryBase.parse({ title: { zh: '甲', en: 'A' }, aliases: { zh: [' '] }, citations })).toThrow();
  });

  it('compare names without case, width, spaces or punctuation', () => {
    expect(nameKey('“十四五”规划')).toBe(nameKey('十四五 规划'));
    expect(nameKey('R&D Center')).toBe(nameKey('r d center'));
    expect(nameKey('Ｆｏｒｔｕｎｅ 500')).toBe(nameKey('fortune500'));
    expect(nameKey('organisation')).not.toBe(nameKey('organization'));
  });

  it("refuse an alias that is another entry's title in either language, naming the file and the alias", () => {
    const found = problems(
      entries([
        {
          kind: 'places',
          id: 'one-place',
          raw: { title: { zh: '甲地', en: 'Place A' }, aliases: { en: ['place b'] } },
        },
        { kind: 'glossary', id: 'a-term', raw: { title: { zh: '乙地', en: 'Place B' } } },
        {
          kind: 'indicators',
          id: 'a-figure',
          raw: { title: { zh: '丙', en: 'C' }, aliases: { zh: ['甲 地'], en: ['C', 'see'] } },
        },
      ]),
    );
    expect(found.map((error) => error.message.split('\n')[0]).sort()).toEqual([
      'src/content/indicators/a-figure.yaml (aliases.zh[0]): the alias "甲 地" is the title of src/content/places/one-place.yaml.',
      'src/content/places/one-place.yaml (aliases.en[0]): the alias "place b" is the title of src/content/glossary/a-term.yaml.',
    ]);
    expect(found.every((error) => error.hint.length > 0)).toBe(true);
  });

  it('accept aliases that are no title, and an entry sharing its own title with another', () => {
    expect(
      problems(
        entries([
          { kind: 'places', id: 'a-place', raw: { title: { zh: '甲', en: 'A' }, aliases: { en: ['Ay'] } } },
          { kind: 'glossary', id: 'a-term', raw: { title: { zh: '甲', en: 'A' }, aliases: { zh: ['甲地'] } } },
        ]),
      ),
    ).toEqual([]);
  });

  it("refuse a number an alias carries that the entry's title does not: aliases carry no figures", () => {
    const found = problems(
      entries([
        {
          kind: 'indicators',
          id: 'top-companies',
          raw: { title: { zh: '世界500强企业', en: 'Global 500 companies' }, aliases: { zh: ['500强', '47家500强'] } },
        },
      ]),
    );
    expect(found.map((error) => error.message.split('\n')[0])).toEqual([
      'src/content/indicators/top-companies.yaml (aliases.zh[1]): the alias "47家500强" has the number 47, which the entry\'s title does not: aliases carry no figures.',
    ]);
  });
});
