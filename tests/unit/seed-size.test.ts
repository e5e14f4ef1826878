/**
 * A huge file in seeds/ is refused by its size, named, before it is read: a 600 MB file (sparse,
 * so it costs no disk) must not be read into memory to be called "not valid UTF-8".
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SEED_BYTES, readCorpus } from '../../src/lib/seeds/corpus';

const root = mkdtempSync(join(tmpdir(), 'seed-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a seed larger than a seed can be', () => {
  it('is refused with its size named', () => {
    mkdirSync(join(root, 'seeds'));
    const file = openSync(join(root, 'seeds', 'huge.txt'), 'w');
    writeSync(file, 'x', 600 * 1024 * 1024 - 1);
    closeSync(file);
    expect(600 * 1024 * 1024).toBeGreaterThan(MAX_SEED_BYTES);
    const problems: string[] = [];
    readCorpus(join(root, 'seeds'), root, (problem) => problems.push(problem.message));
    expect(problems).toContainEqual(
      expect.stringMatching(/^seeds\/huge\.txt: the file is 600\.0 MB; a seed file is at most \d+ MB\.\n {2}→ /),
    );
  });
});
