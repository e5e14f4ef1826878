/**
 * The content the validation stage checked, for everything that builds pages.
 *
 * The build's render stage (`scripts/lib/render-stage.mjs`) runs the validation stage before
 * Astro starts and hands its result over in
 * the same process, so a build reads and checks every input once. Pages take entries and
 * documents from here rather than from Astro's data store: Astro turns its whole store into one
 * JavaScript module for the bundler, which at 10,000 documents (80,000 points of text) made
 * bundling the slowest step of the build. Anything else (`astro dev`, `astro check`) runs the
 * stage here, once per process, and again in dev when an input changed.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSiteContent, SEEDS_DIRECTORY, type SiteContent } from './site-content';

/** Where the build script leaves the checked content for the Astro build it starts. */
const HANDOVER = Symbol.for('beijing-exchange-site.checked-content');

interface Handover {
  root: string;
  content: SiteContent;
}

type GlobalWithHandover = typeof globalThis & { [HANDOVER]?: Handover };

/** Called by the build script after a validation run without problems. */
export function handOverCheckedContent(root: string, content: SiteContent): void {
  (globalThis as GlobalWithHandover)[HANDOVER] = { root: resolve(root), content };
}

let loaded: { root: string; fingerprint: string | null; content: SiteContent } | null = null;

/** Names, sizes and modification times of every input: a change to any of them changes it. */
function inputsFingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (path: string) => {
    if (!existsSync(path)) return void parts.push(`${path}:-`);
    const stat = statSync(path);
    parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
  };
  walk(join(root, SEEDS_DIRECTORY));
  walk(join(root, 'src/content'));
  return parts.join('\n');
}

/**
 * The checked content of the project at `root`. Throws the validation stage's problems, all of
 * them, while any remains. `watching` (dev) re-checks when an input changed since the last call.
 */
export function checkedContent(projectRoot: string, { watching = false } = {}): SiteContent {
  // Astro gives its root with a trailing slash, the build script without.
  const root = resolve(projectRoot);
  const handover = (globalThis as GlobalWithHandover)[HANDOVER];
  if (!watching && handover?.root === root) return handover.content;
  if (!watching && loaded?.root === root) return loaded.content;
  const fingerprint = watching ? inputsFingerprint(root) : null;
  if (loaded?.root !== root || loaded.fingerprint !== fingerprint) {
    loaded = { root, fingerprint, content: loadSiteContent(root) };
  }
  return loaded.content;
}
