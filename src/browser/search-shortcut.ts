// Ctrl/⌘+K focuses the search box: the search page's own box when there is one, else the header's;
// on phones, where the header shows a link to the search page instead of its box, it follows it.
import { isSearchShortcut } from '../lib/search/shortcut';

document.addEventListener('keydown', (event) => {
  if (!isSearchShortcut(event)) return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-shortcut-target="page"]') ??
    document.querySelector<HTMLInputElement>('[data-search-shortcut-target]');
  if (!field) return;
  event.preventDefault(); // the browser's own Ctrl+K would otherwise move focus to its address bar
  const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');
  if (!field.checkVisibility() && link) {
    location.assign(link.href);
    return;
  }
  field.focus();
  field.select();
});
