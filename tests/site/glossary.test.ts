// The glossary as built: a jump bar whose letters lead to groups, each holding the terms filed
// under that initial, in the language's order (pinyin for Chinese), quotation marks ignored.
import { describe, expect, it } from 'vitest';
import { initialOf, sortText } from '../../src/lib/format/collation';
import { builtPages, readPage } from '../helpers/site';
import { curatedEntries } from '../helpers/content';
import { useTranslations } from '../../src/i18n/index';

const COLLATOR = { zh: new Intl.Collator('zh-u-co-pinyin'), en: new Intl.Collator('en', { sensitivity: 'base' }) };

describe.each(['zh', 'en'] as const)('/%s/glossary/', (lang) => {
  const $ = readPage(`/${lang}/glossary/`);
  const titleOf = new Map(curatedEntries('glossary').map(({ id, data }) => [id, data.title[lang]]));

  /** The glossary index and every initial's page (and finer group) in this language. */
  const glossaryPages = builtPages().filter(
    (page) => page === `/${lang}/glossary/` || page.startsWith(`/${lang}/glossary/by-initial/`),
  );
  const letterPage = (text: string) => {
    const href = $('.jump-bar a')
      .filter((_, link) => $(link).text().trim() === text)
      .attr('href')!;
    return href.startsWith('#') ? `/${lang}/glossary/by-initial/${href.slice('#initial-'.length)}/` : href;
  };

  it.each(glossaryPages)(
    '%s has the jump bar, each letter leading to its terms, on this page where they are',
    (path) => {
      const page = readPage(path);
      const letters = page('.jump-bar a')
        .map((_, link) => ({ text: page(link).text().trim(), target: page(link).attr('href')! }))
        .get();
      expect(letters.length, path).toBeGreaterThan(0);
      const headingOf = (text: string) => (text === '#' ? useTranslations(lang)('glossary.otherInitial') : text);
      for (const { text, target } of letters) {
        // The group of terms that begin with neither a letter nor a Han character: “#” in the bar, named on its page.
        const here = page('h2.initial').filter((_, heading) =>
          [text, headingOf(text)].includes(page(heading).text().trim()),
        );
        if (here.length > 0) {
          // Its terms are on this page: the letter stays on it.
          expect(target, `${path}: ${text}`).toBe(`#${here.attr('id')}`);
        } else {
          expect(target, `${path}: ${text}`).toMatch(new RegExp(`^/${lang}/glossary/by-initial/[a-z]+/$`));
          const group = readPage(target);
          // The letter's page holds its terms, or (a letter of too many) links its finer groups.
          expect(group('h2.initial').text().trim() || group('h1').text(), target).toContain(headingOf(text));
        }
      }
      const initials = letters.map((letter) => letter.text);
      expect(initials).toEqual([...initials].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a < b ? -1 : 1)));
    },
  );

  it('files every term under its initial, sorted within the group ignoring quotation marks', () => {
    $('.glossary-group').each((_, group) => {
      const initial = $(group).find('h2.initial').text().trim();
      // The initial's own page holds the same terms, in the same order.
      const href = letterPage(initial === useTranslations(lang)('glossary.otherInitial') ? '#' : initial);
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
