#!/usr/bin/env node
/**
 * Screenshots of pages of the built site, for reading the layout as a reader would:
 *   node scripts/screenshots.mjs --out /tmp/shots /zh/ /en/places/sanlitun/ …
 * Each path is taken at 1280 and 375 px wide (full page). A page is taken once the network is idle,
 * so a search page (`/en/search/?q=…`) shows its results.
 */
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from './lib/chromium.mjs';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    port: { type: 'string', default: '4329' },
    full: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
mkdirSync(values.out, { recursive: true });
const server = await preview({
  root: process.cwd(),
  logLevel: 'error',
  server: { host: '127.0.0.1', port: Number(values.port) },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_CHROMIUM_FLAGS });
try {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of positionals) {
      await page.goto(`http://127.0.0.1:${values.port}${path}`, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}.png`;
      await page.screenshot({ path: join(values.out, name), fullPage: values.full });
      console.info(join(values.out, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
