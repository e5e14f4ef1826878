/**
 * Adding a kind of entry is its definition (src/lib/content/kinds.ts), its schema
 * (`ENTRY_SCHEMAS` in src/lib/content/schemas.ts), its labels in the dictionaries and one
 * template: nothing else. A copy of a small project gets a fixture kind ("notices") added that
 * way, with one entry citing a point of the fixture's seed, and is built for real; the new kind
 * then has its pages, its place in the navigation, the search filters and the search index, and
 * its citation type, all derived from its definition.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyProjectWithContent } from '../../scripts/lib/project-files.mjs';
import { parseSeedFile } from '../../src/lib/seeds/parse';

const FIXTURE = 'tests/fixtures/good-input/minimal';
const KIND = { id: 'notices', section: 'notices', searchKind: 'notice' };
const ENTRY = 'first-notice';
const TITLE = { zh: '示例通知', en: 'A sample notice' };

let workspace: string;
let dist: string;
let build: ReturnType<typeof spawnSync>;

/** Inserts `text` before the first occurrence of `marker` in a file of the copy. */
function insertBefore(file: string, marker: string, text: string): void {
  const path = join(workspace, file);
  const source = readFileSync(path, 'utf8');
  if (!source.includes(marker)) throw new Error(`${file} no longer holds ${JSON.stringify(marker)}: update this test.`);
  writeFileSync(path, source.replace(marker, text + marker));
}

function addLabels(lang: 'zh' | 'en', label: string): void {
  const path = join(workspace, `src/i18n/${lang}.json`);
  const dictionary = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  Object.assign(dictionary, {
    [`nav.${KIND.section}`]: label,
    [`kind.${KIND.id}`]: label,
    [`search.kind.${KIND.searchKind}`]: label,
    [`search.browse.${KIND.section}`]: label,
  });
  writeFileSync(path, JSON.stringify(dictionary, null, 2));
}

const TEMPLATE = `---
import Base from '../../../layouts/Base.astro';
import { LANGUAGES } from '../../../i18n/index';
import { entryUrl } from '../../../lib/urls/urls';
import { getKnowledge } from '../../../registry';
import { withCacheKeys } from '../../../registry/cache-keys';

export async function getStaticPaths({ routePattern }) {
  const { entries } = await getKnowledge();
  const paths = LANGUAGES.flatMap((lang) => [
    { params: { lang, slug: undefined } },
    ...entries.${KIND.id}.map((entry) => ({ params: { lang, slug: entry.id } })),
  ]);
  return withCacheKeys(routePattern, paths);
}
const { lang } = Astro.locals;
const { entries, entryById } = await getKnowledge();
const entry = Astro.params.slug ? entryById.${KIND.id}.get(Astro.params.slug) : undefined;
---

{entry ? (
  <Base title={entry.data.title[lang]} path={'${KIND.section}/' + entry.id} kind="${KIND.section}" description={entry.data.summary[lang]} contentFiles={[entry.file]}>
    <h1>{entry.data.title[lang]}</h1>
    <p>{entry.data.summary[lang]}</p>
  </Base>
) : (
  <Base title="Notices" path="${KIND.section}" kind="${KIND.section}" description="Every notice.">
    <h1>Notices</h1>
    <ul>{entries.${KIND.id}.map((item) => <li><a href={entryUrl(lang, '${KIND.id}', item.id)}>{item.data.title[lang]}</a></li>)}</ul>
  </Base>
)}
`;

