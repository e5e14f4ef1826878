/**
 * Images in prose (src/lib/checks/prose-images.ts, run by the MDX allowlist plugin): only a
 * raster file of the project's own src/content/, by a relative path; a remote URL, an
 * absolute path, a path or link out of src/content/, a Vite query or an SVG is refused,
 * naming the file and line.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { remarkProseAllowlist } from '../../src/lib/checks/mdx-allowlist';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'prose-images-')));
const folder = join(root, 'src/content/prose/places/x');
const mdx = join(folder, 'en.mdx');
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'map.png'), 'png');
writeFileSync(join(folder, 'drawing.svg'), '<svg><script>alert(1)</script></svg>');
writeFileSync(join(root, 'outside.png'), 'png');
writeFileSync(join(root, 'package.json'), '{}');
symlinkSync(join(root, 'outside.png'), join(folder, 'linked.png'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the plugin on a tree holding one image (or image reference) on line 3. */
function check(url: string, type = 'image') {
  const image = { type, url, position: { start: { line: 3 } } };
  const tree = { type: 'root', children: [{ type: 'paragraph', children: [image] }] };
  return () => remarkProseAllowlist()(tree, { path: mdx });
}

describe('prose shows only images of its own content', () => {
  it('accepts a PNG next to the prose', () => {
    expect(check('./map.png')).not.toThrow();
  });

  it.each([
    ['a remote URL', 'https://tracker.example/pixel.png', 'the remote image'],
    ['a protocol-relative URL', '//tracker.example/pixel.png', 'the remote image'],
    ['a data URL', 'data:image/png;base64,AAAA', 'the remote image'],
    ['an absolute path', '/etc/passwd.png', 'an absolute path'],
    ['a path out of the project', '../../../../../outside.png', 'leads outside src/content/'],
    ['a path to a project file', '../../../../../package.json', 'not of an allowed type'],
    ['a link out of src/content/', './linked.png', 'leads outside src/content/'],
    ['an SVG', './drawing.svg', 'the SVG image'],
    ['a Vite query', './map.png?raw', 'would change how it is read'],
    ['a missing file', './none.png', 'not a file of src/content/'],
  ])('refuses %s, naming the file and line', (_, url, problem) => {
    expect(check(url)).toThrow(
      new RegExp(`en\\.mdx \\(line 3\\): .*${problem.replace(/[./]/g, '\\$&')}.* is not allowed in prose`),
    );
  });

  it('refuses an image by reference', () => {
    expect(check('', 'imageReference')).toThrow(/\(line 3\): an image by reference/);
  });
});
