/**
 * Place, institution and service profiles open with key facts drawn only from their cited
 * source data, saying "not stated in the sources" where the sources are silent.
 */
import { describe, expect, it } from 'vitest';
import { curatedEntries } from '../helpers/content';
import { builtPages, readPage } from '../helpers/site';
import { useTranslations } from '../../src/i18n/index';
import type { Place } from '../../src/lib/content/schemas';

const places = curatedEntries('places') as { id: string; data: Place }[];
const pages = new Set(builtPages());

describe('the places section', () => {
  it('is named for what it holds in both languages, at its published URLs', () => {
    for (const lang of ['zh', 'en'] as const) {
      const t = useTranslations(lang);
      const $ = readPage(`/${lang}/places/`);
      expect($('h1').text().trim()).toBe(t('places.title'));
      expect($(`nav .nav-list a[href="/${lang}/places/"]`).text().trim()).toBe(t('nav.places'));
    }
  });
});

describe('the key facts of each profile', () => {
  it('come right after the summary, before the prose', () => {
    expect(places.length).toBeGreaterThan(0);
    for (const { id } of places) {
      for (const lang of ['zh', 'en']) {
        const $ = readPage(`/${lang}/places/${id}/`);
        const facts = $('main section.key-facts');
        expect(facts.length, id).toBe(1);
        expect(facts.prev().is('p.lede'), id).toBe(true);
        expect(facts.nextAll('h2#about').length, id).toBe(1);
      }
    }
  });

  it('state the kind, the location only with its source’s quote, and the source points that name it', () => {
    for (const { id, data } of places) {
      for (const lang of ['zh', 'en'] as const) {
        const t = useTranslations(lang);
        const $ = readPage(`/${lang}/places/${id}/`);
        const facts = $('section.key-facts');
        expect(facts.find('dd').first().text().trim(), id).toBe(t(`places.kind.${data.kind}`));
        const location = facts.find('dd[data-fact="location"]');
        if (data.location) {
          expect(location.text(), id).toContain(data.location.citation.quote);
          expect(location.text(), id).toContain(data.location.text[lang]);
        } else {
          expect(location.text().trim(), id).toBe(t('places.facts.notStated'));
        }
        // Exactly the points the entry cites, each a link to its anchor on a built source page.
        const linked = facts
          .find('dd[data-fact="named-in"] a')
          .map((_, a) => $(a).attr('href')!)
          .get();
        const cited = [...new Set(data.citations.map((c) => `/${lang}/sources/${c.source}/#${c.point}`))];
        expect(linked.sort(), id).toEqual(cited.sort());
        for (const href of linked) {
          const [page, anchor] = href.split('#');
          expect(pages.has(page), href).toBe(true);
          expect(readPage(page)(`[id="${anchor}"]`).length, href).toBe(1);
        }
        // Every other link leads to one of the site's own entries: nothing from outside the sources.
        facts.find('a').each((_, a) => {
          expect($(a).attr('href'), id).toMatch(new RegExp(`^/${lang}/(sources|statistics|timeline)/`));
        });
      }
    }
  });
});
