import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';
import { assertBuilt } from './site';

/** Debian's Chromium; the flags keep it from calling out to any network service. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_CHROMIUM_FLAGS });
}

/**
 * Serves dist/ with `astro preview` on a port of its own (`npm start` uses scripts/serve.mjs,
 * which also sends the headers of public/_headers; tests/site/serve.test.ts covers it).
 */
export async function serveBuiltSite(port: number) {
  assertBuilt();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * For the tests of one file: dist/ served on `port` and one Chromium, started before the
 * first test and stopped after the last. Read `browser` and `origin` inside tests only.
 */
export function builtSiteInChromium(port: number): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveBuiltSite>> | undefined;
  beforeAll(async () => {
    site = await serveBuiltSite(port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site and Chromium start in beforeAll: use them inside a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(site).origin;
    },
  };
}
