/**
 * The server's path resolution (scripts/serve.mjs) on a small real folder: only same-site
 * paths, no protocol-relative redirect, no file reached through a link that leaves the folder.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../scripts/serve.mjs';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'serve-paths-')));
const root = join(base, 'dist');
mkdirSync(join(root, 'en'), { recursive: true });
writeFileSync(join(root, 'en', 'index.html'), '<!doctype html>');
writeFileSync(join(base, 'secret.txt'), 'outside');
mkdirSync(join(base, 'outside-folder'));
writeFileSync(join(base, 'outside-folder', 'index.html'), 'outside');
symlinkSync(join(base, 'secret.txt'), join(root, 'link.txt'));
symlinkSync(join(base, 'outside-folder'), join(root, 'linked'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the server answers only same-site paths inside dist/', () => {
  it('redirects a folder without its slash to a same-site path', () => {
    expect(resolveRequest(root, '/en')).toEqual({ redirect: '/en/' });
    expect(resolveRequest(root, '/en/')).toEqual({ file: join(root, 'en', 'index.html') });
  });

  it.each(['//en', '//en/', '///en', '/en//', '//'])('answers %s with nothing, never a //host redirect', (path) => {
    expect(resolveRequest(root, path)).toBeNull();
  });

  it.each(['/link.txt', '/linked/', '/linked/index.html'])('does not follow the link %s out of dist/', (path) => {
    expect(resolveRequest(root, path)).toBeNull();
  });
});
