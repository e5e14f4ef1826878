/**
 * Drafts from pending points, on an unseen seed in a copy of the project: `npm run draft` writes
 * one draft per pending point, prefilled with the mechanical fields (quote, figure, date, links)
 * and nothing else; the drafts validate and publish nothing; an accepted draft with an empty field
 * is refused, naming it; accepted and filled, it is an entry and its point is cited. In a
 * production build (the shared build of tests/fixtures/good-input/minimal, which holds a draft),
 * a draft is on no page, feed, data file or search index, and its point stays pending.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { copyProject } from '../../scripts/lib/project-files.mjs';
import { checkSiteContent } from '../../src/lib/read/site-content';
import type { Draft } from '../../src/lib/content/drafts';
import { curatedEntries } from '../helpers/content';
import { FIXTURE_SITES, fixtureSite } from '../helpers/fixture-sites';

const workspace = copyProject('drafts');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));
// A place the site has, named in a point: its draft links it.
const place = curatedEntries('places')[0];
const SEED = `Workflow
国际交往中心功能建设
icon
Search documents
测试草稿文档：多语种服务
Test Daily· 2031-04-05 09:30
Core Points - The city will add bilingual signs at 120 metro stations by March 2032 [1] - Over 300 volunteers will serve foreign visitors, the report says [2] Group 1: Services - A new multilingual desk will open at the ${place.data.title.en} [3]
`;
writeFileSync(join(workspace, 'incoming.txt'), SEED);
const tsx = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', ...args], {
    cwd: workspace,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const slugOf = () =>
  (
    parseYaml(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')) as { slug: string; title: string }[]
  ).find((entry) => entry.title === '测试草稿文档：多语种服务')!.slug;
let drafts: Draft[] = [];
let file = '';

describe('npm run draft', () => {
  it('writes one draft per pending point with the mechanical fields filled and the rest empty', () => {
    expect(tsx('scripts/add-source.ts', 'incoming.txt', '--no-build').status).toBe(0);
    const slug = slugOf();
    const result = tsx('scripts/draft.ts', slug);
    expect(result.status, result.output).toBe(0);
    file = join(workspace, `src/content/drafts/${slug}.yaml`);
    drafts = parseYaml(readFileSync(file, 'utf8')) as Draft[];
    expect(drafts.map((draft) => draft.point)).toEqual(['core-1', 'core-2', 'g1-1']);
    const [signs, volunteers, desk] = drafts;
    expect(signs.entry).toMatchObject({
      citations: [
        {
          source: slug,
          point: 'core-1',
          quote: 'The city will add bilingual signs at 120 metro stations by March 2032',
        },
      ],
      value: 120,
      qualifier: 'as-stated',
      unit: { zh: null, en: 'metro stations' },
      date: '2032-03',
      dateBasis: 'deadline',
      dateQuote: 'by March 2032',
      title: { zh: null, en: null },
      summary: { zh: null, en: null },
    });
    // The clause that states the figure, not the whole point; its qualifier read as the checks read it.
    expect(volunteers.entry).toMatchObject({
      citations: [{ quote: 'Over 300 volunteers will serve foreign visitors' }],
      value: 300,
      qualifier: 'over',
    });
    expect(desk.entry).toMatchObject({ related: { places: [place.id] } });
    for (const draft of drafts) expect(draft).toMatchObject({ status: 'draft', kind: null, slug: null });
    // Run again: nothing new to draft.
    expect(tsx('scripts/draft.ts', slug).output).toMatch(/no pending point/);
  });

  it('validates the drafts and publishes nothing from them', () => {
    const { content, problems } = checkSiteContent(workspace);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(content.drafts).toHaveLength(3);
    expect(content.coverage.pending.filter((item) => item.source === slugOf())).toHaveLength(3);
  });

  it('refuses an accepted draft with an empty field, naming the file, point and field', () => {
    const accepted = drafts.map((draft, index) =>
      index === 0 ? { ...draft, status: 'accepted', kind: 'indicators', slug: 'draft-metro-signs' } : draft,
    );
    writeFileSync(file, stringify(accepted));
    const messages = checkSiteContent(workspace).problems.map((problem) => problem.message);
    expect(messages).toContainEqual(
      expect.stringMatching(
        /^src\/content\/drafts\/[a-z0-9-]+\.yaml \(point core-1, entry\.title\.zh\): empty in an accepted draft/,
      ),
    );
    expect(messages).toContainEqual(expect.stringMatching(/\(point core-1, entry\.summary\.en\): empty/));
  });

  it('makes an accepted, filled draft an entry whose point is cited', () => {
    const [first, ...rest] = drafts;
    const { summary: _summary, date: _date, dateBasis: _basis, dateQuote: _quote, ...fields } = first.entry;
    const filled = {
      ...first,
      status: 'accepted',
      kind: 'indicators',
      slug: 'draft-metro-signs',
      entry: {
        ...fields,
        title: { zh: '双语标识地铁站', en: 'Metro stations with bilingual signs' },
        unit: { zh: '个', en: 'metro stations' },
        period: { basis: 'as-of-report' },
      },
    };
    writeFileSync(file, stringify([filled, ...rest]));
    const { content, problems } = checkSiteContent(workspace);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(content.entries.indicators.map((entry) => entry.id)).toContain('draft-metro-signs');
    expect(content.coverage.pending.filter((item) => item.source === slugOf()).map((item) => item.point)).toEqual([
      'core-2',
      'g1-1',
    ]);
    expect(content.drafts).toHaveLength(2);
  });
});

/** The text of a built file; Pagefind's index files are gzipped. */
function builtText(dist: string, path: string): string {
  const bytes = readFileSync(join(dist, path));
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe('a draft in a production build', () => {
  const folder = join(FIXTURE_SITES.minimal, 'src/content/drafts');
  const fixtureDrafts = readdirSync(folder).flatMap(
    (name) => parseYaml(readFileSync(join(folder, name), 'utf8')) as Draft[],
  );
  /** What only the draft says: its slug and the words written into it (its quote is the point's own text). */
  const own = fixtureDrafts.flatMap(({ slug, entry: { citations: _citations, ...fields } }) => [
    ...(slug ? [slug] : []),
    ...JSON.stringify(fields)
      .split('"')
      .filter((text) => text.length > 12),
  ]);

  it('is on no page, feed, data file or search index, and its point stays pending', async () => {
    const site = await fixtureSite('minimal');
    expect(site.status, site.output).toBe(0);
    expect(fixtureDrafts.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(fixtureDrafts.length);
    const dist = join(site.workspace, 'dist');
    expect(site.files.some((path) => path.startsWith('/pagefind/') && path.endsWith('.pf_fragment'))).toBe(true);
    expect(site.files).toContain('/en/timeline/feed.xml');
    const leaks = site.files.flatMap((path) => {
      const text = builtText(dist, path);
      return own.filter((words) => text.includes(words)).map((words) => `${path}: ${words}`);
    });
    expect(leaks).toEqual([]);
    // The preview's pages are not built at all.
    expect(site.pages.filter((path) => /\/(drafts|problems)\/$/.test(path))).toEqual([]);
    const coverage = JSON.parse(builtText(dist, '/data/coverage.json')) as { pending: { point: string }[] };
    expect(coverage.pending.map((item) => item.point)).toEqual(fixtureDrafts.map((draft) => draft.point));
  });
});
