/** A minimal TextMate grammar for RIS (Shiki has none): tags, separators and values. */
export const risGrammar = {
  name: 'ris',
  scopeName: 'source.ris',
  patterns: [
    {
      match: '^([A-Z][A-Z0-9])(  -)(.*)$',
      captures: {
        1: { name: 'keyword.other.ris' },
        2: { name: 'punctuation.separator.ris' },
        3: { name: 'string.unquoted.ris' },
      },
    },
  ],
};
