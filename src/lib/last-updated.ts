/**
 * When a page's content last changed, from the git history of the files it is built from.
 * Memoised: many pages share files, and one `git log` per page is enough.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Runs git with arguments and returns stdout; throws when git is missing or fails. */
export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

export interface LastUpdatedOptions {
  git?: GitRunner;
  /** Used when neither git nor the files can tell, e.g. a build from an exported tarball. */
  now?: () => Date;
}

const memo = new Map<string, string>();

/**
 * ISO timestamp of the newest commit touching any of `files` (`git log -1 --format=%cI`).
 * Without git history (not a checkout, untracked files), the newest modification time of the
 * files that exist; failing that, the build time.
 */
export function lastUpdated(files: readonly string[], options: LastUpdatedOptions = {}): string {
  const key = [...files].sort().join('\n');
  const useMemo = options.git === undefined && options.now === undefined;
  const cached = useMemo ? memo.get(key) : undefined;
  if (cached) return cached;
  const result = fromGit(files, options.git ?? runGit) ?? fromFileTimes(files) ?? (options.now ?? (() => new Date()))().toISOString();
  if (useMemo) memo.set(key, result);
  return result;
}

function fromGit(files: readonly string[], git: GitRunner): string | null {
  if (files.length === 0) return null;
  try {
    const output = git(['log', '-1', '--format=%cI', '--', ...files]).trim();
    return output === '' ? null : output;
  } catch {
    return null;
  }
}

function fromFileTimes(files: readonly string[]): string | null {
  const times = files.filter((file) => existsSync(file)).map((file) => statSync(file).mtime.getTime());
  return times.length === 0 ? null : new Date(Math.max(...times)).toISOString();
}

/** The calendar date of an ISO timestamp as written (the committer's own day), YYYY-MM-DD. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}
