/**
 * A synthetic corpus in the real input format, laid over a copy of the project the way an
 * editor adds sources, in three steps:
 *
 *   1. writeSeedFiles: seed files as they would arrive (docs/adding-a-source.md has the
 *      format), written outside the project;
 *   2. registerSources: `npm run add-source` copies the files into seeds/ and gives each
 *      document its metadata entry in src/content/sources.yaml;
 *   3. curate: what an editor writes afterwards: a translation per document, indicators,
 *      events, places (with prose) and glossary terms citing generated points with verbatim
 *      quotes, and every other point listed in src/content/unused-points.yaml with a reason;
 *
 * so that the real build (provenance, translations, coverage) runs on it unchanged.
 * Deterministic: the same count gives the same files.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { makeDocument, q } from './documents.mjs';

/** tsx runs scripts/add-source.ts, as `npm run add-source` does. */
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');

/** Documents per seed file (the real seed holds two; exports can hold many). */
const DOCUMENTS_PER_FILE = 100;
/** One indicator, one event and one glossary term per this many documents (from the first). */
const ENTRY_EVERY = 10;
/** One place (with its prose) per this many documents (from the first). */
const PLACE_EVERY = 20;

/** Seed files as they would arrive, DOCUMENTS_PER_FILE documents each, in `directory`; returns their paths. */
export function writeSeedFiles(directory, documents, prefix = 'synthetic') {
  mkdirSync(directory, { recursive: true });
  const files = [];
  for (let first = 0; first < documents.length; first += DOCUMENTS_PER_FILE) {
    const file = join(directory, `${prefix}-${String(files.length + 1).padStart(4, '0')}.txt`);
    const body = documents
      .slice(first, first + DOCUMENTS_PER_FILE)
      .map((doc) => `${doc.title}\n${doc.byline ? doc.byline + '\n' : ''}${doc.body}\n`)
      .join('');
    writeFileSync(file, `Workflow\n国际交往中心功能建设\nicon\nSearch documents\n${body}`);
    files.push(file);
  }
  return files;
}

/**
 * Registers the seed files as an editor does, with `npm run add-source` (one run for all of
 * them): it copies them into seeds/ and appends a metadata entry per document, with a proposed
 * slug and no English title, to src/content/sources.yaml. Then, as the editor would, gives each
 * synthetic document its English title and outlet. Returns each document's slug, by title.
 */
export function registerSources(workspace, files, documents) {
  // Without its build: the bench curates the documents first, then builds once, timed.
  const run = spawnSync(process.execPath, [TSX, 'scripts/add-source.ts', '--no-build', ...files], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`add-source failed (${run.status}):\n${run.stdout}\n${run.stderr}`);

  const metadataFile = join(workspace, 'src/content/sources.yaml');
  const metadata = parseDocument(readFileSync(metadataFile, 'utf8'));
  const byTitle = new Map(documents.map((doc) => [doc.title, doc]));
  const slugs = new Map();
  for (const entry of metadata.contents.items) {
    const doc = byTitle.get(entry.get('title'));
    if (!doc) continue;
    slugs.set(doc.title, entry.get('slug'));
    entry.set('titleEn', doc.titleEn);
    if (doc.outlet) entry.set('outlet', metadata.createNode({ zh: doc.outlet[1], en: doc.outlet[2] }));
  }
  const missing = documents.filter((doc) => !slugs.has(doc.title));
  if (missing.length > 0) throw new Error(`add-source wrote no metadata for "${missing[0].title}"`);
  writeFileSync(metadataFile, metadata.toString({ lineWidth: 0 }));
  return slugs;
}

const UNUSED_REASON =
  '  reason:\n    zh: 合成基准文档，无知识条目引用。\n    en: "A synthetic benchmark document: no knowledge entry cites it."\n';

/** A document's translation file: its headings and points in Chinese. */
function translationYaml(doc) {
  let translation = 'headings:\n';
  for (const section of doc.sections) if (section.heading) translation += `  ${section.id}: ${q(section.heading[1])}\n`;
  translation += 'points:\n';
  for (const section of doc.sections)
    section.points.forEach((p, i) => void (translation += `  ${section.id}-${i + 1}: ${q(p.zh)}\n`));
  return translation;
}

