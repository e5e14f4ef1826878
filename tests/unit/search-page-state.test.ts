/**
 * The search page's state apart from its rendering (src/browser/search/): which results are on
 * screen as a search's bundles answer, and a result's language read from its URL under any base.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, ResultPages } from '../../src/browser/search/paging';
import { languageOfUrl, summaryText } from '../../src/browser/search/render';

const results = (count: number, prefix = 'r') => Array.from({ length: count }, (_, n) => ({ id: `${prefix}${n}` }));

describe('the results on screen', () => {
  it('shows a page at first, then a page more each time', () => {
    const pages = new ResultPages<{ id: string }>();
    expect(pages.receive('q', results(25))).toBe(false);
    expect(pages.take(pages.firstPageRemainder())).toHaveLength(PAGE_SIZE);
    pages.commit('q');
    expect(pages.hasMore).toBe(true);
    expect(pages.take().map((result) => result.id)).toEqual(
      results(20)
        .slice(10)
        .map((result) => result.id),
    );
    pages.commit('q');
    expect(pages.take()).toHaveLength(5);
    pages.commit('q');
    expect(pages.hasMore).toBe(false);
    expect(pages.total).toBe(25);
  });

  it('keeps what is on screen when a later bundle only adds to it, and starts over otherwise', () => {
    const pages = new ResultPages<{ id: string }>();
    pages.receive('q', results(3));
    pages.take(pages.firstPageRemainder());
    pages.commit('q');
    // The source documents' bundle answers: the entries first, as before, then documents.
    expect(pages.receive('q', [...results(3), ...results(4, 'doc')])).toBe(true);
    expect(pages.take(pages.firstPageRemainder()).map((result) => result.id)).toEqual(['doc0', 'doc1', 'doc2', 'doc3']);
    pages.commit('q');
    // Another query, or the same one answered in another order, starts over.
    expect(pages.receive('other', results(3))).toBe(false);
    expect(pages.receive('q', results(3, 'x'))).toBe(false);
  });
});

describe('a result as the page shows it', () => {
  it('reads the language of its page from its URL, with or without a base path', () => {
    expect(languageOfUrl('/zh/places/sanlitun/', '/')).toBe('zh');
    expect(languageOfUrl('/bj/en/timeline/by-month/2025-03/#x', '/bj/')).toBe('en');
    expect(languageOfUrl('/bj/zh/places/x/', '/')).toBeUndefined();
    expect(languageOfUrl('/data/indicators.csv', '/')).toBeUndefined();
  });

  it('fills the count and the query into Pagefind’s summary strings', () => {
    const strings = { zero_results: 'No results for [SEARCH_TERM]', many_results: '[COUNT] results for [SEARCH_TERM]' };
    expect(summaryText(strings, 'embassy', 0)).toBe('No results for embassy');
    expect(summaryText(strings, 'embassy', 12)).toBe('12 results for embassy');
  });
});
