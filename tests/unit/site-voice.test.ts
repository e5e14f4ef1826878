/**
 * What the site says in its own voice: a place it marks as identified is titled by what it
 * identified, an editor's note says whose statement it makes (the source's or the site's), and
 * words for several sources stand only where an entry cites several documents.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { identifiedPlaceProblems } from '../../src/lib/checks/claims';
import { manySourcesProblems, noteAttributionProblems } from '../../src/lib/checks/notes';
import { place } from '../../src/lib/content/schemas';
import type { SourceInputError } from '../../src/lib/errors';
import { checkSiteContent } from '../../src/lib/read/site-content';

describe('a place the site identifies is titled by what it identified', () => {
  const museum = (fields: Record<string, unknown>) =>
    place.parse({
      title: { zh: '长城博物馆', en: 'Great Wall Museum' },
      kind: 'museum',
      summary: { zh: '来源列举的重大项目。', en: 'A project the source names.' },
      citations: [{ source: 'a', point: 'g2-1', quote: 'the renovation of the Great Wall Museum' }],
      ...fields,
    });
  it('refuses "identified" when the English title is only the source’s wording', () => {
    const problems = identifiedPlaceProblems(
      museum({ nameStatus: 'identified', sourceWording: 'the Great Wall Museum' }),
    );
    expect(problems.map((problem) => [problem.where, problem.problem])).toEqual([
      ['nameStatus', expect.stringContaining('"Great Wall Museum" is the source\'s own wording')],
    ]);
  });
  it('refuses "identified" without the source’s wording', () => {
    expect(identifiedPlaceProblems(museum({ nameStatus: 'identified' })).map((problem) => problem.where)).toEqual([
      'nameStatus',
    ]);
  });
  it('accepts an identified name beside the source’s words, and a translated one', () => {
    const identified = museum({
      title: { zh: '中国长城博物馆', en: 'China Great Wall Museum' },
      nameStatus: 'identified',
      sourceWording: 'Great Wall Museum',
    });
    expect(identifiedPlaceProblems(identified)).toEqual([]);
    expect(identifiedPlaceProblems(museum({ nameStatus: 'translated' }))).toEqual([]);
  });
});

describe('an editor’s note says whose statement it makes', () => {
  const problemsOf = (notes: { zh: string; en: string }[]) => {
    const problems: SourceInputError[] = [];
    noteAttributionProblems([{ file: 'g.yaml', where: 'notes', notes }], (problem) => problems.push(problem));
    return problems.map((problem) => problem.message);
  };
  it('refuses a plain fact in the site’s voice, in each language, naming file and place', () => {
    expect(
      problemsOf([
        { zh: '来源也写作“expatriates”。', en: 'The sources also say “expatriates”.' },
        { zh: '即“姊妹城市”。', en: 'Also called sister cities.' },
        { zh: '航点指通航的目的地。', en: 'The site reads an air point as a destination.' },
      ]),
    ).toEqual([
      expect.stringMatching(/^g\.yaml \(notes\.1\.en\): the note “Also called sister cities\.” does not say whose/),
      expect.stringMatching(/^g\.yaml \(notes\.1\.zh\): the note “即“姊妹城市”。”/),
      expect.stringMatching(/^g\.yaml \(notes\.2\.zh\): the note “航点指通航的目的地。”/),
    ]);
  });
  it('accepts notes that give the source’s words or mark the site’s judgement', () => {
    expect(
      problemsOf([
        { zh: '来源只写作“the Great Wall Museum”。', en: 'The source says only “the Great Wall Museum”.' },
        { zh: '本站将其识别为金盏国际合作服务区。', en: 'The site identifies it as the Jinzhan zone.' },
        { zh: '种子文件未给出该文档的发布媒体。', en: 'The seed gives no outlet for this document.' },
      ]),
    ).toEqual([]);
  });
});

describe('words for several sources need several cited documents', () => {
  const problemsOf = (texts: [lang: 'en' | 'zh', text: string][], documents: string[]) => {
    const problems: SourceInputError[] = [];
    manySourcesProblems(
      texts.map(([lang, text], index) => ({ file: 'g.yaml', where: `notes.${index}.${lang}`, lang, text, documents })),
      (problem) => problems.push(problem),
    );
    return problems.map((problem) => problem.message);
  };
  const texts: [lang: 'en' | 'zh', text: string][] = [
    ['en', 'The sources also say “expatriates”.'],
    ['en', 'The first source also says “foreign companies”.'],
    ['zh', '第二份来源写作“key districts”。'],
    ['en', 'The sources give neither the month nor the publisher.'],
    ['en', 'The source says only “the Great Wall Museum”.'],
  ];
  it('refuses them in an entry citing one document, naming what it cites', () => {
    expect(problemsOf(texts, ['a'])).toEqual([
      'g.yaml (notes.0.en): “The sources also say” speaks of more than one source, but the entry cites one document (a).\n' +
        '  → cite the other document’s words where it says so, or write “the source” (来源) for the one cited.',
      expect.stringMatching(/^g\.yaml \(notes\.1\.en\): “first source” speaks/),
      expect.stringMatching(/^g\.yaml \(notes\.2\.zh\): “第二份来源” speaks/),
    ]);
  });
  it('accepts them where the entry cites two documents', () => {
    expect(problemsOf(texts, ['a', 'b'])).toEqual([]);
  });
});

describe('the validation stage on a copy of the real content', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));
  /** A copy of the content with one note added to the first glossary term citing one document. */
  const withNote = (note: { zh: string; en: string }) => {
    const root = mkdtempSync(join(tmpdir(), 'site-voice-'));
    copies.push(root);
    for (const entry of ['seeds', 'src/content']) cpSync(entry, join(root, entry), { recursive: true });
    const directory = join(root, 'src/content/glossary');
    const [name, data] = readdirSync(directory)
      .map((file) => [file, parseYaml(readFileSync(join(directory, file), 'utf8'))] as const)
      .find(([, term]) => new Set(term.citations.map((citation: { source: string }) => citation.source)).size === 1)!;
    data.notes = [...(data.notes ?? []), note];
    writeFileSync(join(directory, name), stringifyYaml(data));
    const where = `src/content/glossary/${name} (notes.${data.notes.length - 1}`;
    return { where, messages: checkSiteContent(root).problems.map((problem) => problem.message) };
  };
  it('refuses an unattributed note, naming the file and the note, in both languages', () => {
    const { where, messages } = withNote({ zh: '即“姊妹城市”。', en: 'Also called sister cities.' });
    expect(messages).toEqual([
      expect.stringContaining(`${where}.en): the note`),
      expect.stringContaining(`${where}.zh): the note`),
    ]);
  });
  it('refuses a note comparing two sources in a term that cites one', () => {
    const { where, messages } = withNote({ zh: '第二份来源写作“towns”。', en: 'The second source says “towns”.' });
    expect(messages).toEqual([
      expect.stringContaining(`${where}.zh): “第二份来源” speaks of more than one source`),
      expect.stringContaining(`${where}.en): “second source” speaks of more than one source`),
    ]);
  });
});
