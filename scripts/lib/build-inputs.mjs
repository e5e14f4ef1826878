/**
 * Everything a build's output is made from, as one fingerprint: the project's files that a build
 * reads (scripts/lib/project-files.mjs), the locked dependencies, git's HEAD (pages say when
 * their files last changed, from its history), the settings that reach the pages (SITE_URL,
 * SOURCE_DATE_EPOCH), the build's own options and the Node.js that runs it. A build whose
 * fingerprint is that of the site it published last has nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_FILES } from './project-files.mjs';

/**
 * @param {string} root the project
 * @param {Record<string, unknown>} options the build's options that change its output
 */
export function buildInputsFingerprint(root, options) {
  const hash = createHash('sha256');
  const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  hash.update(
    JSON.stringify({
      options,
      node: process.version,
      head: git.status === 0 ? git.stdout.trim() : null,
      siteUrl: process.env.SITE_URL ?? null,
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null,
    }),
  );
  const add = (path) => {
    const stat = lstatSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(root, path)).update('\0');
      if (stat.isSymbolicLink()) hash.update(`-> ${readlinkSync(path)}`);
      else hashFile(hash, path);
      hash.update('\0');
    }
  };
  for (const entry of [...PROJECT_FILES, 'package-lock.json'])
    if (existsSync(join(root, entry))) add(join(root, entry));
  return hash.digest('hex');
}

/**
 * Adds a file's bytes to a hash a megabyte at a time: a huge stray file (which the content
 * check then refuses by its size) costs no more memory than a small one.
 * @param {import('node:crypto').Hash} hash @param {string} path
 */
function hashFile(hash, path) {
  const buffer = Buffer.alloc(1024 * 1024);
  const descriptor = openSync(path, 'r');
  try {
    for (let read; (read = readSync(descriptor, buffer, 0, buffer.length, null)) > 0;) {
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(descriptor);
  }
}

/** Where the fingerprint of each output folder's published site is kept (in the build's cache). */
function recordFile(cacheDir) {
  return join(cacheDir, 'published-inputs.json');
}

function readRecord(cacheDir) {
  try {
    return JSON.parse(readFileSync(recordFile(cacheDir), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Whether the site published at `outDir` was built from inputs with this fingerprint, and is still
 * the one published there (not replaced or removed since).
 * @param {string} cacheDir @param {string} outDir @param {string} fingerprint
 */
export function isPublishedFrom(cacheDir, outDir, fingerprint) {
  const record = readRecord(cacheDir)[outDir];
  if (!record || record.fingerprint !== fingerprint) return false;
  try {
    return lstatSync(outDir).isSymbolicLink() && readlinkSync(outDir) === record.target && existsSync(outDir);
  } catch {
    return false;
  }
}

/** Records the fingerprint of the site just published at `outDir`. */
export function recordPublished(cacheDir, outDir, fingerprint) {
  const record = readRecord(cacheDir);
  record[outDir] = { fingerprint, target: readlinkSync(outDir) };
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(recordFile(cacheDir), JSON.stringify(record, null, 2) + '\n');
}
