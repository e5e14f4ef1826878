/**
 * Renamed pages keep working: `urls/renames.json` maps an old language-neutral path to its new
 * one, and each rename becomes a static redirect page in both languages (Astro writes it with
 * a meta refresh and a canonical link to the new URL).
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { localizedRoute, sitePath } from '../urls/urls';
import { LANGUAGES } from '../../i18n/index';
import { SourceInputError } from '../errors';
import { SLUG } from '../content/schemas';
import { KINDS } from '../content/kinds';
import { CSP_META } from './security';

const RENAMES_FILE = 'urls/renames.json';

/**
 * Whether a path is made of URL path segments like slugs (`places/old-name`): no `..`, no
 * leading `/`, no scheme or host, nothing a file path or another site could be made of.
 */
export function isSitePath(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  return path !== '' && segments.every((segment) => SLUG.test(segment));
}

/** Keys are routes (Astro adds the base path); destinations are URLs, so they carry `base`. */
export function redirectsFor(renames: Record<string, string>, base = '/'): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(renames)) {
    for (const [role, path] of [
      ['key', from],
      ['target', to],
    ] as const) {
      if (typeof path !== 'string' || !isSitePath(path)) {
        throw new SourceInputError({
          file: RENAMES_FILE,
          where: `key ${JSON.stringify(from)}`,
          problem: `the ${role} ${JSON.stringify(path)} is not a path of the site.`,
          hint: 'write language-neutral paths of lowercase ASCII segments, such as "places/old-name": no leading "/", "..", "?", "#", "%" or scheme.',
        });
      }
    }
    if (from.replace(/\/$/, '') === to.replace(/\/$/, '')) {
      throw new SourceInputError({
        file: RENAMES_FILE,
        where: `key ${JSON.stringify(from)}`,
        problem: `"${from}" is renamed to itself.`,
        hint: 'remove the entry, or give the new path.',
      });
    }
    for (const lang of LANGUAGES) redirects[localizedRoute(lang, from)] = sitePath(localizedRoute(lang, to), base);
  }
  return redirects;
}

/**
 * A redirect page as Astro writes it, with the site's CSP meta tag first in its head, and its
 * refresh written as HTML specifies it (`0; url=…`: Astro writes `0;url=…`, which the Nu
 * checker refuses).
 */
export function withSecurityPolicy(html: string): string {
  const refresh = html.replace(/(<meta http-equiv="refresh" content="\d+);url=/i, '$1; url=');
  if (/http-equiv="content-security-policy"/i.test(refresh)) return refresh;
  const meta = `<meta http-equiv="content-security-policy" content="${CSP_META}">`;
  return refresh.replace(/^(<!doctype html>\s*)/i, `$1${meta}\n`);
}

/**
 * Files cannot redirect. A file beside a renamed page (its `cite.json`) and a renamed statistic's
 * own downloads (`/data/indicators/<id>.csv`, `.json`) get a copy at their old path, so that a
 * published URL keeps answering with the same data.
 */
function keepPageFiles(renames: Record<string, string>, dist: string): void {
  const copy = (from: string, to: string) => {
    if (existsSync(join(dist, to)) && statSync(join(dist, to)).isFile()) copyFileSync(join(dist, to), join(dist, from));
  };
  const statistic = new RegExp(`^${KINDS.indicators.section}/([a-z0-9-]+)/?$`);
  for (const [from, to] of Object.entries(renames)) {
    for (const lang of LANGUAGES) {
      const target = join(dist, localizedRoute(lang, to));
      if (!existsSync(target)) continue;
      for (const name of readdirSync(target)) {
        if (name !== 'index.html') copy(join(localizedRoute(lang, from), name), join(localizedRoute(lang, to), name));
      }
    }
    const [, oldId] = statistic.exec(from) ?? [];
    const [, newId] = statistic.exec(to) ?? [];
    if (oldId && newId) {
      for (const format of ['csv', 'json'])
        copy(`data/indicators/${oldId}.${format}`, `data/indicators/${newId}.${format}`);
    }
  }
}

/** Astro writes redirect pages without the site's <head>: this gives them its CSP too. */
export function redirectPagesWithPolicy(renames: Record<string, string>): AstroIntegration {
  return {
    name: 'redirect-pages-with-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const from of Object.keys(redirectsFor(renames))) {
          const page = new URL(`.${from}index.html`, dir);
          writeFileSync(page, withSecurityPolicy(readFileSync(page, 'utf8')));
        }
        keepPageFiles(renames, fileURLToPath(dir));
      },
    },
  };
}
