// Chinese typography on every built Chinese page: the site's own words (interface, notes,
// translations) use full-width punctuation next to Chinese text. Verbatim source text, code
// and Latin-language runs follow their own rules and are left out.
import { describe, expect, it } from 'vitest';
import { chineseTypographyProblems } from '../../src/lib/checks/typography';
import { builtPages, readPage } from '../helpers/site';

// Formatted citations (.cite-text) follow their citation style's punctuation.
const VERBATIM = 'script, style, code, pre, blockquote, q, .cite-text, [lang]:not([lang="zh-CN"]), [data-verbatim]';

describe('Chinese pages', () => {
  it('put full-width punctuation next to Chinese text', () => {
    const pages = builtPages().filter((path) => readPage(path)('html').attr('lang') === 'zh-CN');
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((path) => {
      const $ = readPage(path);
      $(VERBATIM).remove();
      return chineseTypographyProblems($('body').text().replace(/\s+/g, ' ')).map(
        (problem) => `${path}: ${problem.message} — ${problem.excerpt}`,
      );
    });
    expect(problems).toEqual([]);
  });
});
