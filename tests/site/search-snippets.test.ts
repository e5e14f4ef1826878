/**
 * What a result shows under its title when a reader searches an entry by its name: its one-line
 * description, not the names, kind labels and search terms its page opens with. Over the built
 * index, through the search page's code (the Node harness); every entry of every kind, from the
 * content.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, otherLang, useTranslations, type Lang, type UiKey } from '../../src/i18n/index';
import { CURATED_KIND_IDS, CURATED_KINDS, KINDS } from '../../src/lib/content/kinds';
import { curatedEntries } from '../helpers/content';
import { searchBuiltIndex } from '../helpers/search';

interface Case {
  lang: Lang;
  query: string;
  /** Text the snippet must not hold: the kind labels, the name in the other language, the search terms. */
  unwanted: string[];
}

function cases(): Case[] {
  return LANGUAGES.flatMap((lang) => {
    const t = useTranslations(lang);
    return CURATED_KIND_IDS.flatMap((kind) =>
      curatedEntries(kind).map(({ data }) => {
        const labels = [t(`search.kind.${KINDS[kind].searchKind}` as UiKey)];
        if ('kind' in data && kind === 'places') labels.push(t(`places.kind.${String(data.kind)}` as UiKey));
        return {
          lang,
          query: data.title[lang],
          unwanted: [...labels, data.title[otherLang(lang)], ...data.searchTerms[lang]],
        };
      }),
    );
  });
}

/** The snippet as text: highlights and escapes out. */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');

describe('the snippet of a result found by its name', () => {
  const all = cases();
  const answers = new Map<Case, { snippet: string; description: string }>();
  for (const lang of LANGUAGES) {
    const group = all.filter((c) => c.lang === lang);
    const run = searchBuiltIndex(
      lang,
      group.map((c) => ({ query: c.query })),
      { top: 1 },
    );
    run.answers.forEach((answer, index) => {
      const first = answer.results[0];
      answers.set(group[index], { snippet: plain(first?.snippet ?? ''), description: first?.meta.description ?? '' });
    });
  }

  it('covers every curated entry in both languages', () => {
    expect(CURATED_KIND_IDS.length).toBe(Object.keys(CURATED_KINDS).length);
    expect(all.length).toBeGreaterThan(2 * CURATED_KIND_IDS.length);
  });

  it.each(all.map((c) => [`${c.lang} “${c.query}”`, c] as const))('%s', (_, c) => {
    const { snippet, description } = answers.get(c)!;
    expect(snippet, 'a snippet is shown').not.toBe('');
    const lower = (text: string) => text.toLocaleLowerCase('en');
    // A word the description says (服务 in a description of services) is no repeated name, nor
    // is a name spelt the same in both languages.
    const unwanted = c.unwanted.filter(
      (text) => !lower(description).includes(lower(text)) && lower(text) !== lower(c.query),
    );
    for (const text of unwanted) expect(lower(snippet), snippet).not.toContain(lower(text));
  });
});
