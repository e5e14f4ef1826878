import { createServer, type AddressInfo } from 'node:net';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { OFFLINE_CHROMIUM_FLAGS, TEST_CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';
import { assertBuilt } from './site';

/** Debian's headless Chromium (scripts/lib/chromium.mjs); the flags keep it off any network service. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: TEST_CHROMIUM_PATH, args: OFFLINE_CHROMIUM_FLAGS });
}

/** A port no one listens on now: several checkouts run these tests on one machine. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const { port } = probe.address() as AddressInfo;
  await new Promise((closed) => probe.close(closed));
  return port;
}

/**
 * Serves dist/ with `astro preview` on a free port (Astro reports the port asked for, not the
 * one used). `npm start` uses scripts/serve.mjs, which also sends the headers of
 * public/_headers; tests/site/serve.test.ts covers it.
 */
export async function serveBuiltSite() {
  assertBuilt();
  const port = await freePort();
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
    // Fail rather than move to another port the origin would not name.
    vite: { preview: { strictPort: true } },
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * For the tests of one file: dist/ served on a free port and one Chromium, started before the
 * first test and stopped after the last. Read `browser` and `origin` inside tests only.
 */
export function builtSiteInChromium(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveBuiltSite>> | undefined;
  beforeAll(async () => {
    site = await serveBuiltSite();
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
