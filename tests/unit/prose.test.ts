import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/checks/prose';

describe('place prose', () => {
  it('says once that a file without a paragraph is empty', () => {
    const problems: string[] = [];
    checkProse('---\ntitle: x\n---\n\nimport Cite from "x";\n', 'places/x/en.mdx', 1, (error) =>
      problems.push(error.message),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/places\/x\/en\.mdx.*the prose is empty/s);
  });

  it('accepts cited paragraphs whose figures come from components', () => {
    expect(() =>
      checkProse(
        'Guidelines identify <Figure id="key-street-blocks" lang="en" />.<Cite n={1} />\n\nMore.<Cite n={2} />',
        'p.mdx',
        2,
      ),
    ).not.toThrow();
  });
  it('refuses a paragraph without a citation, naming the file and paragraph', () => {
    expect(() => checkProse('Cited.<Cite n={1} />\n\nNot cited.', 'places/x/en.mdx', 1)).toThrow(
      /^places\/x\/en\.mdx \(paragraph 2\): a paragraph with no citation\./,
    );
  });
  it('refuses a citation number the entry does not have', () => {
    expect(() => checkProse('Text.<Cite n={3} />', 'p.mdx', 2)).toThrow(
      /<Cite n=\{3\} \/> but the entry has 2 citation/,
    );
  });
  it('refuses a figure typed by hand', () => {
    expect(() => checkProse('Beijing has 127 organizations.<Cite n={1} />', 'p.mdx', 1)).toThrow(
      /the figure "127" is typed/,
    );
  });
  it('refuses a <Term> written inside 《…》, where its mark would fall inside the title marks', () => {
    expect(() => checkProse('《<Term id="x" lang="zh" />》确定了重点。<Cite n={1} />', 'places/x/zh.mdx', 1)).toThrow(
      /places\/x\/zh\.mdx \(paragraph 1\): <Term id="x" \/> is written inside 《…》.*quote="book"/s,
    );
    expect(() =>
      checkProse('<Term id="x" lang="zh" quote="book" />确定了重点。<Cite n={1} />', 'p.mdx', 1),
    ).not.toThrow();
  });
});

describe('the voice of the sources in prose', () => {
  const cite = (...sources: string[]) => sources.map((source, index) => ({ source, point: `p${index}`, quote: 'q' }));
  const problems = (body: string, citations: ReturnType<typeof cite>) => {
    const found: string[] = [];
    checkProse(body, 'places/x/en.mdx', { citationCount: citations.length, citations }, (error) =>
      found.push(error.message),
    );
    return found;
  };

  it('refuses "these services" pointing back to what another source said', () => {
    const body =
      'Permits are easier to get.<Cite n={1} />\n\nFeedback is sought, and Beijing plans to raise the quality of these services.<Cite n={2} />';
    expect(problems(body, cite('a', 'b'))).toEqual([
      expect.stringMatching(
        /\(paragraph 2\): "these services" points back to sentences citing a, which this sentence does not cite \(it cites b\)/,
      ),
    ]);
    expect(problems(body.replace('these services', '上述服务'), cite('a', 'b'))).toHaveLength(1);
    // The same source before: what it points back to is that source's.
    expect(problems(body, cite('a', 'a'))).toEqual([]);
    expect(problems('Payment solutions such as the BEIJING PASS.<Cite n={1} />', cite('a'))).toEqual([]);
  });
});
