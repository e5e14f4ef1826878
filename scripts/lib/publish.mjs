/**
 * How a build publishes, so that concurrent or interrupted builds never publish a broken site:
 *
 * - one build at a time per folder: `.build.lock` names the build holding it (pid, start time);
 *   a lock whose process is gone is taken over;
 * - each build stages into a folder of its own, `.build-staging-<pid>`;
 * - `dist` is a symbolic link to a complete site in `.dist-versions/<id>/`. Publishing moves
 *   the finished staging folder there, writes a new link and renames it over `dist`: rename(2)
 *   replaces the link atomically, so `dist` is, at every instant, the whole old site or the
 *   whole new one (a server, a test or a killed build never sees a mix). Static hosts, rsync
 *   (`dist/`), S3 sync and `tar -h` follow the link.
 *
 * Everything here is synchronous on purpose: a signal handler cannot run in the middle of it.
 */
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

export const LOCK_FILE = '.build.lock';
export const STAGING_PREFIX = '.build-staging';

/** An error the build reports as one plain message (no stack trace). */
export class BuildError extends Error {}

/** @param {number} pid */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} lockPath @returns {{ pid: number, started: string } | null} */
function readLock(lockPath) {
  try {
    const holder = JSON.parse(readFileSync(lockPath, 'utf8'));
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/**
 * A `.build.lock` that is a folder, a link or anything but a file was not made by a build:
 * it is not taken over (nor removed) but named, with what to do.
 * @param {string} lockPath
 */
function refuseLockThatIsNoFile(lockPath) {
  let stats;
  try {
    stats = lstatSync(lockPath);
  } catch {
    return;
  }
  if (stats.isFile()) return;
  const what = stats.isDirectory() ? 'a folder' : stats.isSymbolicLink() ? 'a symbolic link' : 'not a file';
  throw new BuildError(
    `${LOCK_FILE} is ${what}, not a lock a build wrote (a build's lock is a small file naming its pid).\n` +
      `  → Remove it (rm -r ${LOCK_FILE}) if no build is running, then build again.`,
  );
}

/**
 * Takes the folder's build lock, or throws a BuildError naming the build that holds it.
 * A lock left by a process that no longer runs (killed, machine restarted) is recovered.
 * @param {string} root the project folder
 * @returns {() => void} releases the lock
 */
export function acquireBuildLock(root) {
  const lockPath = join(root, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, started: new Date().toISOString() });
  for (let attempt = 0; attempt < 5; attempt++) {
    refuseLockThatIsNoFile(lockPath);
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      removeStaleLocksOfStoppedBuilds(root);
      return () => {
        if (readLock(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code !== 'EEXIST') {
        throw new BuildError(
          `Could not create ${LOCK_FILE} in ${root} (${code ?? String(error)}).\n  → Make the project folder writable, then build again.`,
        );
      }
    }
    const holder = readLock(lockPath);
    if (holder && isRunning(holder.pid)) {
      throw new BuildError(
        `Another build is running in this folder (pid ${holder.pid}, started ${holder.started}); ` +
          `${LOCK_FILE} is its lock.\n  → Wait for it to finish, or stop it (kill ${holder.pid}), then build again.`,
      );
    }
    if (!holder) {
      // Being written this very moment by a build that just opened it: look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      if (readLock(lockPath) === null && attempt < 4) continue;
    }
    // The holder is gone: move its lock aside (only one contender's rename succeeds) and retry.
    const aside = `${lockPath}.stale-${process.pid}`;
    try {
      renameSync(lockPath, aside);
      const moved = readLock(aside);
      if (moved && moved.pid !== holder?.pid && isRunning(moved.pid)) {
        // We moved a live build's fresh lock: put it back and report it.
        renameSync(aside, lockPath);
        continue;
      }
      rmSync(aside, { force: true });
      console.info(
        `[build] recovered the lock of a build that is no longer running${holder ? ` (pid ${holder.pid}, started ${holder.started})` : ''}`,
      );
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
  }
  throw new BuildError(
    `Could not take ${LOCK_FILE}: other builds keep taking it.\n  → Build again when they are done.`,
  );
}

/**
 * A build stopped while it moved a dead build's lock aside leaves `.build.lock.stale-<pid>`:
 * once the folder's lock is ours, those of processes no longer running are removed.
 * @param {string} root
 */
function removeStaleLocksOfStoppedBuilds(root) {
  for (const name of readdirSync(root)) {
    const pid = Number(/^\.build\.lock\.stale-(\d+)$/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) rmSync(join(root, name), { force: true });
  }
}

/** This build's staging folder (unique per process). @param {string} root */
export function stagingFolder(root) {
  return join(root, `${STAGING_PREFIX}-${process.pid}`);
}

/** The folder that holds published sites, beside the output link: `.dist-versions` for `dist`. */
/** @param {string} outDir */
export function versionsFolder(outDir) {
  return join(dirname(outDir), `.${basename(outDir)}-versions`);
}

/**
 * Cleans up after builds that were stopped: their staging folders and half-made links, and a
 * missing `dist` when a complete site was published before (the newest is linked again).
 * Call it holding the lock, so no other build is using what it removes.
 * @param {string} root @param {string} outDir
 */
export function recoverInterruptedBuilds(root, outDir) {
  for (const name of readdirSync(root)) {
    if (name.startsWith(STAGING_PREFIX)) rmSync(join(root, name), { recursive: true, force: true });
  }
  const versions = versionsFolder(outDir);
  if (!existsSync(versions)) return;
  for (const name of readdirSync(versions)) {
    if (name.startsWith('link-')) rmSync(join(versions, name), { force: true });
  }
  if (!existsSync(outDir)) {
    const newest = readdirSync(versions).sort().at(-1);
    if (newest) {
      switchLink(outDir, join(versions, newest));
      console.info(`[build] ${basename(outDir)}/ was missing: linked the last published site again`);
    }
  }
}

/** Points `outDir` at `target` with one atomic rename. @param {string} outDir @param {string} target */
function switchLink(outDir, target) {
  const link = join(versionsFolder(outDir), `link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(dirname(outDir), target), link, 'dir');
  renameSync(link, outDir);
}

/**
 * Publishes a complete staging folder as `outDir`, atomically, and keeps the previous site
 * (for readers still in it) while removing older ones.
 * @param {string} staging @param {string} outDir
 */
export function publish(staging, outDir) {
  const versions = versionsFolder(outDir);
  mkdirSync(versions, { recursive: true });
  // Sortable by time; the pid keeps two builds in one millisecond apart.
  const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const published = join(versions, id);
  renameSync(staging, published);

  let previous = null;
  if (existsSync(outDir) || isLink(outDir)) {
    if (isLink(outDir)) {
      previous = basename(readlinkSync(outDir));
    } else {
      // A dist/ folder from before builds published through a link: keep it as the previous
      // version. dist/ is missing only between these two renames (once, on the first build).
      previous = `0-folder-${id}`;
      try {
        renameSync(outDir, join(versions, previous));
      } catch (error) {
        rmSync(published, { recursive: true, force: true });
        throw new BuildError(
          `${basename(outDir)}/ could not be moved aside to publish the new site (${/** @type {Error} */ (error).message}).\n` +
            `  → Make it writable (chmod -R u+w ${basename(outDir)}) or remove it, then build again. It is unchanged.`,
        );
      }
    }
  }
  switchLink(outDir, published);
  for (const name of readdirSync(versions)) {
    if (name === id || name === previous) continue;
    // Published already: a site that cannot be removed (read-only) is only reported.
    try {
      rmSync(join(versions, name), { recursive: true, force: true });
    } catch (error) {
      console.warn(
        `[build] could not remove an older site, ${join(versions, name)}: ${/** @type {Error} */ (error).message}`,
      );
    }
  }
}

/** @param {string} path */
function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Removes a staging folder (a failed or stopped build). @param {string} staging */
export function discardStaging(staging) {
  // A writer stopped a moment ago (Pagefind's indexer) may still finish a file inside: retry.
  rmSync(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
}
