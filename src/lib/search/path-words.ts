/**
 * The words of an address that names no page, for the 404 page's search (src/browser/not-found.ts):
 * `/en/places/sanlitun-taikoo-li/` → `sanlitun taikoo li`. Percent-encoding is decoded (a
 * Chinese slug searches in Chinese); the language segment, file endings and `index` are not
 * words a reader looked for. Imports nothing: it is part of a page script.
 */
const NOT_WORDS = new Set(['zh', 'en', 'index', 'html', 'htm', 'php', 'aspx']);

export function wordsOfPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Broken percent-encoding: the words around it still count.
  }
  return decoded
    .split(/[\s/\\\-_.+,;:~!?#&=%"'()[\]{}<>|*]+/u)
    .filter((word) => word && !NOT_WORDS.has(word.toLowerCase()))
    .join(' ')
    .slice(0, 100)
    .trim();
}
