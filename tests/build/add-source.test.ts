/**
 * The editor's path, run for real in a copy of the project: `npm run add-source` with an unseen
 * seed file, then a build that publishes the new document in both languages with its pending
 * points labelled, a strict build that refuses and lists every pending point, and a build with
 * several different problems that reports all of them in one run.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { copyProject } from '../../scripts/lib/project-files.mjs';

const workspace = copyProject('add-source');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const NEW_SEED = `Workflow
国际交往中心功能建设
icon
Search documents
测试用新增文档：语言环境建设
Test Daily· 2031-04-05 09:30
Core Points - The city will add bilingual signs at 120 metro stations [1] - A multilingual hotline is planned for foreign residents [2] Group 1: Language Services - A volunteer team will serve international events [3]
`;
const seedFile = join(workspace, 'incoming-report.txt');
writeFileSync(seedFile, NEW_SEED);

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: workspace, encoding: 'utf8', env: { ...process.env, CI: '' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const addSource = (file: string) =>
  run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/add-source.ts', file]);
const build = (...args: string[]) => run(process.execPath, ['scripts/build.mjs', ...args]);
const newSlug = () => {
  const metadata = parseYaml(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')) as {
    slug: string;
    title: string;
  }[];
  return metadata.find((entry) => entry.title === '测试用新增文档：语言环境建设')!.slug;
};

describe('npm run add-source', () => {
  /** The first run's output: it registers the document, then builds and publishes the site. */
  let first: { status: number | null; output: string };
  it('copies the seed unchanged and registers its document, then refuses to add it twice', () => {
    first = addSource(seedFile);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/3 points, all pending/);
    expect(readFileSync(join(workspace, 'seeds/incoming-report.txt'), 'utf8')).toBe(NEW_SEED);
    const slug = newSlug();
    expect(existsSync(join(workspace, `src/content/source-translations/${slug}.yaml`))).toBe(true);

    const before = readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8');
    const manifest = readFileSync(join(workspace, 'urls/published.txt'), 'utf8');
    const again = addSource(seedFile);
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/already in the site as seeds\/incoming-report\.txt; nothing was changed/);
    const renamed = join(workspace, 'renamed.txt');
    writeFileSync(renamed, NEW_SEED.replace('Test Daily', 'Other Daily'));
    const sameTitle = addSource(renamed);
    expect(sameTitle.status).not.toBe(0);
    expect(sameTitle.output).toMatch(/already in the site \(seeds\/incoming-report\.txt line 5\)/);
    expect(readFileSync(join(workspace, 'src/content/sources.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(join(workspace, 'seeds'))).not.toContain('renamed.txt');
    // Refused, they published nothing and recorded no URL.
    expect(readFileSync(join(workspace, 'urls/published.txt'), 'utf8')).toBe(manifest);
    expect(`${again.output}${sameTitle.output}`).not.toMatch(/Publishing|\[build\]/);
  });

  it('publishes the new document in both languages at once, pending points labelled, its URLs recorded', () => {
    const slug = newSlug();
    expect(first.output).toContain(`${slug}#core-1`);
    expect(first.output).toMatch(/\[build\] published to dist\//);
    const recorded = readFileSync(join(workspace, 'urls/published.txt'), 'utf8').split('\n');
    for (const lang of ['zh', 'en']) expect(recorded).toContain(`/${lang}/sources/${slug}/`);
    const zh = readFileSync(join(workspace, `dist/zh/sources/${slug}/index.html`), 'utf8');
    const en = readFileSync(join(workspace, `dist/en/sources/${slug}/index.html`), 'utf8');
    expect(zh.match(/尚未整理/g)?.length).toBeGreaterThanOrEqual(3);
    expect(zh.match(/译文待补/g)?.length).toBeGreaterThanOrEqual(3);
    expect(en.match(/Not yet curated/g)?.length).toBeGreaterThanOrEqual(3);
    // No English title yet: the English page shows the Chinese one, marked as Chinese.
    expect(en).toMatch(/<h1 lang="zh-CN"[^>]*>测试用新增文档：语言环境建设<\/h1>/);
    // The About page lists them as the editors' to-do, in each language's punctuation.
    for (const [lang, colon] of [
      ['zh', '：'],
      ['en', ': '],
    ]) {
      const about = readFileSync(join(workspace, `dist/${lang}/about/index.html`), 'utf8');
      expect(about).toContain(`>测试用新增文档：语言环境建设</a>${colon}<a href="/${lang}/sources/${slug}/#core-1"`);
    }
    const coverage = JSON.parse(readFileSync(join(workspace, 'dist/data/coverage.json'), 'utf8'));
    // Only its own points: documents added before it may still be pending too.
    expect(coverage.pending.filter((entry: { source: string }) => entry.source === slug)).toEqual(
      ['core-1', 'core-2', 'g1-1'].map((point) => ({ source: slug, point })),
    );
  });

  it('is refused by a strict build, which lists every pending point and missing translation', () => {
    const published = readFileSync(join(workspace, 'dist/index.html'), 'utf8');
    const result = build('--strict');
    expect(result.status).not.toBe(0);
    const slug = newSlug();
    for (const point of ['core-1', 'core-2', 'g1-1']) {
      expect(result.output).toContain(`seeds/incoming-report.txt (${slug} ${point}): point pending`);
    }
    expect(result.output).toContain('src/content/sources.yaml (titleEn): not translated yet');
    expect(result.output).toContain('nothing was published');
    expect(readFileSync(join(workspace, 'dist/index.html'), 'utf8')).toBe(published);
  });

  it('reports several different problems in one run, and publishes nothing', () => {
    const slug = newSlug();
    writeFileSync(
      join(workspace, 'src/content/indicators/test-metro-signs.yaml'),
      `title: { zh: 双语标识, en: Bilingual signs }\nvalue: 120\nunit: { zh: 个地铁站, en: metro stations }\n` +
        `period: { basis: not-stated }\nrelated:\n  places: [no-such-place]\n` +
        `citations:\n  - source: ${slug}\n    point: core-1\n    quote: bilingual signs at 130 metro stations\n`,
    );
    writeFileSync(
      join(workspace, `src/content/source-translations/${slug}.yaml`),
      'points:\n  core-1: 在125个地铁站增设双语标识\n',
    );
    appendFileSync(
      join(workspace, 'src/content/unused-points.yaml'),
      `\n- source: ${slug}\n  point: g7-7\n  reason: { zh: 测试, en: test }\n`,
    );
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /src\/content\/indicators\/test-metro-signs\.yaml \(citation 1\): the quote .* is not in/,
    );
    expect(result.output).toMatch(
      /src\/content\/indicators\/test-metro-signs\.yaml \(related\.places\): no places entry "no-such-place"/,
    );
    expect(result.output).toMatch(
      new RegExp(`source-translations/${slug}\\.yaml \\(points\\.core-1\\): the translation states 125`),
    );
    expect(result.output).toMatch(/src\/content\/unused-points\.yaml \(entry \d+\): source ".*" has no point "g7-7"/);
    expect(Number(/(\d+) problems in the site's content/.exec(result.output)?.[1])).toBeGreaterThanOrEqual(4);
    expect(result.output).not.toMatch(/at .*\(.*\.ts:\d+:\d+\)/); // no stack trace
  });
});
