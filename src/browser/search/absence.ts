/**
 * What the search page says when no page holds the query as typed: that first ("No page
 * contains “APEC”"), then the partial matches under a heading that says so; and, when nothing
 * matches at all, the indexes to browse, spelling suggestions drawn from the site's own words
 * and names, and what the other language's pages hold.
 */
import { SEARCH_PARAMS } from '../../lib/search/query';
import { element } from './render';

/** The page's parts for an absent query, and its labels, read from the server-rendered page. */
export interface AbsenceParts {
  /** Indexes to browse (server-rendered, hidden until nothing is found). */
  browse: HTMLElement;
  suggestions: HTMLElement;
  /** Heading and list of the other language's results. */
  other: HTMLElement;
  otherList: HTMLElement;
}

/** "No page contains “APEC”" in the page's language: `template` holds `[SEARCH_TERM]`. */
export function absenceText(template: string, query: string): string {
  return template.replace('[SEARCH_TERM]', query);
}

/**
 * The line above the results: their count (`counted`); or, when no page holds the query as typed,
 * that first, and the corrected query searched instead (the form's labels, `data-*-label`).
 */
export function summaryLine(
  labels: DOMStringMap,
  query: string,
  answer: { match: string; corrected?: string } | null,
  complete: boolean,
  counted: () => string,
): string {
  if (answer?.corrected)
    return absenceText(labels.correctedLabel ?? '', query).replace('[CORRECTED]', answer.corrected);
  if (answer?.match === 'all') return counted();
  return complete || answer?.match === 'closest' ? absenceText(labels.absentLabel ?? '', query) : '';
}

/** The site's words and names, fetched once, the first time a query finds nothing. */
let siteWords: Promise<string[]> | null = null;
export function loadWords(url: string): Promise<string[]> {
  siteWords ??= fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return siteWords;
}

/** Hides what is said only when nothing is found. */
export function hideAbsence(parts: AbsenceParts): void {
  parts.browse.hidden = true;
  parts.suggestions.hidden = true;
  parts.other.hidden = true;
  parts.otherList.replaceChildren();
}

/** Shows the indexes and the spelling suggestions for a query that found nothing. */
export async function showNothingFound(
  parts: AbsenceParts,
  query: string,
  absent: readonly string[],
  wordsUrl: string,
): Promise<boolean> {
  parts.browse.hidden = false;
  // Loaded only when a query finds nothing (code split from the page's script).
  const { spellingSuggestions } = await import('../../lib/search/suggest');
  const suggested = spellingSuggestions(query, absent.length > 0 ? absent : [query], await loadWords(wordsUrl));
  const list = parts.suggestions.querySelector('ul')!;
  list.replaceChildren(
    ...suggested.map((suggestion) => {
      const item = element('li');
      const link = element('a');
      const params = new URLSearchParams(location.search);
      params.set(SEARCH_PARAMS.query, suggestion);
      link.href = `${location.pathname}?${params.toString()}`;
      link.textContent = suggestion;
      item.append(link);
      return item;
    }),
  );
  parts.suggestions.hidden = suggested.length === 0;
  return suggested.length > 0;
}
