/**
 * Global setup of the site and slow projects: they read the site in dist/, which
 * `node scripts/build.mjs` builds beforehand (`npm test` does). Stops at once, saying so,
 * when it is missing, rather than failing every file on its own.
 */
import { assertBuilt } from '../../scripts/lib/built-site.mjs';

export default function setup() {
  assertBuilt();
}
