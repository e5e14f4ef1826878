// The glossary as built: a jump bar whose letters lead to groups, each holding the terms filed
// under that initial, in the language's order (pinyin for Chinese), quotation marks ignored.
import { describe, expect, it } from 'vitest';
import { initialOf, sortText } from '../../src/lib/format/collation';
import { readPage } from '../helpers/site';
import { curatedEntries } from '../helpers/content';
import { useTranslations } from '../../src/i18n/index';

const COLLATOR = { zh: new Intl.Collator('zh-u-co-pinyin'), en: new Intl.Collator('en', { sensitivity: 'base' }) };

describe.each(['zh', 'en'] as const)('/%s/glossary/', (lang) => {
  const $ = readPage(`/${lang}/glossary/`);
  const titleOf = new Map(curatedEntries('glossary').map(({ id, data }) => [id, data.title[lang]]));

  it('has a jump bar whose every letter leads to its group’s page, in order', () => {
    const letters = $('.jump-bar a')
      .map((_, link) => ({ text: $(link).text().trim(), target: $(link).attr('href')! }))
      .get();
    expect(letters.length).toBeGreaterThan(0);
    for (const { text, target } of letters) {
      expect(target).toMatch(new RegExp(`^/${lang}/glossary/by-initial/[a-z]+/$`));
      // The group of terms that begin with neither a letter nor a Han character: “#” in the bar, named on its page.
      const heading = text === '#' ? useTranslations(lang)('glossary.otherInitial') : text;
      expect(readPage(target)('h2.initial').text().trim(), target).toBe(heading);
    }
    const initials = letters.map((letter) => letter.text);
    expect(initials).toEqual([...initials].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1)));
  });

  it('files every term under its initial, sorted within the group ignoring quotation marks', () => {
    $('.glossary-group').each((_, group) => {
      const initial = $(group).find('h2.initial').text().trim();
      // The initial's own page holds the same terms, in the same order.
      const href = $(`.jump-bar a:contains("${initial}")`).attr('href')!;
      const own = readPage(href);
      expect(
        own('.glossary-entry')
          .map((_, entry) => own(entry).attr('id'))
          .get(),
        href,
      ).toEqual(
        $(group)
          .find('.glossary-entry')
          .map((_, entry) => $(entry).attr('id'))
          .get(),
      );
    });
    $('.glossary-group').each((_, group) => {
      const initial = $(group).find('h2.initial').text().trim();
      const titles = $(group)
        .find('.glossary-entry')
        .map((_, entry) => titleOf.get($(entry).attr('id')!)!)
        .get();
      expect(titles.length).toBeGreaterThan(0);
      for (const title of titles) expect(initialOf(title), title).toBe(initial);
      const sorted = [...titles].sort((a, b) => COLLATOR[lang].compare(sortText(a), sortText(b)));
      expect(titles).toEqual(sorted);
    });
  });
});
