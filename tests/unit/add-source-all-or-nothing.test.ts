/**
 * `npm run add-source` is all or nothing (scripts/add-source.ts): every file is checked before
 * any is written, so a run with one refused file changes no file of the project, and a file
 * name with a line break, a separator or an invisible character is refused, naming it.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addSources } from '../../scripts/add-source';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A seed file of one document with the given title. */
const seed = (title: string) =>
  `Workflow\n国际交往中心功能建设\nicon\nSearch documents\n${title}\nTest Daily· 2031-04-05 09:30\nCore Points - A point of the test document [1]\n`;

/** A tiny project (seeds/, metadata, translations folder) and a folder of incoming files. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'add-source-'));
  roots.push(root);
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'src/content/source-translations'), { recursive: true });
  mkdirSync(join(root, 'incoming'));
  writeFileSync(join(root, 'seeds/000_first.txt'), seed('已有的测试文档'));
  writeFileSync(join(root, 'src/content/sources.yaml'), '# metadata\n');
  return root;
}

/** Every file of the project's inputs, with its content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['seeds', 'src/content']) {
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' }).sort()) {
      try {
        files[`${folder}/${name}`] = readFileSync(join(root, folder, name), 'utf8');
      } catch {
        files[`${folder}/${name}`] = '(folder)';
      }
    }
  }
  return files;
}

describe('add-source checks every file before writing any', () => {
  it('changes nothing when the second of two files is refused', () => {
    const root = project();
    writeFileSync(join(root, 'incoming/a.txt'), seed('第一份新的测试文档'));
    writeFileSync(join(root, 'incoming/b.txt'), seed('第一份新的测试文档').replace('Test Daily', 'Other Daily'));
    const before = snapshot(root);
    expect(() => addSources(root, [join(root, 'incoming/a.txt'), join(root, 'incoming/b.txt')])).toThrow(
      /incoming\/b\.txt \(line 5\): a document titled "第一份新的测试文档" is already in the site \(seeds\/a\.txt line 5\); nothing was changed\./,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('names every refused file of a run in one error', () => {
    const root = project();
    writeFileSync(join(root, 'incoming/empty.txt'), '');
    writeFileSync(join(root, 'incoming/copy.txt'), seed('已有的测试文档'));
    const before = snapshot(root);
    expect(() => addSources(root, [join(root, 'incoming/empty.txt'), join(root, 'incoming/copy.txt')])).toThrow(
      /2 problems[\s\S]*incoming\/empty\.txt: the seed file is empty[\s\S]*incoming\/copy\.txt/,
    );
    expect(snapshot(root)).toEqual(before);
  });

  it.each([
    ['a line break', 'new\nsources.txt', /the file name holds a line break/],
    ['a control character', 'bell\u0007.txt', /\(file name, column 5\): the control character U\+0007/],
    ['a bidi control', 'txt.\u202Eexe.txt', /the bidirectional control U\+202E/],
    ['a backslash', 'a\\b.txt', /the file name holds a path separator/],
  ])('refuses a file name with %s, naming it, and changes nothing', (_, name, problem) => {
    const root = project();
    writeFileSync(join(root, 'incoming', name), seed('第二份新的测试文档'));
    const before = snapshot(root);
    expect(() => addSources(root, [join(root, 'incoming', name)])).toThrow(problem);
    expect(snapshot(root)).toEqual(before);
  });

  it('adds every file of a run that passes', () => {
    const root = project();
    writeFileSync(join(root, 'incoming/a.txt'), seed('第三份新的测试文档'));
    writeFileSync(join(root, 'incoming/b.txt'), seed('第四份新的测试文档'));
    const added = addSources(root, [join(root, 'incoming/a.txt'), join(root, 'incoming/b.txt')], '2031-01-01');
    expect(added.map((result) => result.seed)).toEqual(['seeds/a.txt', 'seeds/b.txt']);
    expect(readFileSync(join(root, 'src/content/sources.yaml'), 'utf8').match(/^- slug:/gm)).toHaveLength(2);
  });
});
