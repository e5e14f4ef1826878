import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseMatcher } from '../../src/lib/text/phrases';
import { splitNames } from '../../src/lib/format/provenance';

/** The plain way: one regular expression, longest phrase first. */
function naive(text: string, phrases: readonly string[]) {
  const usable = [...new Set(phrases.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0) return [];
  const pattern = new RegExp(usable.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, phrase: m[0] }));
}

describe('finding phrases', () => {
  it('finds what one longest-first regular expression finds, in any text', () => {
    // A small alphabet (with a character outside the BMP) so that phrases overlap and repeat.
    const unit = fc.constantFrom('a', 'b', '北', '京', '𠀀', '》', '.');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((units) => units.join(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.array(word, { maxLength: 8 }), (units, phrases) => {
        const text = units.join('');
        expect(phraseMatcher(phrases).find(text)).toEqual(naive(text, phrases));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a name and its closing title mark together, and leaves other text as it is', () => {
    const names = [
      { text: '北京国际交往中心', status: 'identified' as const },
      { text: '北京', status: 'translated' as const },
    ];
    const segments = splitNames('《北京国际交往中心》与北京。', names);
    expect(segments.map((segment) => [segment.text, segment.name?.text ?? null])).toEqual([
      ['《', null],
      ['北京国际交往中心》', '北京国际交往中心'],
      ['与', null],
      ['北京', '北京'],
      ['。', null],
    ]);
  });
});
