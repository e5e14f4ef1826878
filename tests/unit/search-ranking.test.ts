/**
 * Ranking beyond Pagefind's scores: an entry holding most words of a question before a source
 * document that holds them all by chance, a page named exactly by the query first, and a
 * misspelt word answered by the results of the site's nearest word.
 */
import { describe, expect, it } from 'vitest';
import { combineAnswers } from '../../src/lib/search/in-order';
import { exactNamesFirst, NAMES_SEPARATOR } from '../../src/lib/search/exact';
import type { ReaderSearch } from '../../src/lib/search/understand';
import { correctSpelling } from '../../src/lib/search/correct';
import { holdsWord } from '../../src/lib/search/presence';

type Hit = { id: string; score: number; data?: () => Promise<{ content: string; meta: Record<string, string> }> };

const answer = (match: ReaderSearch<Hit>['match'], ids: string[], words: string[], missing?: number) => ({
  words,
  absent: [],
  match,
  results: ids.map((id, index) => ({ id, score: 10 - index })),
  ...(missing === undefined ? {} : { missing }),
});

describe('entries holding most words of a question', () => {
  const question = ['new', 'foreign', 'enterprises', 'set', 'up'];
  it('stay before source documents that hold every word', () => {
    const combined = combineAnswers([answer('closest', ['s1'], question, 2), answer('all', ['d1'], question)]);
    expect(combined.results.map((r) => r.id)).toEqual(['s1', 'd1']);
    expect(combined.match).toBe('all');
  });
  it('yield to them when they hold half the words or fewer, or one of two', () => {
    const far = combineAnswers([
      answer('closest', ['s1'], ['a', 'b', 'c', 'd'], 2),
      answer('all', ['d1'], ['a', 'b', 'c', 'd']),
    ]);
    expect(far.results.map((r) => r.id)).toEqual(['d1', 's1']);
    const two = combineAnswers([answer('closest', ['s1'], ['a', 'b'], 1), answer('all', ['d1'], ['a', 'b'])]);
    expect(two.results.map((r) => r.id)).toEqual(['d1', 's1']);
  });
  it('keep their place when no bundle holds every word', () => {
    const combined = combineAnswers([answer('closest', ['s1'], question, 3), answer('closest', ['d1'], question, 1)]);
    expect(combined.results.map((r) => r.id)).toEqual(['s1', 'd1']);
  });
});

describe('exact names first', () => {
  const page = (id: string, title: string, names?: string[]): Hit => ({
    id,
    score: 1,
    data: async () => ({ content: '', meta: { title, ...(names ? { names: names.join(NAMES_SEPARATOR) } : {}) } }),
  });
  const results = [
    page('statistic', 'International exchange center index'),
    page('term', 'Multi-language city service guide'),
    page('place', 'Services for foreign nationals', ['social security', 'multi-language city service guide']),
    page('other', 'City service guide'),
  ];
  const ids = async (query: string, depth?: number) => (await exactNamesFirst(results, query, depth)).map((r) => r.id);

  it('puts the entry a term names before the term’s page, and a title named exactly before the rest', async () => {
    expect(await ids('multi-language city service guide')).toEqual(['place', 'term', 'statistic', 'other']);
    expect(await ids('  City   Service guide ')).toEqual(['other', 'term', 'place', 'statistic']);
  });
  it('matches whole names, then names holding the query, and keeps the order otherwise', async () => {
    expect(await ids('service guide')).toEqual(['term', 'place', 'other', 'statistic']);
    expect(await ids('security')).toEqual(['statistic', 'term', 'place', 'other']);
  });
  it('looks only at the first results', async () => {
    expect(await ids('city service guide', 2)).toEqual(['term', 'statistic', 'place', 'other']);
  });
});

