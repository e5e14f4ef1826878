/**
 * The validation stage on small projects written by the test: it reports every problem of
 * every input in one run, each naming its file, and separates editorial state (pending points,
 * missing translations: only refused with `strict`) from errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSiteContent } from '../../src/lib/read/site-content';
import { editorialSummary } from '../../src/lib/checks/editorial';
import { RESERVED_SLUGS } from '../../src/lib/content/kinds';
import { ProblemCollector, SourceInputError } from '../../src/lib/errors';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const SEED = `Workflow
测试主题
icon
Search documents
测试文档标题
Test Outlet· 2024-05-06 10:00
Core Points - The city opened 12 new service centers for residents [1] - Officials described the plan [2] Group 1: Services - Over 300 volunteers joined the programme [3]
`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const METADATA = `- slug: test-doc
  title: 测试文档标题
  titleEn: A test document
  outlet: null
  published: "2024-05-06"
`;

const INDICATOR = (quote: string, extra = '') => `title: { zh: 服务中心, en: Service centers }
value: 12
unit: { zh: 个, en: centers }
period: { basis: not-stated }
citations:
  - source: test-doc
    point: core-1
    quote: ${quote}
${extra}`;

describe('the validation stage', () => {
  it('accepts a consistent project and counts pending points without refusing them', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA,
      'src/content/indicators/service-centers.yaml': INDICATOR('opened 12 new service centers'),
    });
    const { content, problems } = checkSiteContent(root);
    expect(problems).toEqual([]);
    expect(content.coverage.cited).toEqual([{ source: 'test-doc', point: 'core-1' }]);
    expect(content.coverage.pending.map(({ point }) => point)).toEqual(['core-2', 'g1-1']);
    expect(editorialSummary(content).join('\n')).toMatch(/3 point\(s\): 1 cited, 0 not used .*, 2 pending/);
  });

  it('with strict, lists every pending point and every missing translation', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA.replace('A test document', 'null'),
    });
    const messages = checkSiteContent(root, { strict: true }).problems.map((problem) => problem.message);
    for (const point of ['core-1', 'core-2', 'g1-1']) {
      expect(messages).toContainEqual(expect.stringMatching(new RegExp(`seeds/a\\.txt .*${point}.*pending`)));
      expect(messages).toContainEqual(expect.stringContaining(`(points.${point}): not translated yet`));
    }
    expect(messages).toContainEqual(expect.stringContaining('src/content/sources.yaml (titleEn): not translated yet'));
    expect(messages).toContainEqual(expect.stringContaining('(headings.g1): not translated yet'));
  });

  it('names the next step for a pending point: its draft command, or accepting the draft it has', () => {
    const draft = `- point: core-2
  status: draft
  kind: null
  slug: null
  entry: { citations: [{ source: test-doc, point: core-2, quote: Officials described the plan }] }
`;
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA,
      'src/content/drafts/test-doc.yaml': draft,
    });
    const { content, problems } = checkSiteContent(root, { strict: true });
    const hintOf = (point: string) =>
      problems.find((problem) => problem.message.includes(`test-doc ${point})`))!.message;
    expect(hintOf('core-1')).toMatch(/→ run `npm run draft -- test-doc`/);
    expect(hintOf('core-2')).toMatch(/→ accept its draft in src\/content\/drafts\/test-doc\.yaml/);
    const summary = editorialSummary(content);
    expect(summary).toContain('[content] next: npm run draft -- test-doc');
    expect(summary).toContain(
      '[content] next: accept the drafts in src/content/drafts/test-doc.yaml (status: accepted)',
    );
    expect(summary.join('\n')).toContain('`npm run check:content -- --strict` fails until');
  });

  it('is what `npm run check:content -- --strict` prints, with the next steps, refusing pending work', () => {
    const root = project({ 'seeds/a.txt': SEED, 'src/content/sources.yaml': METADATA });
    const result = spawnSync(process.execPath, [resolve('scripts/check-content.mjs'), '--strict'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(1);
    const expected = checkSiteContent(root, { strict: true }).problems.map((problem) => problem.message);
    expect(expected.length).toBeGreaterThan(0);
    for (const message of expected) expect(result.stderr).toContain(message);
    expect(result.stdout).toContain('[content] next: npm run draft -- test-doc');
  });

  it('reports every problem of several inputs in one run, each with its file and what to do', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'seeds/b.txt': 'Workflow\n测试主题\nicon\nSearch documents\n另一份文档\n', // a document with no body
      'src/content/sources.yaml':
        METADATA + '- slug: orphan\n  title: 不存在的文档\n  titleEn: null\n  outlet: null\n  published: null\n',
      'src/content/source-translations/test-doc.yaml': 'points:\n  core-1: 新开设13个服务中心\n',
      'src/content/indicators/service-centers.yaml': INDICATOR(
        'opened 13 new service centers',
        'related:\n  places: [nowhere]\n',
      ),
      'src/content/places/Bad Name.yaml': 'title: x\n',
      'src/content/prose/indicators/service-centers/en.mdx': 'A paragraph without a citation.\n',
      'src/content/unused-points.yaml': '- source: test-doc\n  point: g9-9\n  reason: { zh: 无, en: none }\n',
    });
    const { problems } = checkSiteContent(root);
    const messages = problems.map((problem) => problem.message);
    const expected = [
      /^seeds\/b\.txt \(line 5\): document "另一份文档" has no body/,
      /^src\/content\/sources\.yaml \(entry 2, slug "orphan"\): title "不存在的文档" matches no document/,
      /^src\/content\/source-translations\/test-doc\.yaml \(points\.core-1\): the translation states 13/,
      /^src\/content\/indicators\/service-centers\.yaml \(citation 1\): the quote "opened 13 new service centers" is not in test-doc core-1/,
      /^src\/content\/indicators\/service-centers\.yaml \(related\.places\): no places entry "nowhere"/,
      /^src\/content\/places\/Bad Name\.yaml: "Bad Name" cannot be a URL slug/,
      /^src\/content\/prose\/indicators\/service-centers\/en\.mdx \(paragraph 1\): a paragraph with no citation/,
      /^src\/content\/prose\/indicators\/service-centers\/zh\.mdx: missing/,
      /^src\/content\/unused-points\.yaml \(entry 1\): source "test-doc" has no point "g9-9"/,
    ];
    for (const pattern of expected) expect(messages).toContainEqual(expect.stringMatching(pattern));
    for (const problem of problems) expect(problem.hint.length).toBeGreaterThan(10);
    expect(new Set(messages).size, 'no message is reported twice').toBe(messages.length);
  });

  it('refuses an entry whose slug is a segment where list groups live, naming the file', () => {
    for (const segment of RESERVED_SLUGS) {
      const root = project({
        'seeds/a.txt': SEED,
        'src/content/sources.yaml': METADATA,
        [`src/content/indicators/${segment}.yaml`]: INDICATOR('opened 12 new service centers'),
      });
      const messages = checkSiteContent(root).problems.map((problem) => problem.message);
      expect(messages).toContainEqual(
        expect.stringMatching(new RegExp(`^src/content/indicators/${segment}\\.yaml: .*list groups live`)),
      );
    }
  });

  it('reports an invalid metadata entry once, not again through its document, translation and citations', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA.replace('"2024-05-06"', '"2024-13-45"'),
      'src/content/source-translations/test-doc.yaml': 'points:\n  core-1: 新开设12个服务中心\n',
      'src/content/indicators/service-centers.yaml': INDICATOR('opened 12 new service centers'),
    });
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^src\/content\/sources\.yaml \(entry 1\): invalid entry: published: is not a valid date/,
    );
  });

  it('refuses a prose file whose <Figure> or <Term> names no entry', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA,
      'src/content/indicators/service-centers.yaml': INDICATOR('opened 12 new service centers'),
      'src/content/prose/indicators/service-centers/en.mdx': 'See <Figure id="missing" lang="en" />.<Cite n={1} />\n',
      'src/content/prose/indicators/service-centers/zh.mdx': '见<Term id="nothing" lang="zh" />。<Cite n={1} />\n',
    });
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toContainEqual(expect.stringContaining('<Figure id="missing" /> names no statistic'));
    expect(messages).toContainEqual(expect.stringContaining('<Term id="nothing" /> names no glossary term'));
    // The hint names the next step: which file to create, with which command.
    expect(messages).toContainEqual(
      expect.stringContaining('`npm run new -- glossary nothing` (src/content/glossary/nothing.yaml)'),
    );
    expect(messages).toContainEqual(
      expect.stringContaining('`npm run new -- indicators missing` (src/content/indicators/missing.yaml)'),
    );
  });

  it('reports a sources.yaml that is not YAML once, not again as every document, citation and point', () => {
    // An editor's `titleEn: Text: with a colon` makes the whole file unreadable.
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA.replace('titleEn: A test document', 'titleEn: A test: document'),
      'src/content/indicators/service-centers.yaml': INDICATOR('opened 12 new service centers'),
      'src/content/source-translations/test-doc.yaml': 'points:\n  core-1: 城市新开设12个服务中心\n',
      'src/content/unused-points.yaml':
        '- source: test-doc\n  point: core-2\n  reason: { zh: 没有事实。, en: No fact. }\n',
    });
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toEqual([expect.stringMatching(/^src\/content\/sources\.yaml \(line 3\): not valid YAML/)]);
  });

  it('says a problem reached twice once', () => {
    const collector = new ProblemCollector();
    const problem = () => new SourceInputError({ file: 'a.yaml', where: 'title', problem: 'x.', hint: 'y.' });
    collector.report(problem());
    collector.report(problem());
    expect(collector.problems).toHaveLength(1);
  });
});

describe('a place’s location', () => {
  const PLACE = (quote: string) => `title: { zh: 服务中心, en: Service centers }
nameStatus: certain
kind: service
summary: { zh: 来源所述服务中心。, en: Service centers the source names. }
location:
  text: { zh: 城中, en: in the city }
  citation: { source: test-doc, point: core-1, quote: ${quote} }
citations:
  - source: test-doc
    point: core-1
    quote: opened 12 new service centers
`;

  it('is accepted when its quote stands in the point it cites', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA,
      'src/content/places/service-centers.yaml': PLACE('The city opened 12 new service centers'),
    });
    expect(checkSiteContent(root).problems).toEqual([]);
  });

  it('is refused, naming the file and location.citation, when the source does not say it', () => {
    const root = project({
      'seeds/a.txt': SEED,
      'src/content/sources.yaml': METADATA,
      'src/content/places/service-centers.yaml': PLACE('in Chaoyang District'),
    });
    const messages = checkSiteContent(root).problems.map((problem) => problem.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/content/places/service-centers.yaml');
    expect(messages[0]).toContain('location.citation');
  });
});
