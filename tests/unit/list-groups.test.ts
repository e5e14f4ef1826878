import fc from 'fast-check';
import { formatDateRange } from '../../src/lib/format/values';
import { groupLabel, subgroupLabel } from '../../src/lib/page/group-labels';
import { describe, expect, it } from 'vitest';
import {
  anchoredIndexGroups,
  anchorGroupPath,
  enclosingGroupPaths,
  groupLimit,
  groupPath,
  isGroupPath,
  monthGroupPath,
} from '../../src/lib/urls/groups';
import {
  datedSubKey,
  MAX_DEPTH,
  flattenGroups,
  leafGroups,
  OTHER_INITIAL,
  partKey,
  sourceSubKey,
  spellingKey,
  spellingOf,
  splitGroup,
  termSubKey,
  type GroupNode,
  groupByMonth,
  groupByPeriod,
  monthOf,
  periodOf,
  UNDATED,
} from '../../src/lib/urls/grouping';

describe('list groups', () => {
  it('puts a date of any precision in its month, and a year alone or none in the undated group', () => {
    expect(monthOf('2025-10-16')).toBe('2025-10');
    expect(monthOf('2025-03')).toBe('2025-03');
    expect(monthOf('2025')).toBe(UNDATED);
    expect(monthOf(null)).toBe(UNDATED);
  });

  it('orders groups newest first with the undated last, keeping each group’s items in order', () => {
    const items = [
      { id: 'a', date: '2024-01-05' },
      { id: 'b', date: null },
      { id: 'c', date: '2025-10-01' },
      { id: 'd', date: '2024-01-20' },
    ];
    const groups = groupByMonth(items, (item) => item.date);
    expect(groups.map((group) => [group.key, group.items.map((item) => item.id)])).toEqual([
      ['2025-10', ['c']],
      ['2024-01', ['a', 'd']],
      [UNDATED, ['b']],
    ]);
  });

  it('gives a group a path that depends on its key only', () => {
    expect(monthGroupPath('sources', '2025-10')).toBe('sources/by-month/2025-10');
  });

  it('files a date known only to its year under the year, for the timeline, which reads oldest first', () => {
    expect(periodOf('2025-10-16')).toBe('2025-10');
    expect(periodOf('2025')).toBe('2025');
    expect(periodOf(undefined)).toBe(UNDATED);
    const items = [
      { id: 'a', date: '2025-03' },
      { id: 'b', date: '2025' },
      { id: 'c', date: null },
      { id: 'd', date: '2021-07-01' },
      { id: 'e', date: '2025-03-20' },
    ];
    expect(
      groupByPeriod(items, (item) => item.date).map((group) => [group.key, group.items.map((item) => item.id)]),
    ).toEqual([
      ['2021-07', ['d']],
      ['2025', ['b']],
      ['2025-03', ['a', 'e']],
      [UNDATED, ['c']],
    ]);
  });

  it('tells a group page from an entry page by its reserved segment', () => {
    expect(isGroupPath('timeline/by-month/2025')).toBe(true);
    expect(isGroupPath('glossary/by-initial/s')).toBe(true);
    expect(isGroupPath('places/sanlitun')).toBe(false);
    expect(isGroupPath('timeline')).toBe(false);
  });
});

