// The 404 page: a search for the words of the address that was not found, in each language
// (the links are in the page, hidden; this gives them their query and shows them).
import { wordsOfPath } from '../lib/search/path-words';

const words = wordsOfPath(location.pathname);
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-missing-search]');
if (words) {
  for (const link of links) {
    const url = new URL(link.href);
    url.searchParams.set('q', words);
    link.href = url.pathname + url.search;
    link.querySelector('[data-words]')!.textContent = words;
  }
  for (const holder of document.querySelectorAll<HTMLElement>('[data-missing-search-holder]')) holder.hidden = false;
}
