import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeedFile } from '../../src/lib/seeds/parse';
import { buildCorpus, decodeSeedBytes, readCorpus } from '../../src/lib/seeds/corpus';
import { SourceInputError } from '../../src/lib/errors';

const SEED = 'seeds/000_14bc0eab1dfbd4db.txt';
const seedText = readFileSync(SEED, 'utf8');

describe('the real seed file', () => {
  const parsed = parseSeedFile(seedText, SEED);

  it('keeps the topic line as the corpus name and skips the workspace chrome', () => {
    expect(parsed.corpus).toBe('国际交往中心功能建设');
    const titles = parsed.documents.map((document) => document.title);
    for (const chrome of ['Workflow', 'icon', 'Search documents', '国际交往中心功能建设']) {
      expect(titles).not.toContain(chrome);
    }
  });

  it('finds exactly two documents with their titles and lines', () => {
    expect(parsed.documents.map((document) => [document.title, document.line])).toEqual([
      ['北京提升打造“第二个三里屯”国际交往新场景', 5],
      ['大国首都国际影响力与吸引力持续攀升', 8],
    ]);
  });

  it('reads the byline of the first document and none for the second', () => {
    expect(parsed.documents[0].byline).toEqual({ outlet: 'Zhong Guo Xin Wen Wang', date: '2025-10-16', time: '13:52' });
    expect(parsed.documents[1].byline).toBeNull();
  });

  it('splits the first document into its core points and three groups', () => {
    const [first] = parsed.documents;
    expect(
      first.sections.map((section) => [section.id, section.label, section.heading, section.points.length]),
    ).toEqual([
      ['core', 'Core Points', null, 3],
      ['g1', 'Group 1', 'International Exchange Development', 3],
      ['g2', 'Group 2', 'Infrastructure and Connectivity', 3],
      ['g3', 'Group 3', 'Services for Foreign Nationals', 3],
    ]);
  });

  it('splits the second document into its core insights and four groups', () => {
    const second = parsed.documents[1];
    expect(
      second.sections.map((section) => [section.id, section.label, section.heading, section.points.length]),
    ).toEqual([
      ['core', 'Core Insights', null, 1],
      ['g1', 'Group 1', 'Achievements in International Engagement', 2],
      ['g2', 'Group 2', 'Infrastructure and Capacity Development', 2],
      ['g3', 'Group 3', 'Foreign Investment and Economic Growth', 2],
      ['g4', 'Group 4', 'Enhancements in Living Environment for Foreign Nationals', 2],
    ]);
  });

  it('gives every point a stable id, its text and its [n] markers', () => {
    const ids = parsed.documents.map((document) => document.sections.flatMap((s) => s.points.map((p) => p.id)));
    expect(ids[0]).toEqual([
      'core-1',
      'core-2',
      'core-3',
      'g1-1',
      'g1-2',
      'g1-3',
      'g2-1',
      'g2-2',
      'g2-3',
      'g3-1',
      'g3-2',
      'g3-3',
    ]);
    expect(ids[1]).toEqual(['core-1', 'g1-1', 'g1-2', 'g2-1', 'g2-2', 'g3-1', 'g3-2', 'g4-1', 'g4-2']);

    const organizations = parsed.documents[0].sections[1].points[1];
    expect(organizations.text).toBe(
      'The number of international organizations registered in Beijing has increased to 127, marking a 32% growth since the end of the "13th Five-Year Plan"',
    );
    expect(organizations.markers).toEqual([4]);
    expect(parsed.documents[0].sections[0].points[0].markers).toEqual([1, 2]);

    // The second document puts a full stop after its markers: it stays with the text.
    const influence = parsed.documents[1].sections[3].points[1];
    expect(influence.raw.endsWith('[5][6].')).toBe(true);
    expect(influence.text.endsWith('32% growth since the end of the "13th Five-Year Plan".')).toBe(true);
    expect(influence.markers).toEqual([5, 6]);
  });

  it('keeps every character of every point: raw points put back together rebuild the body', () => {
    const bodyLine = seedText.split('\n')[6];
    const first = parsed.documents[0];
    const rebuilt = first.sections
      .map((s) => [s.id === 'core' ? s.label : `${s.label}: ${s.heading}`, ...s.points.map((p) => p.raw)].join(' - '))
      .join(' ');
    expect(rebuilt).toBe(bodyLine.trim());
  });

  it('makes one corpus of 21 points, which the seeds directory holds whatever else is added to it', () => {
    const corpus = buildCorpus([parsed]);
    expect(corpus.name).toBe('国际交往中心功能建设');
    expect(corpus.documents).toHaveLength(2);
    expect(corpus.documents.flatMap((d) => d.sections.flatMap((s) => s.points))).toHaveLength(21);
    const titles = readCorpus('seeds').documents.map((document) => document.title);
    for (const document of corpus.documents) expect(titles).toContain(document.title);
  });
});

