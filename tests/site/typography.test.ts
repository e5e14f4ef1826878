// Chinese typography on every built Chinese page: the site's own words (interface, notes,
// translations) use full-width punctuation next to Chinese text. Verbatim source text, code
// and Latin-language runs follow their own rules and are left out.
import { describe, expect, it } from 'vitest';
import { chineseTypographyProblems, spacedPunctuationProblems } from '../../src/lib/checks/typography';
import { builtPages, readPage } from '../helpers/site';

// Formatted citations (.cite-text) follow their citation style's punctuation.
const VERBATIM = 'script, style, code, pre, blockquote, q, .cite-text, [lang]:not([lang="zh-CN"]), [data-verbatim]';

/** Elements that hold one line or paragraph of text, and the blocks that would split one. */
const LINES = 'p, li, dt, dd, h1, h2, h3, h4, td, th, figcaption, caption, label, legend';
const BLOCKS =
  'p, div, ul, ol, dl, table, details, summary, blockquote, figure, section, article, nav, form, h1, h2, h3, h4';

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

  it('put no space beside full-width punctuation within a line of text', () => {
    const pages = builtPages().filter((path) => readPage(path)('html').attr('lang') === 'zh-CN');
    const problems = pages.flatMap((path) => {
      const $ = readPage(path);
      // Badges (本站译文) and screen-reader-only text stand apart from the sentence they follow.
      $(`${VERBATIM}, .tag, .visually-hidden`).remove();
      return $(LINES)
        .filter((_, element) => $(element).find(BLOCKS).length === 0)
        .toArray()
        .flatMap((element) =>
          spacedPunctuationProblems($(element).text().replace(/\s+/g, ' ').trim()).map(
            (problem) => `${path}: ${problem.message} — ${problem.excerpt}`,
          ),
        );
    });
    expect(problems).toEqual([]);
  });
});
