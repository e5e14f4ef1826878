import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { citePanelHtml, citePanelWords, runsHtml, type CitePanelModel } from '../../src/lib/cite/panel-html';
import { positionOf } from '../../src/lib/page/route-data';

const words = (lang: 'en' | 'zh') => citePanelWords(lang, 'fact', 'key');

const panel = (title: string, overrides: Partial<CitePanelModel> = {}): CitePanelModel => ({
  scope: 'fact',
  title,
  url: `https://example.org/en/sources/x/#core-1?q="${title}"`,
  group: `cite-format-${title}`,
  formats: [
    {
      format: 'apa',
      code: false,
      runs: [{ text: 'Site. ' }, { text: title, italic: true }, { text: '2026-11-28', accessed: 'apa' }],
    },
    { format: 'gbt7714', code: false, runs: [{ text: title }] },
  ],
  factsFile: { href: '/en/sources/x/cite.json', key: 'bjiec_en_sources_x_core_1' },
  dates: { before: 'Last updated 2026-11-01; access date ', accessed: '2026-11-28', after: '.' },
  originals: [],
  ...overrides,
});

/** The panel parsed as a browser would. */
function parse(html: string) {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

describe('the citation panel as one HTML string', () => {
  it('keeps any title, URL and group name as text or attribute values, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const title = raw.replace(/\0/g, '');
        const document = parse(citePanelHtml(panel(title), words('en')));
        const details = document.querySelectorAll('details');
        expect(details.length).toBe(1);
        expect(document.querySelector('summary .visually-hidden')?.textContent).toBe(`: ${title}`);
        expect(document.querySelector('.cite-url')?.getAttribute('href')).toBe(panel(title).url);
        expect(document.querySelector('.cite-url')?.textContent).toBe(panel(title).url);
        expect([...document.querySelectorAll('input')].map((input) => input.getAttribute('name'))).toEqual([
          `cite-format-${title}`,
          `cite-format-${title}`,
        ]);
        expect(document.querySelector('[data-format="gbt7714"]')?.textContent).toBe(title);
        expect(document.querySelector('[data-format="apa"] i')?.textContent).toBe(title);
      }),
    );
  });

  it('refuses markup in a title: it shows as text, never as elements', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>" data-x=\'';
    const html = citePanelHtml(panel(hostile), words('en'));
    const document = parse(html);
    expect(document.querySelectorAll('script, img, [data-x]').length).toBe(0);
    expect(html).not.toContain('<script>');
  });

  it('checks the first format, marks the access date for the reader’s today, and links the page’s CSL-JSON', () => {
    const document = parse(citePanelHtml(panel('Title'), words('en')));
    const inputs = [...document.querySelectorAll('input')];
    expect(inputs.map((input) => input.hasAttribute('checked'))).toEqual([true, false]);
    expect(document.querySelector('[data-format="apa"] [data-accessed="apa"]')?.textContent).toBe('2026-11-28');
    expect(document.querySelector('.cite-dates [data-accessed="iso"]')?.textContent).toBe('2026-11-28');
    const link = document.querySelector('a[data-format="csl"]');
    expect(link?.getAttribute('href')).toBe('/en/sources/x/cite.json');
    expect(link?.getAttribute('data-key')).toBe('bjiec_en_sources_x_core_1');
    expect(document.querySelectorAll('.cite-copy').length).toBe(2);
  });

  it('gives the page’s panel its id, its machine formats as code, and the original document’s citations', () => {
    const page = panel('Page', {
      scope: 'page',
      id: 'cite',
      factsFile: undefined,
      formats: [{ format: 'bibtex', code: true, runs: [{ text: '@misc{a,\n\ttitle = {<T>},\n}' }] }],
      originals: [{ format: 'gbt7714', runs: [{ text: '原文' }] }],
    });
    const document = parse(citePanelHtml(page, words('zh')));
    expect(document.querySelector('details')?.id).toBe('cite');
    expect(document.querySelector('summary .visually-hidden')).toBeNull();
    // Code keeps its text exactly, line breaks included.
    expect(document.querySelector('pre.cite-code > code')?.textContent).toBe('@misc{a,\n\ttitle = {<T>},\n}');
    expect(document.querySelector('[data-format="original-gbt7714"]')?.textContent).toBe('原文');
    expect(document.querySelector('a[data-format="csl"]')).toBeNull();
  });

  it('writes runs in order, escaped', () => {
    expect(runsHtml([{ text: 'a & ' }, { text: 'b', italic: true }, { text: '<c>', accessed: 'iso' }])).toBe(
      'a &amp; <i>b</i><span data-accessed="iso">&lt;c&gt;</span>',
    );
  });
});

describe('positionOf', () => {
  it('finds each item where a scan would, and −1 for a key not in the list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 30 }), fc.string(), (keys, other) => {
        const items = keys.map((key) => ({ key }));
        for (const key of [...keys, other]) {
          expect(positionOf(items, (item) => item.key, key)).toBe(items.findIndex((item) => item.key === key));
        }
      }),
    );
  });
});
