/**
 * When a page's content last changed, from the git history of the files it is built from:
 * the same answer as `git log -1 --format=%cI -- <files>`, but read from one `git log` for the
 * whole build (a git process per page and fact made builds several times slower).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { READ_ROOT, recordRead } from '../incremental/reads';

/** Runs git with arguments and returns stdout; throws when git is missing or fails. */
export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

export interface LastUpdatedOptions {
  git?: GitRunner;
  /** Used when neither git nor the files can tell, e.g. a build from an exported tarball. */
  now?: () => Date;
}

/** One commit: its parents and, per parent, the files that differ from it. */
export interface HistoryCommit {
  hash: string;
  parents: string[];
  timestamp: string;
  /** Aligned with `parents`; a root commit has one list, every file it adds. */
  changedFromParent: string[][];
}

/** Commits in `git log` order (newest first), and by hash. */
export interface History {
  commits: HistoryCommit[];
  byHash: Map<string, HistoryCommit>;
}

/**
 * Reads the history from one `git log -m --name-only`; null without git. That log leaves out
 * the diff against a parent the merge is identical to, so for the rare merge with fewer diffs
 * than parents, each parent's diff is asked for separately.
 */
export function readHistory(git: GitRunner = runGit): History | null {
  try {
    const output = git(['log', '-m', '--format=%x00%H %cI %P', '--name-only']);
    const commits: HistoryCommit[] = [];
    const byHash = new Map<string, HistoryCommit>();
    for (const record of output.split('\0')) {
      const [header, ...files] = record.split('\n').filter((line) => line.trim() !== '');
      if (!header) continue;
      const [hash, timestamp, ...parents] = header.trim().split(' ');
      let commit = byHash.get(hash);
      if (!commit) {
        commit = { hash, parents, timestamp, changedFromParent: [] };
        byHash.set(hash, commit);
        commits.push(commit);
      }
      commit.changedFromParent.push(files);
    }
    for (const commit of commits) {
      if (commit.parents.length > 1 && commit.changedFromParent.length !== commit.parents.length) {
        commit.changedFromParent = commit.parents.map((parent) =>
          git(['diff', '--name-only', parent, commit.hash])
            .split('\n')
            .filter((line) => line.trim() !== ''),
        );
      }
    }
    return commits.length === 0 ? null : { commits, byHash };
  } catch {
    return null;
  }
}

/**
 * The newest commit that changed any of the paths (files or folders; `.` is the whole
 * repository), as `git log -1 -- <paths>` finds it with its default history simplification:
 * the walk goes back from the newest commit; a merge identical to one parent for the paths
 * follows only that parent (a change the merge did not keep is not a change of the content);
 * the first commit, in log order, that differs from every parent for the paths is the answer.
 */
export function lastCommitTouching(history: History, paths: readonly string[]): string | null {
  const wanted = paths.map((path) => path.replace(/^\.\/|\/+$/g, ''));
  const touches = (file: string) =>
    wanted.some((path) => path === '.' || path === '' || file === path || file.startsWith(`${path}/`));
  const order = new Map(history.commits.map((commit, index) => [commit.hash, index]));
  // Commits to visit, by their place in the log (git walks in that order too).
  const pending = new Set<number>(history.commits.length > 0 ? [0] : []);
  while (pending.size > 0) {
    const index = Math.min(...pending);
    pending.delete(index);
    const commit = history.commits[index];
    // A parent outside the history (a shallow clone) counts as absent.
    const parents = commit.parents.filter((parent) => order.has(parent));
    if (parents.length === 0) {
      if (commit.changedFromParent.some((files) => files.some(touches))) return commit.timestamp;
      continue;
    }
    const same = commit.parents.findIndex(
      (parent, at) => order.has(parent) && !(commit.changedFromParent[at] ?? []).some(touches),
    );
    if (same >= 0) {
      pending.add(order.get(commit.parents[same])!);
      continue;
    }
    return commit.timestamp;
  }
  return null;
}

let sharedHistory: History | null | undefined;
const memo = new Map<string, string>();

/**
 * ISO timestamp of the newest commit touching any of `files`. Without git history (not a
 * checkout, untracked files), the newest modification time of the files that exist; failing
 * that, the build time.
 */
export function lastUpdated(files: readonly string[], options: LastUpdatedOptions = {}): string {
  const custom = options.git !== undefined || options.now !== undefined;
  const sorted = [...files].sort();
  const result = lastUpdatedOnce(sorted.join('\n'), sorted, options);
  // Git history is outside Astro's module graph: a page that shows the day depends on it.
  if (!custom) recordRead([READ_ROOT.lastUpdated, ...sorted], () => result);
  return result;
}

/** The day (YYYY-MM-DD) the files last changed: for a page that shows the day, recorded at that grain. */
export function lastUpdatedDay(files: readonly string[]): string {
  const sorted = [...files].sort();
  const day = isoDay(lastUpdatedOnce(sorted.join('\n'), sorted, {}));
  recordRead([READ_ROOT.lastUpdatedDay, ...sorted], () => day);
  return day;
}

function lastUpdatedOnce(key: string, files: readonly string[], options: LastUpdatedOptions): string {
  const custom = options.git !== undefined || options.now !== undefined;
  if (!custom && memo.has(key)) return memo.get(key)!;
  // `undefined` means not read yet: a build outside a checkout reads no history once, not once per page.
  if (!custom && sharedHistory === undefined) sharedHistory = readHistory();
  const history = custom ? readHistory(options.git) : sharedHistory;
  const result =
    (history && files.length > 0 ? lastCommitTouching(history, files) : null) ??
    fromFileTimes(files) ??
    (options.now ?? (() => new Date()))().toISOString();
  if (!custom) memo.set(key, result);
  return result;
}

function fromFileTimes(files: readonly string[]): string | null {
  const times = files.filter((file) => existsSync(file)).map((file) => statSync(file).mtime.getTime());
  return times.length === 0 ? null : new Date(Math.max(...times)).toISOString();
}

/** The calendar date of an ISO timestamp as written (the committer's own day), YYYY-MM-DD. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}
