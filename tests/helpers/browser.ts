import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';
import { assertBuilt } from './site';

/** Debian's Chromium; the flags keep it from calling out to any network service. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Serves dist/ the way `npm start` does, on a port of its own. */
export async function serveBuiltSite(port: number) {
  assertBuilt();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}