describe('finer groups of a group that holds too many entries', () => {
  const byDay = (item: { id: string; date: string }, depth: number) => datedSubKey(item.date, item.id, depth);
  const leafKeys = (root: GroupNode<{ id: string }>) =>
    leafGroups([root]).map((leaf) => [leaf.keys.join('/'), leaf.items.map((item) => item.id)]);

  it('keeps a group within the limit whole, and splits a larger one by thirds of the month, newest first', () => {
    const items = [
      { id: 'a', date: '2025-10-03' },
      { id: 'b', date: '2025-10-16' },
      { id: 'c', date: '2025-10-10' },
      { id: 'd', date: '2025-10' },
      { id: 'e', date: '2025-10-31' },
    ];
    expect(splitGroup(['2025-10'], items, byDay, 5).children).toEqual([]);
    expect(leafKeys(splitGroup(['2025-10'], items, byDay, 3, true))).toEqual([
      ['2025-10/21-31', ['e']],
      ['2025-10/11-20', ['b']],
      ['2025-10/01-10', ['a', 'c']],
      [`2025-10/${UNDATED}`, ['d']],
    ]);
  });

  it('splits a group whose entries share the next key all the same, so that the parts below stay where they are', () => {
    const items = [1, 2, 3].map((n) => ({ id: `e${n}`, date: `2025-10-0${n}` }));
    const tree = splitGroup(['2025-10'], items, byDay, 2);
    expect(tree.children.map((child) => child.keys.join('/'))).toEqual(['2025-10/01-10']);
    expect(leafGroups([tree]).every((leaf) => leaf.keys[2]?.startsWith('part-'))).toBe(true);
  });

  it('spells Han characters in pinyin and Latin letters without accents, for keys in URLs', () => {
    expect(spellingKey('国际交往', 5)).toBe('guoji');
    expect(spellingKey('“Économie” 2025', 4)).toBe('econ');
    expect(spellingOf('Économie').startsWith('econom')).toBe(true);
    expect(spellingKey('北京', 2)).toBe('be');
    expect(spellingKey('2025', 2)).toBe(OTHER_INITIAL);
    expect(termSubKey('International', 1)).toBe('in');
    expect(termSubKey('International', 2)).toMatch(/^part-\d$/);
  });

  it('files a document by the third of its month, then in numbered parts; an undated one in parts at once', () => {
    expect(sourceSubKey({ published: '2025-10-16', slug: 'x' }, 1)).toBe('11-20');
    expect(sourceSubKey({ published: '2025-02-28', slug: 'x' }, 1)).toBe('21-31');
    expect(sourceSubKey({ published: '2025-10', slug: 'x' }, 1)).toBe(UNDATED);
    expect(sourceSubKey({ published: '2025-10-16', slug: 'x' }, 2)).toMatch(/^part-\d$/);
    expect(sourceSubKey({ published: null, slug: 'x' }, 1)).toMatch(/^part-\d$/);
    expect(sourceSubKey({ published: null, slug: 'x' }, 2)).toMatch(/^part-\d\d$/);
    // A finer part lies within the coarser one.
    expect(partKey('some-slug', 2).startsWith(partKey('some-slug', 1))).toBe(true);
  });

  const slugs = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), {
    minLength: 1,
    maxLength: 400,
  });
  const sourcesOf = (list: string[]) =>
    list.map((slug, index) => ({
      id: slug,
      slug,
      published: index % 3 === 0 ? null : `2025-0${1 + (index % 2)}-1${index % 10}`,
    }));

  it('puts every entry in exactly one page of entries (property)', () => {
    fc.assert(
      fc.property(slugs, fc.integer({ min: 1, max: 50 }), (list, limit) => {
        const leaves = leafGroups(
          groupByMonth(sourcesOf(list), (source) => source.published).map((group) =>
            splitGroup([group.key], group.items, sourceSubKey, limit, true),
          ),
        );
        const placed = leaves.flatMap((leaf) => leaf.items.map((item) => item.id));
        expect(placed.sort()).toEqual([...list].sort());
        // A page of entries over the limit only at the deepest level.
        for (const leaf of leaves) if (leaf.items.length > limit) expect(leaf.keys.length).toBe(MAX_DEPTH + 1);
      }),
    );
  });

  it('keeps an entry’s keys when other entries are added: it only ever moves to a finer group below (property)', () => {
    fc.assert(
      fc.property(slugs, slugs, fc.integer({ min: 1, max: 30 }), (first, more, limit) => {
        const before = sourcesOf(first);
        const after = [...before, ...sourcesOf(more.filter((slug) => !first.includes(slug)))];
        const leafOf = (items: typeof before) => {
          const paths = new Map<string, string>();
          for (const group of groupByMonth(items, (source) => source.published))
            for (const leaf of leafGroups([splitGroup([group.key], group.items, sourceSubKey, limit, true)]))
              for (const item of leaf.items) paths.set(item.id, leaf.keys.join('/'));
          return paths;
        };
        const was = leafOf(before);
        const is = leafOf(after);
        for (const [id, path] of was) expect(`${is.get(id)}/`.startsWith(`${path}/`), id).toBe(true);
      }),
    );
  });

  it('names the finer group an anchored entry lives on once its group is an index, and its group otherwise', () => {
    const term = { title: { zh: '国际组织', en: 'International organization' } };
    expect(anchorGroupPath('glossary', term, 'en', new Set())).toBe('glossary/by-initial/i');
    const splits = new Set(['en:glossary/by-initial/i']);
    expect(anchorGroupPath('glossary', term, 'en', splits)).toBe('glossary/by-initial/i/in');
    // The other language's initial is its own.
    expect(anchorGroupPath('glossary', term, 'zh', splits)).toBe('glossary/by-initial/g');
    const event = { title: term.title, date: '2021-07-05' };
    expect(anchorGroupPath('events', event, 'en', new Set(['en:timeline/by-month/2021-07']))).toBe(
      'timeline/by-month/2021-07/01-10',
    );
    // A group split twice: the third's page is an index of parts too.
    expect(
      anchorGroupPath(
        'events',
        event,
        'zh',
        new Set(['zh:timeline/by-month/2021-07', 'zh:timeline/by-month/2021-07/01-10']),
      ),
    ).toBe(`timeline/by-month/2021-07/01-10/${partKey(event.title.zh, 1)}`);
  });

  it('records as index groups exactly those its trees split, in each language', () => {
    const terms = Array.from({ length: groupLimit('glossary') + 1 }, (_, n) => ({
      data: { title: { zh: `国际${n}`, en: n % 2 ? `Internal ${n}` : `Item ${n}` } },
    }));
    // In Chinese they all begin 国际 (gu…): the initial links its one part, which is split in numbered parts.
    expect(anchoredIndexGroups([], terms, ['zh', 'en'])).toEqual([
      'zh:glossary/by-initial/g',
      'zh:glossary/by-initial/g/gu',
      'en:glossary/by-initial/i',
    ]);
  });

  it('flattens a tree with each group’s parents and the siblings it is paged among', () => {
    const tree = splitGroup(
      ['2025-10'],
      [
        { id: 'a', date: '2025-10-01' },
        { id: 'b', date: '2025-10-12' },
      ],
      byDay,
      1,
    );
    const flat = flattenGroups([tree]);
    expect(flat.map(({ node, parents, index }) => [node.keys.join('/'), parents.length, index])).toEqual([
      ['2025-10', 0, 0],
      ['2025-10/01-10', 1, 0],
      ['2025-10/11-20', 1, 1],
    ]);
    expect(isGroupPath(groupPath('timeline', 'by-month', ['2025-10', '01-10']))).toBe(true);
    expect(enclosingGroupPaths('glossary/by-initial/g/gu/part-3')).toEqual([
      'glossary/by-initial/g',
      'glossary/by-initial/g/gu',
    ]);
    expect(enclosingGroupPaths('glossary/by-initial/g')).toEqual([]);
    expect(enclosingGroupPaths('places/sanlitun')).toEqual([]);
  });
});

