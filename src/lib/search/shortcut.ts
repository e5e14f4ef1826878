/**
 * The keyboard shortcut that focuses the search box: Ctrl+K, or ⌘K on Apple keyboards.
 * Shared by every page, so it stays tiny and imports nothing.
 */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

export function isSearchShortcut(event: KeyPress): boolean {
  // An IME composing Chinese text owns the keyboard; never steal a keystroke from it.
  if (event.isComposing) return false;
  if (event.altKey || event.shiftKey) return false;
  if (event.ctrlKey === event.metaKey) return false; // exactly one of Ctrl / ⌘
  return event.key.toLowerCase() === 'k';
}