describe('a name holding the query whole', () => {
  const page = (id: string, title: string, names?: string[]): Hit => ({
    id,
    score: 1,
    data: async () => ({ content: '', meta: { title, ...(names ? { names: names.join(NAMES_SEPARATOR) } : {}) } }),
  });
  const results = [
    page('apart', '服务保障的北京外交活动'),
    page('quoted', '“北京服务”机场服务点'),
    page('words-apart', 'Service points of Beijing'),
    page('named', 'Airport points', ['“Beijing  Service” desks']),
    page('longer-word', 'Beijing Services guide'),
    page('inside-a-word', '承载国际交往功能的重要镇'),
  ];
  const ids = async (query: string) => (await exactNamesFirst(results, query)).map((r) => r.id);

  it('comes before pages that hold its words apart, quotes and spaces aside', async () => {
    const rest = ['words-apart', 'named', 'longer-word', 'inside-a-word'];
    expect(await ids('北京服务')).toEqual(['quoted', 'apart', ...rest]);
    const english = ['named', 'apart', 'quoted', 'words-apart', 'longer-word', 'inside-a-word'];
    expect(await ids('beijing   service')).toEqual(english);
    expect(await ids('“Beijing Service”')).toEqual(english);
    // 重要镇 is 重要 and 镇: it holds the characters 要镇, not the words.
    expect(await ids('要镇')).toEqual(['apart', 'quoted', ...rest]);
  });
  it('leaves a one-word query in its order', async () => {
    expect(await ids('service')).toEqual(['apart', 'quoted', 'words-apart', 'named', 'longer-word', 'inside-a-word']);
  });
});

describe('a misspelt word', () => {
  /** A page matched in its metadata only (its name is its title, not its text): no position in its text. */
  const named = (title: string) => ({
    id: title,
    score: 1,
    words: [] as number[],
    data: async () => ({ content: 'Text without the name.', meta: { title } }),
  });
  it('is not held by a page whose name holds it only cut short', async () => {
    expect(await holdsWord([named('second Sanlitun')], 'Sanlitum')).toBe(false);
    expect(await holdsWord([named('second Sanlitun')], 'Sanlitun')).toBe(true);
    expect(await holdsWord([named('Embassies')], 'embassy')).toBe(true);
  });

  const reply = (match: ReaderSearch<Hit>['match'], ids: string[], absent: string[] = []) => ({
    words: ['w'],
    absent,
    match,
    results: ids.map((id) => ({ id, score: 1 })),
  });
  const words = async () => ['Sanlitun', 'embassy', '三里屯'];
  it('is answered by the results of the site’s nearest word, and says which', async () => {
    const searched: string[] = [];
    const search = async (query: string) => (searched.push(query), reply('all', ['place']));
    const answer = await correctSpelling(reply('none', [], ['Sanlitum']), 'Sanlitum bars', search, words);
    expect(searched).toEqual(['Sanlitun bars']);
    expect(answer).toMatchObject({ corrected: 'Sanlitun bars', match: 'all', results: [{ id: 'place' }] });
    const chinese = await correctSpelling(reply('none', [], ['三里吞']), '三里吞', search, words);
    expect(chinese.corrected).toBe('三里屯');
  });
  it('leaves an answer alone that holds every word, has no absent word, or whose correction finds too little', async () => {
    const search = async () => reply('closest', ['other']);
    const held = reply('all', ['place']);
    expect(await correctSpelling(held, 'Sanlitun', search, words)).toBe(held);
    const closest = reply('closest', ['place']);
    expect(await correctSpelling(closest, 'Sanlitun bars', search, words)).toBe(closest);
    const absent = reply('none', [], ['Sanlitum']);
    expect(await correctSpelling(absent, 'Sanlitum', search, words)).toBe(absent);
    // Too short to be taken for a misspelling: offered as a suggestion only (the search page's list).
    const short = reply('none', [], ['三里']);
    expect(
      await correctSpelling(
        short,
        '三里',
        async () => reply('all', ['x']),
        async () => ['三星'],
      ),
    ).toBe(short);
    const far = reply('none', [], ['visa']);
    expect(await correctSpelling(far, 'visa', async () => reply('all', ['x']), words)).toBe(far);
  });
});
