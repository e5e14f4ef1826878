/**
 * Drafts, without a server or a build: what `npm run draft` proposes for a point (what a figure
 * counts, never a date's words nor a time of day), and an accepted draft of kind `unused`, which
 * sets its point aside with the editor's reason: no source or point id typed by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { proposeDraft } from '../../src/lib/content/drafts';
import { checkSiteContent } from '../../src/lib/read/site-content';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const context = { names: [], figureNames: [] };
const propose = (text: string) => proposeDraft('doc', { id: 'core-1', text }, context).entry;

describe('a proposed draft', () => {
  it('says what a figure counts, without the words of a date or a rate', () => {
    expect(propose('The station has handled over 1,200 consultations since January 2026')).toMatchObject({
      value: 1200,
      qualifier: 'over',
      unit: { zh: null, en: 'consultations' },
      date: '2026-01',
    });
    expect(propose('It trained 40 volunteers per district')).toMatchObject({ unit: { en: 'volunteers' } });
  });
  it('proposes no figure for a time of day', () => {
    const entry = propose('Commuters can consult the station on their way to and from work, as it opens at 7:30');
    expect(entry).not.toHaveProperty('value');
    expect(entry).not.toHaveProperty('unit');
  });
});

const SEED = `Workflow
测试主题
icon
Search documents
测试文档标题
Test Outlet· 2026-05-06 10:00
Core Points - The city opened 12 new service centers for residents [1] - Officials described the plan as the above summary [2]
`;
const METADATA = `- slug: test-doc
  title: 测试文档标题
  titleEn: A test document
  outlet: null
  published: "2026-05-06"
`;

function project(drafts: unknown[], draftsFile = 'test-doc'): string {
  const root = mkdtempSync(join(tmpdir(), 'drafts-unit-'));
  roots.push(root);
  const files = {
    'seeds/a.txt': SEED,
    'src/content/sources.yaml': METADATA,
    [`src/content/drafts/${draftsFile}.yaml`]: stringify(drafts),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
const unusedDraft = (reason: unknown) => ({
  point: 'core-2',
  status: 'accepted',
  kind: 'unused',
  slug: null,
  entry: {
    title: { zh: null, en: null },
    citations: [{ source: 'test-doc', point: 'core-2', quote: 'Officials described the plan' }],
    reason,
  },
});

describe('an accepted draft of kind unused', () => {
  it('sets its point aside with its reason: the point is no longer pending', () => {
    const root = project([
      unusedDraft({ zh: '一般性表述，没有可建立条目的事实。', en: 'A general statement with no fact to build on.' }),
    ]);
    const { content, problems } = checkSiteContent(root);
    expect(problems.map((problem) => problem.message)).toEqual([]);
    expect(content.coverage.pending.map((item) => item.point)).toEqual(['core-1']);
    expect(content.unusedPoints).toContainEqual(expect.objectContaining({ source: 'test-doc', point: 'core-2' }));
    expect(content.drafts).toEqual([]);
  });
  it('is refused while its reason is not written, naming the file, point and field', () => {
    const root = project([unusedDraft({ zh: null, en: 'A general statement.' })]);
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/content\/drafts\/test-doc\.yaml \(point core-2, entry\.reason\.zh\): empty in an accepted draft/,
      ),
    ]);
    expect(checkSiteContent(root).content.coverage.pending.map((item) => item.point)).toEqual(['core-1', 'core-2']);
  });
});

describe('an accepted draft whose fields do not fit its kind', () => {
  it('names each field, and the command that shows every field of the kind', () => {
    const root = project([
      {
        point: 'core-1',
        status: 'accepted',
        kind: 'indicators',
        slug: 'service-centers',
        entry: {
          title: { zh: '服务中心', en: 'Service centers' },
          citations: [{ source: 'test-doc', point: 'core-1', quote: 'opened 12 new service centers' }],
          value: 12,
          qualifier: 'as-stated',
          unit: { zh: '个', en: 'service centers' },
          summary: { zh: '摘要。', en: 'A summary.' },
        },
      },
    ]);
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/\(point core-1, entry\): invalid entry: period: .*Unrecognized key.*"summary"/);
    expect(messages[0]).toMatch(/→ .*`npm run new -- indicators <slug>` writes a template of every field/);
  });
});

describe('a drafts file', () => {
  it('named after no source (a renamed one) is refused, naming the file its citations call for', () => {
    const root = project([unusedDraft({ zh: '没有事实。', en: 'No fact.' })], 'old-slug');
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/content\/drafts\/old-slug\.yaml: no source has the slug "old-slug".*\n {2}→ rename it to src\/content\/drafts\/test-doc\.yaml/,
      ),
    ]);
  });
});
