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

/** tsx runs scripts/add-source.ts, as `npm run add-source` does. */
const TSX = join('node_modules', 'tsx', 'dist', 'cli.mjs');

/** Documents per seed file (the real seed holds two; exports can hold many). */
const DOCUMENTS_PER_FILE = 100;
/** One indicator, one event and one glossary term per this many documents (from the first). */
const ENTRY_EVERY = 10;
/** One place (with its prose) per this many documents (from the first). */
const PLACE_EVERY = 20;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = [
  ['Chaoyang', '朝阳'],
  ['Haidian', '海淀'],
  ['Dongcheng', '东城'],
  ['Xicheng', '西城'],
  ['Fengtai', '丰台'],
  ['Shijingshan', '石景山'],
  ['Tongzhou', '通州'],
  ['Shunyi', '顺义'],
  ['Daxing', '大兴'],
  ['Changping', '昌平'],
  ['Huairou', '怀柔'],
  ['Pinggu', '平谷'],
  ['Miyun', '密云'],
  ['Yanqing', '延庆'],
  ['Mentougou', '门头沟'],
  ['Fangshan', '房山'],
];
const TOPICS = [
  ['international organizations', '国际组织'],
  ['foreign-invested enterprises', '外资企业'],
  ['conference venues', '会议场馆'],
  ['international schools', '国际学校'],
  ['international hospitals', '国际医院'],
  ['friendship cities', '友好城市'],
  ['air routes', '航线'],
  ['exhibition halls', '展馆'],
  ['service stations for foreign nationals', '外籍人士服务站'],
  ['research and development centers', '研发中心'],
  ['cultural exchange events', '文化交流活动'],
  ['consular offices', '领事机构'],
  ['talent service centers', '人才服务中心'],
  ['innovation parks', '创新园区'],
  ['language service points', '语言服务点'],
  ['diplomatic residences', '外交公寓'],
  ['trade promotion agencies', '贸易促进机构'],
  ['media centers', '媒体中心'],
];
const VERBS = [
  ['increased to', '增至'],
  ['reached', '达到'],
  ['grew to', '增长到'],
  ['now totals', '目前共计'],
  ['expanded to', '扩大到'],
];
const QUALITIES = [
  'streamlined',
  'multilingual',
  'round-the-clock',
  'digital',
  'coordinated',
  'barrier-free',
  'integrated',
  'upgraded',
  'specialised',
  'regional',
  'cross-border',
  'sustainable',
  'high-standard',
  'open',
  'shared',
  'pilot',
];
const ACTIONS = [
  ['improve', '完善'],
  ['expand', '扩大'],
  ['upgrade', '升级'],
  ['coordinate', '统筹'],
  ['promote', '推动'],
  ['support', '支持'],
];
const HEADINGS = [
  ['International Exchange Development', '国际交往发展'],
  ['Infrastructure and Connectivity', '基础设施与互联互通'],
  ['Services for Foreign Nationals', '外籍人士服务'],
  ['Business Environment', '营商环境'],
  ['Culture and Tourism', '文化和旅游'],
  ['Spatial Planning', '空间规划'],
  ['Talent and Education', '人才与教育'],
  ['Health and Medical Care', '医疗卫生'],
];
const OUTLETS = [
  ['中新网', '中国新闻网（中新网）', 'China News Network'],
  ['北京日报', '北京日报', 'Beijing Daily'],
  ['新华网', '新华网', 'Xinhua Net'],
  ['人民网', '人民网', 'People’s Daily Online'],
];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const q = (text) => JSON.stringify(text); // a JSON string is a valid YAML double-quoted scalar

