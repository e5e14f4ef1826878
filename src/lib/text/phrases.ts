/**
 * Finding many fixed phrases (names) in a text in one pass. Names are checked in every text of
 * every page, and their number grows with the glossary: a search per name, or one regular
 * expression of all of them, costs text length × names; a character trie costs text length.
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The phrase that ends here, if one does. */
  phrase?: string;
}

export interface PhraseMatch {
  start: number;
  end: number;
  phrase: string;
}

export interface PhraseMatcher {
  /** Every phrase in the text, leftmost first, the longest at each place, not overlapping. */
  find(text: string): PhraseMatch[];
}

const matchers = new WeakMap<readonly string[], PhraseMatcher>();

/** The matcher of a list of phrases, built once per list (empty phrases are ignored). */
export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const cached = matchers.get(phrases);
  if (cached) return cached;
  const root: TrieNode = { next: new Map() };
  for (const phrase of phrases) {
    if (phrase === '') continue;
    let node = root;
    for (const unit of phrase) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map() }));
      node = child;
    }
    node.phrase = phrase;
  }
  const matcher: PhraseMatcher = {
    find(text) {
      const found: PhraseMatch[] = [];
      if (root.next.size === 0) return found;
      for (let start = 0; start < text.length;) {
        let node: TrieNode | undefined = root;
        let longest: PhraseMatch | undefined;
        // Code points, so that a phrase never starts or ends inside a surrogate pair.
        for (let at = start; at < text.length;) {
          const unit = String.fromCodePoint(text.codePointAt(at)!);
          node = node.next.get(unit);
          if (!node) break;
          at += unit.length;
          if (node.phrase !== undefined) longest = { start, end: at, phrase: node.phrase };
        }
        if (longest) {
          found.push(longest);
          start = longest.end;
        } else {
          start += text.codePointAt(start)! > 0xffff ? 2 : 1;
        }
      }
      return found;
    },
  };
  matchers.set(phrases, matcher);
  return matcher;
}
