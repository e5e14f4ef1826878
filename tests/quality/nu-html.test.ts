/**
 * The Nu HTML checker (the W3C validator, vnu-jar) over every built page, in one Java process:
 * zero errors. It catches what html-validate lets through (a script after </html>). Java is
 * required: `.ci/run` installs Debian's default-jre-headless when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, builtFiles } from '../helpers/dist';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  url?: string;
  lastLine?: number;
  message: string;
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'java is missing: the Nu HTML checker (vnu-jar) needs it. Install Debian’s default-jre-headless ' +
        '(apt-get install -y default-jre-headless); .ci/run installs it when `java` is not found.',
    );
  }
}

// The jar itself: the package's postinstall (which would fetch a Java runtime) never runs here.
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// A page the checker must reject: the fault the issue found on the search pages.
const scratch = mkdtempSync(join(tmpdir(), 'nu-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const broken = join(scratch, 'broken.html');
writeFileSync(
  broken,
  '<!doctype html><html lang="en"><head><title>x</title></head><body><p>x</p></body></html><script type="module" src="x.js"></script>',
);

/** Every page (and 404.html), absolute paths; Pagefind's UI files are not the site's. */
const pages = builtFiles()
  .filter((path) => path.endsWith('.html') && !path.startsWith('/pagefind/'))
  .map((path) => resolve(DIST, `.${path}`));

/** One run over all files: error messages by file path. */
function checkAll(files: string[]): Map<string, string[]> {
  assertJava();
  const run = spawnSync(
    'java',
    ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--exit-zero-always', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error) throw run.error;
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const byFile = new Map<string, string[]>();
  for (const message of messages.filter((m) => m.type !== 'info')) {
    const file = message.url ? decodeURIComponent(new URL(message.url).pathname) : '(no file)';
    byFile.set(file, [...(byFile.get(file) ?? []), `line ${message.lastLine ?? '?'}: ${message.message}`]);
  }
  return byFile;
}

describe('the Nu HTML checker', () => {
  it('reports no error on any built page (and rejects a script after </html>)', { timeout: 180_000 }, () => {
    expect(pages.length).toBeGreaterThan(4);
    const errors = checkAll([broken, ...pages]);
    expect(errors.get(broken)?.join('\n')).toMatch(/Stray start tag “script”/);
    errors.delete(broken);
    const report = [...errors].flatMap(([file, messages]) =>
      messages.map((m) => `${file.replace(resolve(DIST), 'dist')}: ${m}`),
    );
    expect(report).toEqual([]);
  });
});
