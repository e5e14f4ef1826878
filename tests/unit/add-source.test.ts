import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  addSourceNextSteps,
  metadataYaml,
  planAddSource,
  proposeSlug,
  translationSkeleton,
} from '../../src/lib/seeds/add-source';
import { parseSeedFile } from '../../src/lib/seeds/parse';
import { readableSlug } from '../../src/lib/seeds/slug';
import { sourceMetadata, sourceTranslation, SLUG } from '../../src/lib/content/schemas';

const TEXT = `新的测试文档：国际交往“新场景”
Example Daily· 2026-01-02 08:00
Core Points - A point with "quotes" and a colon: here [1] Group 1: Services: more - Another point [2]
没有日期的文档
Core Insights - Only one point [1]
`;
const bytes = new TextEncoder().encode(TEXT);
const parsed = parseSeedFile(TEXT, '/tmp/new.txt');
const plan = (overrides: Partial<Parameters<typeof planAddSource>[0]> = {}) =>
  planAddSource({
    parsed,
    bytes,
    targetName: 'new.txt',
    existingSeeds: [],
    knownDocuments: [],
    takenSlugs: new Set(),
    ...overrides,
  });

describe('add-source next steps', () => {
  it('name each step of the loop with its command, and the slug rule that holds after publishing or before', () => {
    const unpublished = addSourceNextSteps(['doc-a', 'doc-b'], false).join('\n');
    for (const command of [
      'npm run dev',
      'npm run draft -- doc-a; npm run draft -- doc-b',
      'npm run check:content -- --strict',
      'npm run rename -- sources doc-a',
      'npm run build && npm run urls:update',
    ])
      expect(unpublished).toContain(command);
    const published = addSourceNextSteps(['doc-a'], true).join('\n');
    expect(published).toMatch(/Published already: a new slug now needs a redirect/);
    expect(published).not.toMatch(/change a slug freely/);
  });
  it('tell the editor in sources.yaml to change a slug with npm run rename, not by hand', () => {
    expect(metadataYaml(plan(), '2026-01-01')).toContain('npm run rename -- sources <slug> <new>');
  });
});

describe('add-source plan', () => {
  it('registers each document with a proposed ASCII slug, no English title and its byline date', () => {
    const { target, documents } = plan();
    expect(target).toBe('seeds/new.txt');
    expect(documents.map(({ metadata }) => metadata.published)).toEqual(['2026-01-02', null]);
    for (const { metadata } of documents) {
      expect(metadata.slug).toMatch(SLUG);
      expect(metadata.titleEn).toBeNull();
    }
    // Readable: the pinyin of the Chinese title, word by word, not a date and a hash.
    // (Where words end is the segmenter's reading: ICU's dictionary decides xinde or xin-de.)
    expect(documents[0].metadata.slug).toMatch(/^xin.*ceshi.*guoji-jiaowang/);
    expect(documents[1].metadata.slug).toMatch(/^meiyou-riqi/);
  });

  it('proposes a slug no other document has: with its date, then a number', () => {
    const first = proposeSlug('国际交往中心', '2026-01-02', new Set());
    expect(first).toBe('guoji-jiaowang-zhongxin');
    const second = proposeSlug('国际交往中心', '2026-01-02', new Set([first]));
    expect(second).toBe('guoji-jiaowang-zhongxin-2026-01-02');
    expect(proposeSlug('国际交往中心', null, new Set([first]))).toBe('guoji-jiaowang-zhongxin-2');
  });

  it('proposes from the English title once it is given, leaving out articles and prepositions', () => {
    expect(readableSlug('标题', 'The International Influence of a Major Country’s Capital', new Set())).toBe(
      'international-influence-major-countrys-capital',
    );
    expect(readableSlug('《财富》世界500强', null, new Set())).toBe('caifu-shijie-500-qiang');
    expect(readableSlug('“”', null, new Set(['document']))).toBe('document-2');
    expect(readableSlug('按月', 'By month', new Set(), ['by-month'])).toBe('by-month-2');
  });

  it('refuses a file already in seeds/, under any name, naming it', () => {
    expect(() => plan({ existingSeeds: [{ file: 'seeds/old.txt', bytes }] })).toThrow(
      /already in the site as seeds\/old\.txt; nothing was changed/,
    );
  });

  it('refuses a different file with the same name', () => {
    const other = new TextEncoder().encode('other');
    expect(() => plan({ existingSeeds: [{ file: 'seeds/new.txt', bytes: other }] })).toThrow(
      /seeds\/new\.txt already exists \(a different file\)/,
    );
  });

  it('refuses a title the site already has, naming the existing document', () => {
    const known = [{ title: '没有日期的文档', file: 'seeds/000.txt', line: 12 }];
    expect(() => plan({ knownDocuments: known })).toThrow(
      /\(line 4\): a document titled "没有日期的文档" .*seeds\/000\.txt line 12/,
    );
  });

  it('writes metadata that reads back as valid entries, titles byte for byte', () => {
    const planned = plan();
    const entries = parseYaml(metadataYaml(planned, '2026-11-27')) as unknown[];
    expect(entries).toHaveLength(2);
    entries.forEach((entry, index) => {
      const valid = sourceMetadata.parse(entry);
      expect(valid.title).toBe(parsed.documents[index].title);
      expect(valid.slug).toBe(planned.documents[index].metadata.slug);
    });
  });

  it('writes a translation file with every heading and point, empty, that validates', () => {
    const planned = plan();
    const skeleton = translationSkeleton(parsed.documents[0], planned);
    const translation = sourceTranslation.parse(parseYaml(skeleton));
    expect(Object.keys(translation.points)).toEqual(['core-1', 'g1-1']);
    expect(Object.values(translation.points)).toEqual([null, null]);
    expect(Object.keys(translation.headings)).toEqual(['g1']);
    expect(skeleton).toContain('# A point with "quotes" and a colon: here');
    const noGroups = sourceTranslation.parse(parseYaml(translationSkeleton(parsed.documents[1], planned)));
    expect(noGroups.headings).toEqual({});
  });
});
