import { describe, expect, it } from 'vitest';
import { holdsWord, isFormOf, isShownHighlight } from '../../src/lib/search/presence';
import { searchAsReaderMeans } from '../../src/lib/search/understand';
import { spellingSuggestions } from '../../src/lib/search/suggest';

describe('a word the site does not hold', () => {
  it('is not matched by a part of it cut short, nor by a word it merely starts with', () => {
    expect(isFormOf('a', 'APEC')).toBe(false);
    expect(isFormOf('Zhong', 'Zhongguancun')).toBe(false);
    expect(isFormOf('vis', 'visa')).toBe(false);
    expect(isFormOf('visit', 'visa')).toBe(false);
    expect(isFormOf('Deloitte', 'Deloittexq')).toBe(false);
  });
  it('is matched by itself and by its forms', () => {
    expect(isFormOf('Embassy', 'embassy')).toBe(true);
    expect(isFormOf('cities,', 'cities')).toBe(true);
    expect(isFormOf('city', 'cities')).toBe(true);
    expect(isFormOf('Embassy', 'embassies')).toBe(true);
    expect(isFormOf('embassy’s', 'embassy')).toBe(true);
  });
  /** A result as pagefind.js gives it: the positions it matched in its page's text. */
  const result = (content: string, words: number[]) => ({
    id: content,
    score: 1,
    words,
    data: async () => ({ content }),
  });
  it('is answered as absent when the results only hold it cut short', async () => {
    expect(await holdsWord([result('a city of APEC-like talks', [0])], 'APEC')).toBe(false);
    expect(await holdsWord([result('the Fourth Embassy District', [2])], 'embassies')).toBe(true);
    expect(await holdsWord([], 'embassy')).toBe(false);
    // Chinese words are matched as written.
    expect(await holdsWord([result('三里屯', [0])], '三里')).toBe(true);
  });
  it('makes a search with no page holding the query say so, with no results', async () => {
    const pagefind = {
      search: async (term: string) => ({
        results:
          term === 'APEC' ? [result('a forum', [0])] : term === 'embassy' ? [result('Embassy District', [0])] : [],
      }),
    };
    expect(await searchAsReaderMeans(pagefind, 'APEC', 'en')).toMatchObject({
      match: 'none',
      results: [],
      absent: ['APEC'],
    });
    const partial = await searchAsReaderMeans(pagefind, 'APEC embassy', 'en');
    expect(partial.match).toBe('closest');
    expect(partial.absent).toEqual(['APEC']);
    expect(partial.results.map((r) => r.id)).toEqual(['Embassy District']);
  });
  it('never shows a highlight of 1 or 2 Latin letters the query did not type', () => {
    expect(isShownHighlight('a', ['APEC'])).toBe(false);
    expect(isShownHighlight('of', ['office'])).toBe(false);
    expect(isShownHighlight('UN', ['UN'])).toBe(true);
    expect(isShownHighlight('北京', ['北京'])).toBe(true);
  });
});

describe('spelling suggestions', () => {
  const words = ['embassy', 'Fourth Embassy District', '三里屯', '第四使馆区', 'sister'];
  it('come from the site’s own words and names, near the typed word', () => {
    expect(spellingSuggestions('embasy', ['embasy'], words)).toEqual(['embassy']);
    expect(spellingSuggestions('三里吞', ['三里吞'], words)).toEqual(['三里屯']);
    expect(spellingSuggestions('embasy district', ['embasy'], words)).toEqual(['embassy district']);
  });
  it('are not offered for a word far from every word of the site', () => {
    expect(spellingSuggestions('visa', ['visa'], words)).toEqual([]);
    expect(spellingSuggestions('峰会', ['峰会'], words)).toEqual([]);
  });
});
