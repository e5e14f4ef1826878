// Ctrl/⌘+K focuses the search box: the search page's own box when there is one, else the header's.
import { isSearchShortcut } from '../lib/search/shortcut';

document.addEventListener('keydown', (event) => {
  if (!isSearchShortcut(event)) return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-shortcut-target="page"]') ??
    document.querySelector<HTMLInputElement>('[data-search-shortcut-target]');
  if (!field) return;
  event.preventDefault(); // the browser's own Ctrl+K would otherwise move focus to its address bar
  field.focus();
  field.select();
});
