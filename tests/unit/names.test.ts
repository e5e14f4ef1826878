import { describe, expect, it } from 'vitest';
import { markedNames, splitNames, withNameMarks } from '../../src/lib/format/provenance';
import { unmarkedNames } from '../helpers/names';

const names = markedNames([
  {
    title: { zh: '金盏国际合作服务区', en: 'Jinzhan International Cooperation Service Zone' },
    status: 'identified',
    sourceWording: 'Jinzhanzhong District',
  },
  { title: { zh: '北京国际交往中心规划实施指引', en: 'Guidelines' }, status: 'translated' },
  { title: { zh: 'BEIJING PASS', en: 'BEIJING PASS' }, status: 'translated' },
  { title: { zh: '三里屯', en: 'Sanlitun' }, status: 'certain' },
]);

describe('marking names', () => {
  it('marks only names the site identified or translated, not certain ones or names kept in the source’s form', () => {
    expect(names.map((name) => name.text)).toEqual([
      'Jinzhan International Cooperation Service Zone',
      '北京国际交往中心规划实施指引',
      '金盏国际合作服务区',
    ]);
  });
  it('marks an English name too where it is the site’s, not the source’s wording', () => {
    expect(withNameMarks('The Jinzhan International Cooperation Service Zone', names, 'en')).toBe(
      'The Jinzhan International Cooperation Service Zone (site’s identification)',
    );
    // The source's own wording of a name the site translated is not marked.
    expect(withNameMarks('Guidelines', names, 'en')).toBe('Guidelines');
  });
  it('finds a name inside a longer title and keeps its closing title mark with it', () => {
    const segments = splitNames('《北京国际交往中心规划实施指引》印发', names);
    expect(segments.map((segment) => [segment.text, segment.name?.status])).toEqual([
      ['《', undefined],
      ['北京国际交往中心规划实施指引》', 'translated'],
      ['印发', undefined],
    ]);
    expect(withNameMarks('聚焦金盏国际合作服务区', names, 'zh')).toBe('聚焦金盏国际合作服务区（本站识别）');
  });
});

describe('the built-page check', () => {
  const page = (body: string, title = '页面') =>
    `<html><head><title>${title}</title></head><body>${body}</body></html>`;
  it('fails on a name shown without its status (a list item, a heading, a page title)', () => {
    expect(unmarkedNames(page('<ul><li><a>金盏国际合作服务区</a></li></ul>'), names)).toHaveLength(1);
    expect(unmarkedNames(page('<h1>x</h1>', '《北京国际交往中心规划实施指引》 · 站点'), names)).toEqual([
      expect.objectContaining({ where: 'title', name: '北京国际交往中心规划实施指引' }),
    ]);
  });
  it('passes a name inside the status component, an editor’s note, or followed by its mark in words', () => {
    const marked =
      '<span data-name-status="identified">金盏国际合作服务区<small class="name-mark">（本站识别）</small></span>' +
      '<aside data-editor-note>本站将其识别为金盏国际合作服务区</aside>';
    expect(unmarkedNames(page(marked, '金盏国际合作服务区（本站识别） · 站点'), names)).toEqual([]);
  });
  it('checks JSON-LD and meta tags', () => {
    const html = page(
      '<script type="application/ld+json">{"name":"金盏国际合作服务区"}</script><meta name="citation_title" content="金盏国际合作服务区">',
    );
    expect(
      unmarkedNames(html, names)
        .map((found) => found.where)
        .sort(),
    ).toEqual(['json-ld', 'meta[citation_title]']);
  });
});
