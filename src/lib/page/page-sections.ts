/**
 * The sections of a long page, for its "On this page" list (components/PageContents.astro): each
 * `<h2>` with an id in the page's rendered HTML, with its text. Read from the HTML the page
 * renders, so the list always names the headings the page has.
 */
import { parseHTML } from 'linkedom';

export interface PageSection {
  id: string;
  label: string;
}

export function pageSections(html: string): PageSection[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('h2[id]')].map((heading) => ({
    id: heading.getAttribute('id')!,
    label: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}
