/**
 * Renamed pages keep working: `urls/renames.json` maps an old language-neutral path to its new
 * one, and each rename becomes a static redirect page in both languages (Astro writes it with
 * a meta refresh and a canonical link to the new URL).
 */
import { LANGUAGES, localizedPath } from '../../i18n/index';
import { SourceInputError } from '../checks/errors';
import { SLUG } from '../content/schemas';

const RENAMES_FILE = 'urls/renames.json';

/**
 * Whether a path is made of URL path segments like slugs (`places/old-name`): no `..`, no
 * leading `/`, no scheme or host, nothing a file path or another site could be made of.
 */
export function isSitePath(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  return path !== '' && segments.every((segment) => SLUG.test(segment));
}

export function redirectsFor(renames: Record<string, string>): Record<string, string> {
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
    for (const lang of LANGUAGES) redirects[localizedPath(lang, from)] = localizedPath(lang, to);
  }
  return redirects;
}
