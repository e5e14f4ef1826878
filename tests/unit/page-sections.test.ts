import { describe, expect, it } from 'vitest';
import { pageSections } from '../../src/lib/page/page-sections';

describe('the sections of a long page (“On this page”)', () => {
  it('lists each h2 with an id, in order, with its text decoded and its markup dropped', () => {
    const html =
      '<h2 id="files">Files &amp; <code>CSV</code></h2><p>…</p><section><h2 id="how-to-cite">\n  How to\n cite</h2></section>' +
      '<h3 id="deeper">Not a section</h3><h2>No id</h2>';
    expect(pageSections(html)).toEqual([
      { id: 'files', label: 'Files & CSV' },
      { id: 'how-to-cite', label: 'How to cite' },
    ]);
  });
  it('gives nothing for a page without sections', () => {
    expect(pageSections('<p>Only a paragraph</p>')).toEqual([]);
  });
});
