import { describe, expect, it } from 'vitest';
import { wordsOfPath } from '../../src/lib/search/path-words';

describe('the words of a missing page’s address (404 page search)', () => {
  it('splits the path into words, without language segment or file ending', () => {
    expect(wordsOfPath('/en/places/sanlitun-taikoo_li/')).toBe('places sanlitun taikoo li');
    expect(wordsOfPath('/zh/glossary/index.html')).toBe('glossary');
  });
  it('decodes percent-encoding, and keeps the words around broken encoding', () => {
    expect(wordsOfPath('/zh/%E4%B8%89%E9%87%8C%E5%B1%AF/')).toBe('三里屯');
    expect(wordsOfPath('/en/foo%E4%ZZ/bar/')).toBe('foo E4 ZZ bar');
  });
  it('gives nothing for an address of no words', () => {
    expect(wordsOfPath('/')).toBe('');
    expect(wordsOfPath('/en/')).toBe('');
  });
});
