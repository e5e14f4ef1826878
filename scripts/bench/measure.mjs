/**
 * One measured build: the real build (or another command that builds) in a process group of its
 * own, its wall time, the CPU time and peak memory of every process in the group (sampled), and
 * the phase times and counts the build prints.
 */
import { spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

/** Samples a process group once a second: peak total memory, the largest process, CPU time per process. */
function processGroupSampler(groupId) {
  const sample = { peakKilobytes: 0, largest: { kilobytes: 0, command: '' }, cpuSecondsByProcess: new Map() };
  const timer = setInterval(() => {
    // The command's program, not its thread name (Node 24 names its main thread "MainThread").
    const ps = spawnSync('ps', ['-o', 'pid=,rss=,times=,args=', '-g', String(groupId)], { encoding: 'utf8' });
    let total = 0;
    for (const line of (ps.stdout ?? '').split('\n')) {
      const [pid, rss, times, program = ''] = line.trim().split(/\s+/);
      const command = program.slice(program.lastIndexOf('/') + 1);
      if (!Number(pid)) continue;
      total += Number(rss) || 0;
      if (Number(rss) > sample.largest.kilobytes) sample.largest = { kilobytes: Number(rss), command };
      sample.cpuSecondsByProcess.set(pid, Math.max(sample.cpuSecondsByProcess.get(pid) ?? 0, Number(times) || 0));
    }
    sample.peakKilobytes = Math.max(sample.peakKilobytes, total);
  }, 1000);
  return { sample, stop: () => clearInterval(timer) };
}

/** The phase times and counts a build printed. */
function phasesOf(output) {
  const number = (pattern) => {
    const match = pattern.exec(output);
    return match ? Number(match[1]) : null;
  };
  // Astro writes a duration as "850ms", "12.34s" or, from a minute, "2m 25s".
  const duration = (pattern) => {
    const match = pattern.exec(output);
    if (!match) return null;
    const minutes = /^(\d+)m (\d+)s$/.exec(match[1]);
    if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
    return Number.parseFloat(match[1]) / (match[1].endsWith('ms') ? 1000 : 1);
  };
  return {
    pages: number(/\[build\] (\d+) page\(s\) built/),
    // The validation stage, before Astro.
    checkSeconds: number(/\[content\] checked in ([\d.]+)s/),
    // Astro's phases: content sync and types, bundling, then rendering the pages.
    contentSeconds: duration(/\[types\] Generated (\d+m \d+s|[\d.]+m?s)/),
    bundleSeconds: duration(/\[vite\] ✓ built in (\d+m \d+s|[\d.]+m?s)/),
    renderSeconds: duration(/generating static routes[\s\S]*?✓ Completed in (\d+m \d+s|[\d.]+m?s)/),
    pagefindSeconds: number(/\[pagefind\] indexed \d+ pages in ([\d.]+)s/),
    // Pages Astro rendered ("(+12ms)") and those an incremental build copied from its cache.
    rendered: (output.match(/[├└]─ \S+ \(\+\d+ms\)/g) ?? []).length,
    reused: (output.match(/[├└]─ \S+ \((?:restored|cached)\)/g) ?? []).length,
    searchBundlesReused: /\[pagefind\] .*copied from the cache: ([^)]*)\)/.exec(output)?.[1] ?? null,
    upToDate: /nothing changed since the published build/.test(output),
  };
}

/**
 * Runs the real build (or `args`, another command that builds, such as add-source); resolves
 * with wall time and the phase times the build prints.
 */
export function build(workspace, timeoutSeconds, args = ['scripts/build.mjs'], node = process.execPath) {
  return new Promise((done) => {
    const started = performance.now();
    // Its own process group, so that a timeout stops Astro too (the build script runs it as a child).
    const child = spawn(node, args, {
      cwd: workspace,
      detached: true,
      // Plain text to read the phases from (CI may force colours, which put codes inside them).
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let output = '';
    // Peak memory and CPU time of the build's processes: on a machine shared with other work,
    // CPU time varies far less than wall time does.
    const sampler = processGroupSampler(child.pid);
    child.stdout.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    child.stderr.on('data', (chunk) => (output += stripVTControlCharacters(String(chunk))));
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      sampler.stop();
      const { peakKilobytes, largest, cpuSecondsByProcess } = sampler.sample;
      done({
        ok: code === 0,
        timedOut: code === null,
        seconds: (performance.now() - started) / 1000,
        ...phasesOf(output),
        peakMegabytes: Math.round(peakKilobytes / 1024),
        largestProcess: largest.command
          ? { command: largest.command, megabytes: Math.round(largest.kilobytes / 1024) }
          : null,
        cpuSeconds: [...cpuSecondsByProcess.values()].reduce((sum, seconds) => sum + seconds, 0),
        output,
      });
    });
  });
}
