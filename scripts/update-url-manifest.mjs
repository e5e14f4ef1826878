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
const known = new Set(before);
const added = built.filter((url) => !known.has(url));
writeFileSync(MANIFEST_FILE, writeManifest([...before, ...built]));
// A first run on a large site adds tens of thousands: name the first ones, count the rest.
const SHOWN = 50;
const listed = added.slice(0, SHOWN).join('\n  ');
const more = added.length > SHOWN ? `\n  … and ${added.length - SHOWN} more` : '';
console.info(
  `[urls] ${added.length} new URL(s) added to ${MANIFEST_FILE}${added.length ? `:\n  ${listed}${more}` : ''}`,
);
