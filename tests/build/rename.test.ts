/**
 * Slugs that can change, for real in a copy of the project: `npm run rename` moves an entry's or
 * a source's files and every reference to it, adds the redirect only when its URL was published,
 * and the build then keeps every published URL (the old page and its cite.json); a build that
 * would break a published URL is refused, naming each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { copyProject } from '../../scripts/lib/project-files.mjs';
import { checkSiteContent } from '../../src/lib/read/site-content';

const workspace = copyProject('rename');
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', script, ...args], {
    cwd: workspace,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const build = () => {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: workspace, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
const read = (path: string) => readFileSync(join(workspace, path), 'utf8');
const allContent = (directory = 'src/content'): string =>
  readdirSync(join(workspace, directory), { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory() ? allContent(`${directory}/${entry.name}`) : read(`${directory}/${entry.name}`),
    )
    .join('\n');

// A published source with per-fact /cite/ files under its slug: all of them must keep working.
const source = (parseYaml(read('src/content/sources.yaml')) as { slug: string }[]).find(({ slug }) =>
  read('urls/legacy-cite-files.txt').includes(slug.replaceAll('-', '_')),
)!;
const renamedSource = `${source.slug}-renamed`;
// A statistic that prose shows through <Figure id>: its references are in YAML and MDX.
const figure = /<Figure id="([a-z0-9-]+)"/.exec(allContent('src/content/prose'))![1];
let renamedStatistic = '';
// A glossary term whose own page was published: its page redirects, its old anchor stays.
const term = readdirSync(join(workspace, 'src/content/glossary'))
  .map((name) => name.replace(/\.yaml$/, ''))
  .filter((slug) => read('urls/published.txt').includes(`/en/glossary/${slug}/\n`))
  .sort()[0];
const renamedTerm = `${term}-renamed`;

describe('npm run rename', () => {
  it('renames a published source: its files, every citation, and a redirect', () => {
    const cited = (allContent().match(new RegExp(`source: ${source.slug}(?![\\w-])`, 'g')) ?? []).length;
    expect(cited).toBeGreaterThan(0);
    const result = run('scripts/rename.ts', 'sources', source.slug, renamedSource);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`added the redirect sources/${source.slug} → sources/${renamedSource}`);
    expect(existsSync(join(workspace, `src/content/source-translations/${renamedSource}.yaml`))).toBe(true);
    expect(existsSync(join(workspace, `src/content/source-translations/${source.slug}.yaml`))).toBe(false);
    expect(allContent()).not.toMatch(new RegExp(`source: ${source.slug}(?![\\w-])|slug: ${source.slug}(?![\\w-])`));
    expect((allContent().match(new RegExp(`source: ${renamedSource}\\b`, 'g')) ?? []).length).toBe(cited);
    expect(JSON.parse(read('urls/renames.json'))).toMatchObject({
      [`sources/${source.slug}`]: `sources/${renamedSource}`,
    });
  });

  it('renames a statistic never published: YAML links and <Figure id> follow, no redirect', () => {
    // As if the statistic were new: its URLs are not in the manifest.
    const unpublished = (line: string) => !line.includes(figure) && !line.includes(figure.replaceAll('-', '_'));
    writeFileSync(
      join(workspace, 'urls/published.txt'),
      read('urls/published.txt').split('\n').filter(unpublished).join('\n'),
    );
    const result = run('scripts/rename.ts', 'indicators', figure, `${figure}-new`);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/no redirect: its URL is not in urls\/published\.txt/);
    expect(allContent()).not.toMatch(new RegExp(`"${figure}"|\\b${figure}\\n|of: ${figure}(?![\\w-])`));
    expect(allContent('src/content/prose')).toContain(`<Figure id="${figure}-new"`);
    expect(Object.values(JSON.parse(read('urls/renames.json')))).not.toContain(`statistics/${figure}-new`);
  });

  it('renames a published statistic: a redirect, and its downloads kept at their old path', () => {
    const published = read('urls/published.txt');
    const statistic = /^\/en\/statistics\/([a-z0-9-]+)\/$/m.exec(
      published.replace(new RegExp(`^.*\\b${figure}.*$`, 'gm'), ''),
    )![1];
    const result = run('scripts/rename.ts', 'indicators', statistic, `${statistic}-renamed`);
    expect(result.status, result.output).toBe(0);
    expect(JSON.parse(read('urls/renames.json'))).toMatchObject({
      [`statistics/${statistic}`]: `statistics/${statistic}-renamed`,
    });
    renamedStatistic = statistic;
  });

  it('renames a published glossary term: a redirect from its own page, and its old anchor kept', () => {
    const result = run('scripts/rename.ts', 'glossary', term, renamedTerm);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`added the redirect glossary/${term} → glossary/${renamedTerm}`);
    expect(result.output).toContain(`its group page keeps answering the old anchor #${term}`);
    expect(JSON.parse(read('urls/renames.json'))).toMatchObject({ [`glossary/${term}`]: `glossary/${renamedTerm}` });
  });

  it('leaves content the validation stage accepts, and refuses a bad or taken slug', () => {
    expect(checkSiteContent(workspace).problems.map((problem) => problem.message)).toEqual([]);
    expect(run('scripts/rename.ts', 'sources', renamedSource, 'Bad Slug').output).toMatch(/cannot be a URL slug/);
    expect(run('scripts/rename.ts', 'sources', 'no-such-source', 'x').output).toMatch(/no sources "no-such-source"/);
    expect(run('scripts/rename.ts', 'sources', renamedSource, 'by-month').output).toMatch(/where list groups live/);
    // Without a new slug, a readable one is proposed (nothing is changed).
    expect(run('scripts/rename.ts', 'sources', renamedSource).output).toMatch(
      new RegExp(`proposed: ([a-z0-9-]+)\\n {2}→ npm run rename -- sources ${renamedSource} \\1`),
    );
  });
});

describe('published URLs', () => {
  it('keeps the old page as a redirect and its cite.json', () => {
    const result = build();
    expect(result.status, result.output).toBe(0);
    for (const lang of ['zh', 'en']) {
      const old = read(`dist/${lang}/sources/${source.slug}/index.html`);
      expect(old).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${lang}/sources/${renamedSource}/"`));
      expect(read(`dist/${lang}/sources/${source.slug}/cite.json`)).toBe(
        read(`dist/${lang}/sources/${renamedSource}/cite.json`),
      );
    }
    // The per-fact files published under the old slug are still built.
    const legacy = read('urls/published.txt')
      .split('\n')
      .filter((line) => line.startsWith('/cite/') && line.includes(source.slug.replaceAll('-', '_')));
    expect(legacy.length).toBeGreaterThan(0);
    for (const format of ['csv', 'json']) {
      expect(read(`dist/data/indicators/${renamedStatistic}.${format}`)).toBe(
        read(`dist/data/indicators/${renamedStatistic}-renamed.${format}`),
      );
    }
    for (const file of legacy) expect(existsSync(join(workspace, 'dist', file)), file).toBe(true);
  });

  it('keeps a renamed term’s own page as a redirect and its old anchor on its group page and in the anchor map', () => {
    for (const lang of ['zh', 'en']) {
      const old = read(`dist/${lang}/glossary/${term}/index.html`);
      expect(old).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/${lang}/glossary/${renamedTerm}/"`));
      const anchors = JSON.parse(read(`dist/${lang}/glossary/anchors.json`)) as Record<string, string>;
      expect(anchors[term]).toBe(anchors[renamedTerm]);
      // Without script, the old anchor lands on the entry: an element with the old id inside it.
      const $ = cheerio.load(read(`dist${anchors[renamedTerm]}index.html`));
      expect($(`#${term}`).length, `${lang} #${term}`).toBe(1);
      expect($(`#${term}`).closest(`#${renamedTerm}`).length).toBe(1);
    }
  });

  it('refuses a build that breaks a published URL, naming each, cite.json included', () => {
    writeFileSync(join(workspace, 'urls/renames.json'), '{}\n');
    const result = build();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/published URLs? no longer resolves? \(urls\/published\.txt\)/);
    for (const lang of ['zh', 'en']) {
      expect(result.output).toContain(`/${lang}/sources/${source.slug}/: no page`);
      expect(result.output).toContain(`/${lang}/sources/${source.slug}/cite.json: no such file`);
    }
    expect(result.output).toMatch(/npm run rename -- <kind> <old> <new>/);
    expect(result.output).toMatch(/nothing was published/);
  });
});
