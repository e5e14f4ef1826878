/**
 * When a page's content last changed, from the git history of the files it is built from:
 * the same answer as `git log -1 --format=%cI -- <files>`, but read from one `git log` for the
 * whole build (a git process per page and fact made builds several times slower).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

/** Runs git with arguments and returns stdout; throws when git is missing or fails. */
export type GitRunner = (args: string[]) => string;

const runGit: GitRunner = (args) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

export interface LastUpdatedOptions {
  git?: GitRunner;
  /** Used when neither git nor the files can tell, e.g. a build from an exported tarball. */
  now?: () => Date;
}

/**
 * Commits newest first, each with its timestamp and, per parent, the files that differ from
 * it (one list for an ordinary commit, one per parent for a merge).
 */
export interface History {
  commits: { timestamp: string; changedFromParent: string[][] }[];
}

/** Reads the history from one `git log -m --name-only`; null without git. */
export function readHistory(git: GitRunner = runGit): History | null {
  try {
    const output = git(['log', '-m', '--format=%x00%H %cI', '--name-only']);
    const commits: History['commits'] = [];
    const byHash = new Map<string, History['commits'][number]>();
    for (const record of output.split('\0')) {
      const [header, ...files] = record.split('\n').filter((line) => line.trim() !== '');
      if (!header) continue;
      const [hash, timestamp] = header.trim().split(' ');
      let commit = byHash.get(hash);
      if (!commit) {
        commit = { timestamp, changedFromParent: [] };
        byHash.set(hash, commit);
        commits.push(commit);
      }
      commit.changedFromParent.push(files);
    }
    return commits.length === 0 ? null : { commits };
  } catch {
    return null;
  }
}

/**
 * The newest commit that changed any of the paths (files or folders; `.` is the whole
 * repository), as `git log -1 -- <paths>` finds it: a merge counts only when the paths
 * differ from every parent, i.e. when the merge itself made their content what it is.
 */
export function lastCommitTouching(history: History, paths: readonly string[]): string | null {
  const wanted = paths.map((path) => path.replace(/^\.\/|\/+$/g, ''));
  const touches = (file: string) =>
    wanted.some((path) => path === '.' || path === '' || file === path || file.startsWith(`${path}/`));
  return (
    history.commits.find((commit) => commit.changedFromParent.every((files) => files.some(touches)))?.timestamp ?? null
  );
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
  const key = [...files].sort().join('\n');
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