/** The indicator, event and glossary term of a document, as [folder, file, text]. */
function entryFiles(doc, citation) {
  const figure = doc.sections[1].points[0];
  const event = doc.sections[0].points[0];
  const term = doc.sections[2].points[0];
  return [
    [
      'indicators',
      `${doc.slug}-figure.yaml`,
      `title:\n  zh: ${q(`${doc.districtZh}区${figure.topicZh}（第${doc.index}篇）`)}\n  en: ${q(`${figure.topic} in ${doc.district} District (report ${doc.index})`)}\n` +
        `value: ${figure.value}\nunit:\n  zh: 个\n  en: ${q(figure.topic)}\nperiod:\n  basis: ${doc.byline ? 'as-of-report' : 'not-stated'}\n` +
        citation('g1-1', figure.quote),
    ],
    [
      'events',
      `${doc.slug}-report.yaml`,
      `title:\n  zh: ${q(`${doc.districtZh}区报道（第${doc.index}篇）`)}\n  en: ${q(`${doc.district} District report ${doc.index}`)}\n` +
        // A dated report's event takes the report's date; an undated one gets the year, marked as the site's.
        (doc.byline
          ? `date: "${doc.date}"\ndateBasis: report-date\n`
          : `date: "${doc.date.slice(0, 4)}"\ndateBasis: site\nnotes:\n  - zh: 年份由本站补充。\n    en: The year is added by the site.\n`) +
        `plan: 14th\nsummary:\n  zh: ${q(event.zh)}\n  en: ${q(event.text)}\n` +
        citation('core-1', event.quote),
    ],
    [
      'glossary',
      `${doc.slug}-term.yaml`,
      // Titles of their own: a real glossary term may give the same words another status.
      `title:\n  zh: ${q(`${term.topicZh}（${doc.districtZh}区，第${doc.index}篇）`)}\n  en: ${q(`${term.topic} (${doc.district} District, report ${doc.index})`)}\n` +
        `sourceWording: ${q(term.topic)}\nstatus: translated\n` +
        citation('g2-1', term.topic),
    ],
  ];
}

/** A document's place and its prose in both languages, as [folder, file, text]. */
function placeFiles(doc, citation) {
  const place = `${doc.slug}-district`;
  return [
    [
      'places',
      `${place}.yaml`,
      `title:\n  zh: ${q(`${doc.districtZh}区（第${doc.index}篇报道）`)}\n  en: ${q(`${doc.district} District (report ${doc.index})`)}\n` +
        `nameStatus: certain\nkind: district\nsummary:\n  zh: ${q(`报道介绍的${doc.districtZh}区。`)}\n  en: ${q(`The district the report describes: ${doc.district}.`)}\n` +
        citation('g1-2', `${doc.district} District`),
    ],
    [`prose/places/${place}`, 'zh.mdx', `报道介绍了${doc.districtZh}区的国际交往服务。<Cite n={1} />\n`],
    [
      `prose/places/${place}`,
      'en.mdx',
      `The report describes international exchange services in ${doc.district} District.<Cite n={1} />\n`,
    ],
  ];
}

/**
 * The curated files for registered documents: a translation each; one indicator, one event
 * and one glossary term per ENTRY_EVERY documents and one place per PLACE_EVERY, each citing a
 * generated point with a verbatim quote; every other point listed as unused with a reason.
 * Returns how many points the documents have.
 */
export function curate(workspace, documents, slugs) {
  const content = join(workspace, 'src/content');
  const write = (folder, name, text) => {
    mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, folder, name), text);
  };
  let unused = '\n';
  let points = 0;
  for (const generated of documents) {
    const doc = { ...generated, slug: slugs.get(generated.title) };
    write('source-translations', `${doc.slug}.yaml`, translationYaml(doc));
    const cited = new Set();
    const citation = (point, quote) => {
      cited.add(point);
      return `citations:\n  - source: ${doc.slug}\n    point: ${point}\n    quote: ${q(quote)}\n`;
    };
    if (doc.index % ENTRY_EVERY === 1) for (const file of entryFiles(doc, citation)) write(...file);
    if (doc.index % PLACE_EVERY === 1) for (const file of placeFiles(doc, citation)) write(...file);
    for (const section of doc.sections) {
      section.points.forEach((_, i) => {
        points++;
        const id = `${section.id}-${i + 1}`;
        if (!cited.has(id)) unused += `- source: ${doc.slug}\n  point: ${id}\n${UNUSED_REASON}`;
      });
    }
  }
  appendFileSync(join(content, 'unused-points.yaml'), unused);
  return points;
}

/**
 * Adds `count` synthetic documents to the project copy in `workspace`: seed files written
 * outside it, registered, then curated. Returns how many documents and points were added.
 */
/**
 * One more synthetic document, as a seed file arriving in `directory` (for `npm run add-source`);
 * `index` picks it (the corpus uses 1…count). Returns the file's path.
 */
export function writeNewDocument(directory, index) {
  return writeSeedFiles(directory, [makeDocument(index)], `arriving-${index}`)[0];
}

export function generateCorpus(workspace, count) {
  const documents = Array.from({ length: count }, (_, i) => makeDocument(i + 1));
  const incoming = mkdtempSync(join(tmpdir(), 'bench-incoming-'));
  try {
    const slugs = registerSources(workspace, writeSeedFiles(incoming, documents), documents);
    return { documents: count, points: curate(workspace, documents, slugs) };
  } finally {
    rmSync(incoming, { recursive: true, force: true });
  }
}