beforeAll(() => {
  workspace = copyProjectWithContent('site-fixture-kind', FIXTURE);
  insertBefore(
    'src/lib/content/kinds.ts',
    '} as const satisfies Record<string, CuratedKindDefinition>;',
    `  ${KIND.id}: {
    directory: 'src/content/${KIND.id}',
    section: '${KIND.section}',
    searchKind: '${KIND.searchKind}',
    searchBundle: 'entries',
    placement: 'page',
    linkTarget: false,
    citationType: 'webpage',
  },
`,
  );
  insertBefore(
    'src/lib/content/schemas.ts',
    '/** The schema of each curated kind',
    'export const notice = entryBase.extend({ summary: localized });\n\n',
  );
  insertBefore('src/lib/content/schemas.ts', '} as const satisfies Record<CuratedKind', `  ${KIND.id}: notice,\n`);
  addLabels('zh', '通知');
  addLabels('en', 'Notices');
  mkdirSync(join(workspace, `src/pages/[lang]/${KIND.section}`), { recursive: true });
  writeFileSync(join(workspace, `src/pages/[lang]/${KIND.section}/[...slug].astro`), TEMPLATE);

  // The entry cites the first point of the fixture's first document, quoting its first words.
  const seedFile = readdirSync(join(workspace, 'seeds')).find((name) => name.endsWith('.txt'))!;
  const seed = parseSeedFile(readFileSync(join(workspace, 'seeds', seedFile), 'utf8'), `seeds/${seedFile}`);
  const [source] = parseYaml(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')) as { slug: string }[];
  const point = seed.documents[0].sections[0].points[0];
  const quote = point.text.split(' ').slice(0, 4).join(' ');
  mkdirSync(join(workspace, `src/content/${KIND.id}`));
  writeFileSync(
    join(workspace, `src/content/${KIND.id}/${ENTRY}.yaml`),
    [
      `title: { zh: ${TITLE.zh}, en: ${TITLE.en} }`,
      `summary: { zh: 一则示例通知。, en: A sample notice. }`,
      `citations:`,
      `  - source: ${source.slug}`,
      `    point: ${point.id}`,
      `    quote: ${JSON.stringify(quote)}`,
      '',
    ].join('\n'),
  );
  build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
  dist = join(workspace, 'dist');
}, 600_000);

afterAll(() => {
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

const page = (path: string) => cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe('a kind added by its definition, schema, labels and one template', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('has a page for its entry in both languages, linked from its list page', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(page(`${lang}/${KIND.section}/${ENTRY}`)('h1').text()).toBe(TITLE[lang]);
      expect(page(`${lang}/${KIND.section}`)(`a[href="/${lang}/${KIND.section}/${ENTRY}/"]`).text()).toBe(TITLE[lang]);
    }
  });

  it('is in every page’s navigation and in the search page’s filters, labelled from the dictionaries', () => {
    const home = page('en');
    // The header row and the phone menu each link it.
    const links = home(`nav a[href="/en/${KIND.section}/"]`);
    expect(links.length).toBeGreaterThan(0);
    expect(links.toArray().map((link) => home(link).text())).toEqual(Array(links.length).fill('Notices'));
    const search = page('zh/search');
    expect(search(`input[type="checkbox"][value="${KIND.searchKind}"]`).length).toBe(1);
    expect(JSON.parse(search('#search-form').attr('data-kind-labels')!)).toMatchObject({ [KIND.searchKind]: '通知' });
  });

  it('is found by search under its own filter, in the entries’ bundle', () => {
    expect(page(`en/${KIND.section}/${ENTRY}`)('meta[name="search:kind"]').attr('content')).toBe(KIND.searchKind);
    // The copy's own search harness: it searches the bundles its kinds' definitions make.
    const run = spawnSync(process.execPath, ['scripts/search-index.mjs', '--lang', 'en', '--json'], {
      cwd: workspace,
      input: JSON.stringify([{ query: TITLE.en, filters: { kind: [KIND.searchKind] } }]),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const [answer] = (JSON.parse(run.stdout) as { answers: { results: { url: string }[] }[] }).answers;
    expect(answer.results.map((result) => result.url)).toContain(`/en/${KIND.section}/${ENTRY}/`);
    expect(existsSync(join(dist, 'pagefind/sources'))).toBe(true);
  });

  it('is cited with its kind’s citation type', () => {
    const csl = page(`en/${KIND.section}/${ENTRY}`)('code').text();
    expect(csl).toMatch(/"type": "webpage"/);
  });
});