/** Runs the parser and returns the error it throws, so tests can read the message. */
function parseError(text: string, file = 'seeds/broken.txt'): SourceInputError {
  try {
    parseSeedFile(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(SourceInputError);
    return error as SourceInputError;
  }
  throw new Error('expected the parser to fail');
}

const HEADING = 'Workflow\n国际交往中心功能建设\nicon\nSearch documents\n';

describe('broken seed text', () => {
  it('rejects an empty file, naming it', () => {
    expect(parseError('', 'seeds/empty.txt').message).toMatch(/^seeds\/empty\.txt: the seed file is empty/);
    expect(parseError(' \n\n').message).toMatch(/empty/);
  });

  it('rejects a heading with no documents', () => {
    expect(parseError(HEADING).message).toMatch(/heading but no documents/);
  });

  it('rejects a document with no body, naming its line and title', () => {
    const error = parseError(`${HEADING}某标题\nZhong Guo Xin Wen Wang· 2025-10-16 13:52\n`);
    expect(error.message).toMatch(/\(line 5\): document "某标题" has no body/);
    const followedByTitle = parseError(`${HEADING}标题一\n标题二\nCore Points - A point [1]\n`);
    expect(followedByTitle.message).toMatch(/line 5\): document "标题一" has no body/);
  });

  it('rejects a body with no recognisable sections', () => {
    const error = parseError(`${HEADING}标题\nKey Findings - one thing [1] - another [2]\n`);
    expect(error.message).toMatch(/line 6, document "标题"\): the body has no recognisable sections/);
    const prose = parseError(
      `${HEADING}标题\nOutlet· 2025-01-01\nBeijing opened new facilities [1]. More are planned [2].\n`,
    );
    expect(prose.message).toMatch(/line 7, document "标题"\): the body has no recognisable sections/);
  });

  it('rejects a second body line instead of merging or dropping it', () => {
    const error = parseError(`${HEADING}标题\nCore Points - a [1]\nAn English line that is not a title\n`);
    expect(error.message).toMatch(/line 7\): document "标题" already has its body on line 6/);
  });

  it('rejects a byline with no title, a section without points, a repeated group', () => {
    expect(parseError(`${HEADING}Outlet· 2025-01-01\n`).message).toMatch(/line 5\): a byline/);
    expect(parseError(`${HEADING}标题\nCore Points - a [1] Group 1: Heading\n`).message).toMatch(
      /"Group 1" has no points/,
    );
    expect(parseError(`${HEADING}标题\nGroup 1: A - a [1] Group 1: B - b [2]\n`).message).toMatch(/appears twice/);
  });

  it('rejects two documents with the same title across the corpus', () => {
    const one = parseSeedFile(`${HEADING}同一标题\nCore Points - a [1]\n`, 'seeds/a.txt');
    const two = parseSeedFile(`${HEADING}同一标题\nCore Points - b [1]\n`, 'seeds/b.txt');
    expect(() => buildCorpus([one, two])).toThrow(
      /seeds\/b\.txt \(line 5\): a second document titled "同一标题" \(the first is seeds\/a\.txt line 5\)/,
    );
  });

  it('rejects control characters and bidi controls, naming line, column and code point', () => {
    const lines = seedText.split('\n');
    const at = (line: number, column: number, character: string) =>
      lines
        .map((text, index) =>
          index === line - 1 ? text.slice(0, column - 1) + character + text.slice(column - 1) : text,
        )
        .join('\n');
    for (const character of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085']) {
      const code = character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(parseError(at(7, 12, character), SEED).message).toMatch(
        new RegExp(
          `^${SEED.replace(/\./g, '\\.')} \\(line 7, column 12\\): the control character U\\+${code} is in the text\\.\\n  → delete it`,
        ),
      );
    }
    for (const character of [
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ]) {
      const code = character.codePointAt(0)!.toString(16).toUpperCase();
      expect(parseError(at(5, 3, character), SEED).message).toMatch(
        new RegExp(`\\(line 5, column 3\\): the bidirectional control U\\+${code} is in the text\\.`),
      );
    }
    // Tabs and CRLF line ends are ordinary text.
    expect(() => parseSeedFile(at(7, 12, '\t').replace(/\n/g, '\r\n'), SEED)).not.toThrow();
  });

  it('rejects CR-only line endings with a message of their own', () => {
    expect(parseError(seedText.replace(/\n/g, '\r'), SEED).message).toMatch(
      /\(line 1\): a line ends with a carriage return alone \(CR-only line endings/,
    );
    const oneLine = seedText
      .split('\n')
      .map((line, index) => (index === 5 ? `${line.slice(0, 10)}\r${line.slice(10)}` : line))
      .join('\n');
    expect(parseError(oneLine, SEED).message).toMatch(/\(line 6\): a line ends with a carriage return alone/);
  });

  it('rejects bytes that are not UTF-8, naming line and byte', () => {
    const gbk = Uint8Array.from([...Buffer.from('Workflow\n'), 0xb1, 0xb1, 0xbe, 0xa9, 0x0a]);
    expect(() => decodeSeedBytes(gbk, 'seeds/gbk.txt')).toThrow(
      /seeds\/gbk\.txt \(line 2, byte 9\): the seed file is not valid UTF-8/,
    );
  });
});
