import { SourceInputError } from '../errors';
import { checkText } from '../text/policy';

/**
 * Parser for seed files: plain-text exports of a document-search workspace.
 *
 * Shape of a seed file (docs/adding-a-source.md has the whole format):
 *   Workflow / <topic> / icon / Search documents   ← the workspace's chrome, then the topic
 *   <title>                                         ← one line, the document's (Chinese) title
 *   <outlet>· YYYY-MM-DD HH:MM                      ← optional byline
 *   Core Points - … [1][2] - … Group 1: <heading> - … [4]   ← the body, on one line
 *
 * The parser is pure (text in, structure out) so that it can be tested on real and broken
 * text without touching the file system.
 */

export interface SeedPoint {
  /** Stable anchor id, e.g. `core-3` or `g2-1`. */
  id: string;
  /** The point as written, reference markers included. */
  raw: string;
  /** The point without its trailing `[n]` markers. */
  text: string;
  /** The `[n]` reference markers, in order. */
  markers: number[];
}

export interface SeedSection {
  /** `core` or `g<N>`. */
  id: string;
  /** The section label as written: "Core Points", "Core Insights" or "Group N". */
  label: string;
  /** The group's heading ("Infrastructure and Connectivity"); null for the core section. */
  heading: string | null;
  points: SeedPoint[];
}

export interface SeedByline {
  /** The outlet as written, or null when the byline names none. */
  outlet: string | null;
  /** ISO date, as the byline states it. */
  date: string;
  /** HH:MM, when the byline states it. */
  time: string | null;
}

export interface SeedDocument {
  title: string;
  byline: SeedByline | null;
  sections: SeedSection[];
  /** Seed file name and 1-based line of the title, for error messages and provenance. */
  file: string;
  line: number;
}

export interface SeedFile {
  file: string;
  /** The topic line of the workspace heading (e.g. 国际交往中心功能建设), if present. */
  corpus: string | null;
  documents: SeedDocument[];
}

/** Lines the workspace adds around the topic; they are page furniture, not content. */
export const WORKSPACE_CHROME_LINES: ReadonlySet<string> = new Set(['Workflow', 'icon', 'Search documents']);
const LAST_CHROME_LINE = 'Search documents';

const BYLINE = /^(.*?)\s*·\s*(\d{4}-\d{2}-\d{2})(?:\s+(\d{1,2}:\d{2}))?\s*$/;
const SECTION_MARKER = /(?<=^|\s)(Core Points|Core Insights|Group (\d+):)/g;
const BULLET = /\s+-\s+/;
const TRAILING_MARKERS = /\s*((?:\[\d+\])+)\s*([.。]?)\s*$/;
/**
 * The seeds are English summaries of Chinese articles: only titles are written in Chinese.
 * So a title is a short line with Han characters and no section marker or " - " bullet;
 * any other line after a title is its body.
 */
const BODY_SHAPE = /^(Core Points|Core Insights|Group \d+:)|\s-\s/;
const HAN = /\p{Script=Han}/u;
const MAX_TITLE_LENGTH = 120;
function looksLikeTitle(line: string): boolean {
  return HAN.test(line) && !BODY_SHAPE.test(line) && line.length <= MAX_TITLE_LENGTH;
}

const SECTION_HINT =
  'a body is one line of sections: "Core Points - …" or "Core Insights - …", then "Group N: heading - …", each point introduced by " - "';

/**
 * Refuses text that would reach pages and citation files raw and wrong: CR-only line ends
 * (the whole file would read as one line), and whatever the one text policy refuses
 * (src/lib/text/policy.ts: control, bidi and invisible characters, text not in NFC).
 */
export function checkSeedText(text: string, file: string): void {
  checkText(text, file);
}

export function parseSeedFile(text: string, file: string): SeedFile {
  checkSeedText(text, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.every((line) => line.trim() === '')) {
    throw new SourceInputError({
      file,
      problem: 'the seed file is empty.',
      hint: 'put the exported documents in it, or delete the file.',
    });
  }
  const { corpus, firstContentIndex } = readWorkspaceHeading(lines, file);
  const documents = documentLines(lines, firstContentIndex, file).map((document) => toDocument(document, file));
  if (documents.length === 0) {
    throw new SourceInputError({
      file,
      problem: 'the seed file has a heading but no documents.',
      hint: 'add at least one document (title line, optional byline, body line), or delete the file.',
    });
  }
  return { file, corpus, documents };
}

/** A document's lines as read: its title, optional byline and one-line body, with their line numbers. */
interface DocumentLines {
  title: string;
  line: number;
  byline: SeedByline | null;
  body: string | null;
  bodyLine: number;
}

/** The documents after the heading: a title line, an optional byline, then the body on one line. */
function documentLines(lines: string[], firstContentIndex: number, file: string): DocumentLines[] {
  const documents: DocumentLines[] = [];
  let current: DocumentLines | undefined;
  for (let index = firstContentIndex; index < lines.length; index++) {
    const line = lines[index].trim();
    const where = `line ${index + 1}`;
    if (line === '') continue;
    const byline = BYLINE.exec(line);
    if (byline) {
      if (!current || current.byline || current.body !== null) {
        throw new SourceInputError({
          file,
          where,
          problem: `a byline ("${line}") that does not follow a document title.`,
          hint: 'a byline (outlet· date time) belongs on the line right after the title it describes.',
        });
      }
      current.byline = { outlet: byline[1].trim() || null, date: byline[2], time: byline[3] ?? null };
    } else if (looksLikeTitle(line)) {
      // A new title closes the previous document, which fails if it never got a body.
      if (current?.body === null) toDocument(current, file);
      current = { title: line, line: index + 1, byline: null, body: null, bodyLine: index + 1 };
      documents.push(current);
    } else if (!current) {
      throw new SourceInputError({
        file,
        where,
        problem: 'body text with no document title before it.',
        hint: 'put the document title (in Chinese, as the source gives it) on its own line before the body.',
      });
    } else if (current.body !== null) {
      throw new SourceInputError({
        file,
        where,
        problem: `document "${current.title}" already has its body on line ${current.bodyLine}; this line is neither a title nor a byline.`,
        hint: 'keep each body on one line; a new document starts with its Chinese title.',
      });
    } else {
      current.body = line;
      current.bodyLine = index + 1;
    }
  }
  return documents;
}

