/**
 * Spelling suggestions for a query the site does not hold, drawn from the site's own words and
 * names (`/{lang}/search/words.json`, written by the build): "embasy" → embassy, 三里吞 → 三里屯.
 * Runs in the browser: keep it small.
 */
import { distance } from 'fastest-levenshtein';
import { isLatinWord } from './presence';

const HAN = /\p{Script=Han}/u;

/** Edits allowed between a typed word and a word of the site: 1 for short words, 2 for long ones. */
const allowedEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/** The site's words within a few edits of a Latin word, nearest first. */
function nearLatin(word: string, siteWords: readonly string[]): string[] {
  const typed = word.toLowerCase();
  if (typed.length < 4) return [];
  return siteWords
    .filter((candidate) => isLatinWord(candidate) && Math.abs(candidate.length - typed.length) <= 2)
    .map((candidate) => ({ candidate, edits: distance(typed, candidate.toLowerCase()) }))
    .filter(({ edits }) => edits > 0 && edits <= allowedEdits(typed))
    .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
    .map(({ candidate }) => candidate);
}

/** The site's names holding a run of characters one character away from a Chinese word. */
function nearHan(word: string, siteWords: readonly string[]): string[] {
  if ([...word].length < 2) return [];
  const found = new Set<string>();
  for (const name of siteWords) {
    if (!HAN.test(name)) continue;
    const characters = [...name];
    const length = [...word].length;
    for (let start = 0; start + length <= characters.length; start += 1) {
      const run = characters.slice(start, start + length).join('');
      if (distance(run, word) === 1) found.add(run);
    }
  }
  return [...found];
}

/**
 * Queries to try instead of `query`: each word the site does not hold (`absent`) replaced by a
 * near word or name of the site, at most `limit`.
 */
export function spellingSuggestions(
  query: string,
  absent: readonly string[],
  siteWords: readonly string[],
  limit = 3,
): string[] {
  const suggestions = new Set<string>();
  for (const word of absent) {
    const bare = word.replace(/^"|"$/gu, '');
    const near = HAN.test(bare) ? nearHan(bare, siteWords) : nearLatin(bare, siteWords);
    for (const replacement of near) suggestions.add(query.replace(bare, replacement));
  }
  return [...suggestions].filter((suggestion) => suggestion !== query).slice(0, limit);
}
