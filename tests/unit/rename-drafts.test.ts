/**
 * `npm run rename -- sources <old> <new>` takes the document's drafts along: the drafts file is
 * named after the document, and its citations name it. On a copy of the minimal fixture's
 * content (whatever drafts it holds), never a build.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { rename } from '../../scripts/rename';
import { DRAFTS_DIRECTORY } from '../../src/lib/content/drafts';

const FIXTURE = resolve('tests/fixtures/good-input/minimal');
const root = mkdtempSync(join(tmpdir(), 'rename-drafts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(FIXTURE, 'src/content'), join(root, 'src/content'), { recursive: true });
mkdirSync(join(root, 'urls'));
writeFileSync(join(root, 'urls/published.txt'), '');
writeFileSync(join(root, 'urls/renames.json'), '{}\n');

describe('renaming a source document', () => {
  const drafted = readdirSync(join(root, DRAFTS_DIRECTORY)).map((name) => name.replace(/\.yaml$/, ''))[0];

  it('moves its drafts file and renames the source its drafts cite', () => {
    expect(drafted, 'the minimal fixture holds a drafts file').toBeDefined();
    const done = rename(root, 'sources', drafted, 'renamed-document');
    expect(done).toContain(`moved ${DRAFTS_DIRECTORY}/${drafted}.yaml → ${DRAFTS_DIRECTORY}/renamed-document.yaml`);
    expect(existsSync(join(root, DRAFTS_DIRECTORY, `${drafted}.yaml`))).toBe(false);
    const drafts = parseYaml(readFileSync(join(root, DRAFTS_DIRECTORY, 'renamed-document.yaml'), 'utf8')) as {
      entry: { citations: { source: string }[] };
    }[];
    const cited = drafts.flatMap((draft) => draft.entry.citations.map((citation) => citation.source));
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(cited)).toEqual(new Set(['renamed-document']));
  });
});