/** One generated document: its seed text and what the curated files say about it. */
function makeDocument(index) {
  const rand = random(index * 7919 + 17);
  const number = String(index).padStart(5, '0');
  const [district, districtZh] = pick(rand, DISTRICTS);
  // Makes each generated point's text unique across the corpus.
  const ref = `synthetic-${number}`;
  const title = `北京${districtZh}区国际交往功能建设报道（第${index}篇）`;
  const titleEn = `Building up international exchange functions in ${district} District, report ${index}`;
  const point = () => {
    const [topic, topicZh] = pick(rand, TOPICS);
    const [verb, verbZh] = pick(rand, VERBS);
    const value = 10 + Math.floor(rand() * 5000);
    const share = 5 + Math.floor(rand() * 60);
    const [action, actionZh] = pick(rand, ACTIONS);
    const quality = pick(rand, QUALITIES);
    const text =
      `The number of ${topic} in ${district} District ${verb} ${value}, up ${share}% on the previous plan period, ` +
      `as the district works to ${action} ${quality} services (ref. ${ref})`;
    const zh = `${districtZh}区${topicZh}数量${verbZh}${value}，较上一规划期增长${share}%，该区正努力${actionZh}相关服务。`;
    const markers = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => `[${1 + Math.floor(rand() * 9)}]`).join(
      '',
    );
    return {
      text,
      zh,
      raw: `${text} ${markers}`,
      quote: `${topic} in ${district} District ${verb} ${value}`,
      value,
      topic,
      topicZh,
    };
  };
  const sections = [
    { id: 'core', label: 'Core Points', heading: null, points: [point(), point(), point()] },
    { id: 'g1', label: 'Group 1', heading: pick(rand, HEADINGS), points: [point(), point(), point()] },
    { id: 'g2', label: 'Group 2', heading: pick(rand, HEADINGS), points: [point(), point()] },
  ];
  const body = sections
    .map((section) => {
      const head = section.heading ? `${section.label}: ${section.heading[0]}` : section.label;
      return `${head} ${section.points.map((p) => `- ${p.raw}`).join(' ')}`;
    })
    .join(' ');
  const outlet = rand() < 0.7 ? pick(rand, OUTLETS) : null;
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const date = `${2021 + Math.floor(rand() * 5)}-${month}-${day}`;
  const byline = outlet ? `${outlet[0]}· ${date} ${String(8 + Math.floor(rand() * 10))}:${month}` : null;
  return { index, title, titleEn, district, districtZh, sections, body, outlet, date, byline };
}

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
    let translation = 'headings:\n';
    for (const section of doc.sections)
      if (section.heading) translation += `  ${section.id}: ${q(section.heading[1])}\n`;
    translation += 'points:\n';
    for (const section of doc.sections)
      section.points.forEach((p, i) => void (translation += `  ${section.id}-${i + 1}: ${q(p.zh)}\n`));
    write('source-translations', `${doc.slug}.yaml`, translation);

    const cited = new Set();
    const citation = (point, quote) => {
      cited.add(point);
      return `citations:\n  - source: ${doc.slug}\n    point: ${point}\n    quote: ${q(quote)}\n`;
    };
    if (doc.index % ENTRY_EVERY === 1) {
      const figure = doc.sections[1].points[0];
      write(
        'indicators',
        `${doc.slug}-figure.yaml`,
        `title:\n  zh: ${q(`${doc.districtZh}区${figure.topicZh}（第${doc.index}篇）`)}\n  en: ${q(`${figure.topic} in ${doc.district} District (report ${doc.index})`)}\n` +
          `value: ${figure.value}\nunit:\n  zh: 个\n  en: ${q(figure.topic)}\nperiod:\n  basis: ${doc.byline ? 'as-of-report' : 'not-stated'}\n` +
          citation('g1-1', figure.quote),
      );
      const event = doc.sections[0].points[0];
      write(
        'events',
        `${doc.slug}-report.yaml`,
        `title:\n  zh: ${q(`${doc.districtZh}区报道（第${doc.index}篇）`)}\n  en: ${q(`${doc.district} District report ${doc.index}`)}\n` +
          // A dated report's event takes the report's date; an undated one gets the year, marked as the site's.
          (doc.byline
            ? `date: "${doc.date}"\ndateBasis: report-date\n`
            : `date: "${doc.date.slice(0, 4)}"\ndateBasis: site\nnotes:\n  - zh: 年份由本站补充。\n    en: The year is added by the site.\n`) +
          `plan: 14th\nsummary:\n  zh: ${q(event.zh)}\n  en: ${q(event.text)}\n` +
          citation('core-1', event.quote),
      );
      const term = doc.sections[2].points[0];
      write(
        'glossary',
        `${doc.slug}-term.yaml`,
        // Titles of their own: a real glossary term may give the same words another status.
        `title:\n  zh: ${q(`${term.topicZh}（${doc.districtZh}区，第${doc.index}篇）`)}\n  en: ${q(`${term.topic} (${doc.district} District, report ${doc.index})`)}\n` +
          `sourceWording: ${q(term.topic)}\nstatus: translated\n` +
          citation('g2-1', term.topic),
      );
    }
    if (doc.index % PLACE_EVERY === 1) {
      const place = `${doc.slug}-district`;
      write(
        'places',
        `${place}.yaml`,
        `title:\n  zh: ${q(`${doc.districtZh}区（第${doc.index}篇报道）`)}\n  en: ${q(`${doc.district} District (report ${doc.index})`)}\n` +
          `nameStatus: certain\nkind: district\nsummary:\n  zh: ${q(`报道介绍的${doc.districtZh}区。`)}\n  en: ${q(`The district the report describes: ${doc.district}.`)}\n` +
          citation('g1-2', `${doc.district} District`),
      );
      write(`prose/places/${place}`, 'zh.mdx', `报道介绍了${doc.districtZh}区的国际交往服务。<Cite n={1} />\n`);
      write(
        `prose/places/${place}`,
        'en.mdx',
        `The report describes international exchange services in ${doc.district} District.<Cite n={1} />\n`,
      );
    }
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
