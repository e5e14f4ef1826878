import { describe, expect, it } from 'vitest';
import { assertTraceable, citationProblem, indexSources, pointCoverage } from '../../src/lib/checks/provenance';
import { joinSourcesWithMetadata } from '../../src/lib/content/sources';
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../../src/lib/seeds/corpus';
import { parseSeedFile } from '../../src/lib/seeds/parse';
import type { SourceMetadata } from '../../src/lib/content/schemas';

/** The real seed file alone: other seeds may be added beside it. */
const SEED = 'seeds/000_14bc0eab1dfbd4db.txt';
const corpus = buildCorpus([parseSeedFile(readFileSync(SEED, 'utf8'), SEED)]);
const metadata: SourceMetadata[] = [
  {
    slug: 'first',
    title: corpus.documents[0].title,
    titleEn: 'First',
    outlet: { zh: '中新网', en: 'China News Network' },
    published: '2025-10-16',
    notes: [],
  },
  { slug: 'second', title: corpus.documents[1].title, titleEn: 'Second', outlet: null, published: null, notes: [] },
];
const sources = joinSourcesWithMetadata(corpus, metadata, 'sources.yaml');
const bySlug = indexSources(sources);

describe('citations', () => {
  it('accepts a quote that stands word for word in its point', () => {
    expect(citationProblem({ source: 'first', point: 'g1-2', quote: 'has increased to 127' }, bySlug)).toBeNull();
  });

  it('refuses a quote that differs by one character, and says what the point reads', () => {
    const found = citationProblem({ source: 'first', point: 'g1-2', quote: 'has increased to 128' }, bySlug);
    expect(found?.problem).toBe('the quote "has increased to 128" is not in first g1-2.');
    expect(found?.hint).toContain(
      'The number of international organizations registered in Beijing has increased to 127',
    );
  });

  it('refuses a quote taken from another point of the same document', () => {
    expect(citationProblem({ source: 'first', point: 'g1-1', quote: 'has increased to 127' }, bySlug)).not.toBeNull();
  });

  it('refuses unknown sources and point ids, listing what exists', () => {
    expect(citationProblem({ source: 'third', point: 'core-1', quote: 'x' }, bySlug)?.hint).toBe(
      'use one of: first, second.',
    );
    expect(citationProblem({ source: 'second', point: 'g5-1', quote: 'x' }, bySlug)?.hint).toMatch(
      /core-1, g1-1, g1-2/,
    );
  });
  it('says to add a source first when the site has none, not "use one of: ."', () => {
    expect(citationProblem({ source: 'first', point: 'core-1', quote: 'x' }, indexSources([]))?.hint).toBe(
      'the site has no source yet: add its seed with `npm run add-source -- <seed file>` first.',
    );
  });

  it('names the entry file and the citation number when it throws', () => {
    expect(() =>
      assertTraceable(
        'src/content/indicators/x.yaml',
        [
          { source: 'first', point: 'g1-2', quote: 'has increased to 127' },
          { source: 'second', point: 'g3-2', quote: 'decreased' },
        ],
        bySlug,
      ),
    ).toThrow(/^src\/content\/indicators\/x\.yaml \(citation 2\): the quote "decreased" is not in second g3-2\./);
  });
});

describe('point coverage', () => {
  it('counts cited, listed and silent points, and flags points that are both', () => {
    const coverage = pointCoverage(
      sources,
      [
        { source: 'first', point: 'core-1' },
        { source: 'first', point: 'core-1' },
        { source: 'second', point: 'g4-2' },
      ],
      [
        { source: 'second', point: 'g4-2' },
        { source: 'first', point: 'core-2' },
      ],
    );
    expect(coverage.total).toBe(21);
    expect(coverage.cited).toEqual([
      { source: 'first', point: 'core-1' },
      { source: 'second', point: 'g4-2' },
    ]);
    expect(coverage.citedButListedUnused).toEqual([{ source: 'second', point: 'g4-2' }]);
    expect(coverage.pending).toHaveLength(21 - 3);
    expect(coverage.pending).not.toContainEqual({ source: 'first', point: 'core-2' });
  });
});

describe('joining seeds with metadata', () => {
  it('carries the byline into the source', () => {
    expect(sources[0]).toMatchObject({
      slug: 'first',
      publishedTime: '13:52',
      outletAsWritten: 'Zhong Guo Xin Wen Wang',
    });
    expect(sources[1]).toMatchObject({ slug: 'second', publishedTime: null, outletAsWritten: null });
  });

  it('fails on a document without metadata, naming the seed file, line and title', () => {
    expect(() => joinSourcesWithMetadata(corpus, metadata.slice(0, 1), 'sources.yaml')).toThrow(
      /^seeds\/000_14bc0eab1dfbd4db\.txt \(line 8\): document "大国首都国际影响力与吸引力持续攀升" has no metadata\./,
    );
  });

  it('fails on metadata without a document, naming the entry and title', () => {
    const extra = { ...metadata[1], slug: 'ghost', title: '不存在的文章' };
    expect(() => joinSourcesWithMetadata(corpus, [...metadata, extra], 'sources.yaml')).toThrow(
      /^sources\.yaml \(entry 3, slug "ghost"\): title "不存在的文章" matches no document in seeds\//,
    );
  });

  it('fails on a reused slug and on a date that contradicts the byline', () => {
    expect(() => joinSourcesWithMetadata(corpus, [metadata[0], { ...metadata[1], slug: 'first' }], 's.yaml')).toThrow(
      /entry 2, slug "first"\): slug "first" is already used by entry 1/,
    );
    expect(() =>
      joinSourcesWithMetadata(corpus, [{ ...metadata[0], published: '2025-10-15' }, metadata[1]], 's.yaml'),
    ).toThrow(/published "2025-10-15" contradicts the byline/);
  });
});