function toDocument(document: DocumentLines, file: string): SeedDocument {
  if (document.body === null) {
    throw new SourceInputError({
      file,
      where: `line ${document.line}`,
      problem: `document "${document.title}" has no body.`,
      hint: `add the document's body on the line after its title (${SECTION_HINT}), or remove the title.`,
    });
  }
  return {
    title: document.title,
    byline: document.byline,
    sections: parseBody(document.body, file, document.bodyLine, document.title),
    file,
    line: document.line,
  };
}

/** Splits off the workspace heading; the one line in it that is not chrome is the topic. */
function readWorkspaceHeading(lines: string[], file: string): { corpus: string | null; firstContentIndex: number } {
  const firstNonEmpty = lines.findIndex((line) => line.trim() !== '');
  if (!WORKSPACE_CHROME_LINES.has(lines[firstNonEmpty].trim())) {
    return { corpus: null, firstContentIndex: firstNonEmpty };
  }
  const end = lines.findIndex((line) => line.trim() === LAST_CHROME_LINE);
  if (end === -1) {
    throw new SourceInputError({
      file,
      where: `line ${firstNonEmpty + 1}`,
      problem: `the workspace heading starts but never reaches its last line "${LAST_CHROME_LINE}".`,
      hint: 'keep the exported heading whole, or remove it entirely.',
    });
  }
  const topics = lines
    .slice(firstNonEmpty, end)
    .map((line, offset) => ({ text: line.trim(), line: firstNonEmpty + offset + 1 }))
    .filter(({ text }) => text !== '' && !WORKSPACE_CHROME_LINES.has(text));
  if (topics.length > 1) {
    throw new SourceInputError({
      file,
      where: `line ${topics[1].line}`,
      problem: `the workspace heading has more than one topic line ("${topics[0].text}", "${topics[1].text}").`,
      hint: 'the heading holds exactly one topic line between "Workflow" and "Search documents".',
    });
  }
  return { corpus: topics[0]?.text ?? null, firstContentIndex: end + 1 };
}

function parseBody(body: string, file: string, line: number, title: string): SeedSection[] {
  const where = `line ${line}, document "${title}"`;
  const markers = [...body.matchAll(SECTION_MARKER)];
  if (markers.length === 0) {
    throw new SourceInputError({
      file,
      where,
      problem: 'the body has no recognisable sections.',
      hint: SECTION_HINT + '.',
    });
  }
  const preamble = body.slice(0, markers[0].index).trim();
  if (preamble !== '') {
    throw new SourceInputError({
      file,
      where,
      problem: `text before the first section: "${preamble.slice(0, 60)}".`,
      hint: 'a body starts with "Core Points", "Core Insights" or "Group 1:".',
    });
  }

  const sections: SeedSection[] = [];
  markers.forEach((marker, position) => {
    const start = marker.index! + marker[0].length;
    const end = position + 1 < markers.length ? markers[position + 1].index! : body.length;
    const section = parseSection(marker, body.slice(start, end).trimEnd(), file, where);
    if (sections.some((earlier) => earlier.id === section.id)) {
      throw new SourceInputError({
        file,
        where,
        problem: `section "${section.label}" appears twice (its id "${section.id}" would not be unique).`,
        hint: 'number the groups 1, 2, 3… and give a document one core section.',
      });
    }
    sections.push(section);
  });
  return sections;
}

/** One section: its marker ("Core Points", "Group 2:"), a group's heading, then its " - " points. */
function parseSection(marker: RegExpMatchArray, content: string, file: string, where: string): SeedSection {
  const groupNumber = marker[2];
  const id = groupNumber ? `g${Number(groupNumber)}` : 'core';
  const label = groupNumber ? `Group ${Number(groupNumber)}` : marker[1];
  // A group's heading runs up to its first bullet; the core section has no heading.
  const [headingPart, ...bullets] = content.split(BULLET);
  const heading = groupNumber ? headingPart.trim() : null;
  if (!groupNumber && headingPart.trim() !== '') {
    throw new SourceInputError({
      file,
      where,
      problem: `"${label}" is not followed by a " - " bullet.`,
      hint: `write "${label} - <first point>".`,
    });
  }
  if (groupNumber && heading === '') {
    throw new SourceInputError({
      file,
      where,
      problem: `"${label}:" has no heading.`,
      hint: `write "${label}: <heading> - <first point>".`,
    });
  }
  const texts = bullets.map((bullet) => bullet.trim()).filter((bullet) => bullet !== '');
  if (texts.length === 0) {
    throw new SourceInputError({
      file,
      where,
      problem: `section "${label}" has no points.`,
      hint: 'each point is introduced by " - ".',
    });
  }
  return { id, label, heading, points: texts.map((raw, index) => toPoint(raw, `${id}-${index + 1}`)) };
}

function toPoint(raw: string, id: string): SeedPoint {
  const trailing = TRAILING_MARKERS.exec(raw);
  if (!trailing) return { id, raw, text: raw, markers: [] };
  const markers = [...trailing[1].matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const text = raw.slice(0, trailing.index).trimEnd() + trailing[2];
  return { id, raw, text, markers };
}
