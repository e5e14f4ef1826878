#!/usr/bin/env node
/**
 * Adds every URL of the built site (dist/) to urls/published.txt. It never removes one: a URL
 * that stops building must leave a redirect (urls/renames.json), and the manifest test says so.
 *
 *   npm run build && npm run urls:update
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtUrls, MANIFEST_FILE, readManifest, writeManifest } from './lib/url-manifest.mjs';

const before = existsSync(MANIFEST_FILE) ? readManifest(readFileSync(MANIFEST_FILE, 'utf8')) : [];
const built = builtUrls('dist');
const added = built.filter((url) => !before.includes(url));
writeFileSync(MANIFEST_FILE, writeManifest([...before, ...built]));
console.info(
  `[urls] ${added.length} new URL(s) added to ${MANIFEST_FILE}${added.length ? ':\n  ' + added.join('\n  ') : ''}`,
);
