// The glossary as built: a jump bar whose letters lead to groups, each holding the terms filed
// under that initial, in the language's order (pinyin for Chinese), quotation marks ignored.
import { describe, expect, it } from 'vitest';
import { initialOf, sortText } from '../../src/lib/format/collation';
import { readPage } from '../helpers/site';

const COLLATOR = { zh: new Intl.Collator('zh-u-co-pinyin'), en: new Intl.Collator('en', { sensitivity: 'base' }) };

describe.each(['zh', 'en'] as const)('/%s/glossary/', (lang) => {
  const $ = readPage(`/${lang}/glossary/`);

  it('has a jump bar whose every letter leads to its group, in order', () => {
    const letters = $('.jump-bar a')
      .map((_, link) => ({ text: $(link).text().trim(), target: $(link).attr('href')!.slice(1) }))
      .get();
    expect(letters.length).toBeGreaterThan(0);
    for (const { text, target } of letters) expect($(`[id="${target}"]`).text().trim()).toBe(text);
    const initials = letters.map((letter) => letter.text);
    expect(initials).toEqual([...initials].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1)));
  });

  it('files every term under its initial, sorted within the group ignoring quotation marks', () => {
    $('.glossary-group').each((_, group) => {
      const initial = $(group).find('h2.initial').text().trim();
      const titles = $(group)
        .find('.glossary-entry')
        .map((_, entry) => $(entry).attr('data-pagefind-title')!)
        .get();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(initialOf(title), title).toBe(initial);
      const sorted = [...titles].sort((a, b) => COLLATOR[lang].compare(sortText(a), sortText(b)));
      expect(titles).toEqual(sorted);
    });
  });
});