describe('labels of finer groups', () => {
  const top = (key: string) => (key === UNDATED ? 'Undated' : key.toUpperCase());

  it('names a third of a month by the dates it spans, up to the month’s last day, in each language', () => {
    expect(groupLabel(['2025-10', '11-20'], 'en', top)).toBe(formatDateRange('2025-10-11', '2025-10-20', 'en'));
    expect(groupLabel(['2025-02', '21-31'], 'zh', top)).toBe('2025年2月21日—2025年2月28日');
    expect(subgroupLabel(['2024-02', '21-31'], 'zh')).toBe('2024年2月21日—2024年2月29日');
    expect(groupLabel(['2025-10', UNDATED], 'en', top)).toContain('2025-10');
  });

  it('names letters by the longest prefix, and only the finest numbered part after its group', () => {
    expect(groupLabel(['g', 'gu'], 'en', top)).toBe('Gu');
    expect(subgroupLabel(['g', 'gu'], 'en')).toBe('Gu');
    const part = groupLabel([UNDATED, 'part-3', 'part-37'], 'en', top);
    expect(part).toContain('Undated');
    expect(part).toContain('37');
    expect(part).not.toContain('Part 3 ');
    expect(subgroupLabel([UNDATED, 'part-3'], 'zh')).toContain('3');
  });
});
