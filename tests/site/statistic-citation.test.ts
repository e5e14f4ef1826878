/**
 * A statistic's citation names the period its figure holds for: "International organizations in
 * Beijing (as of 16 October 2025, the report’s publication date)". Every format of the citation
 * panel, the page's citation_title and its JSON-LD Dataset name carry the same title, built from
 * the title and the period the page shows beside the figure, with the mark of a report's date or
 * of the site's reading.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, useTranslations, type Lang } from '../../src/i18n/index';
import { curatedEntries } from '../helpers/content';
import { loadBuiltPage } from '../helpers/fast-html';
import { DIST } from '../helpers/site';

const statistics = curatedEntries('indicators');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The date in "as of the report of 16 October 2025" / "截至2025年10月16日报道发布时", as the dictionary words it. */
function reportDateIn(shownPeriod: string, lang: Lang): string | undefined {
  const [before, after] = useTranslations(lang)('period.asOfReport', { when: '\u0000' }).split('\u0000');
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}(.+)${escape(after)}$`).exec(shownPeriod)?.[1];
}

/** What the title must say after the statistic's own title, from what its page shows beside the figure. */
function expectedPeriod(lang: Lang, basis: string, shownPeriod: string, title: string): string[] {
  const t = useTranslations(lang);
  if (basis === 'as-of-report') return [reportDateIn(shownPeriod, lang)!, t('date.basis.reportDate')];
  if (basis === 'site') return [t('period.basis.site')];
  if (basis === 'stated' && !title.includes(shownPeriod)) return [shownPeriod];
  return [];
}

describe('a statistic’s citation', () => {
  it.each(LANGUAGES)('carries the period its figure holds for, with its mark, in every format (%s)', async (lang) => {
    for (const { id, data } of statistics) {
      const page = `/${lang}/statistics/${id}/`;
      const $ = loadBuiltPage(DIST, page);
      const title = squash($('h1').text());
      const cited = $('meta[name="citation_title"]').attr('content')!;
      // The period as the page shows it beside the figure, without its basis in parentheses.
      const period = $('.key-data .meta-list dd').first().clone();
      period.find('.provenance').remove();
      const periodWords = squash(period.text());
      const expected = expectedPeriod(lang, data.period.basis, periodWords, title);
      expect(cited.startsWith(title), `${page}: ${cited}`).toBe(true);
      if (expected.length === 0) expect(cited, page).toBe(title);
      for (const words of expected) expect(cited.slice(title.length), `${page} ${periodWords}`).toContain(words);

      const dataset = $('script[type="application/ld+json"]')
        .toArray()
        .map((element) => JSON.parse($(element).text()) as { '@type': string; name: string })
        .find((item) => item['@type'] === 'Dataset');
      expect(dataset?.name, page).toBe(cited);
      const panel = $('#cite');
      for (const format of ['gbt7714', 'apa'])
        expect(squash(panel.find(`.cite-text[data-format="${format}"]`).text()), page).toContain(cited);
      for (const format of ['bibtex', 'ris']) {
        const [item] = (await Cite.async(panel.find(`pre[data-format="${format}"]`).text())).data as {
          title: string;
        }[];
        expect(item.title, `${page} ${format}`).toBe(cited);
      }
      expect(JSON.parse(panel.find('pre[data-format="csl"]').text())[0].title, page).toBe(cited);
    }
  });
});
