/**
 * Renamed pages keep working: `urls/renames.json` maps an old language-neutral path to its new
 * one, and each rename becomes a static redirect page in both languages (Astro writes it with
 * a meta refresh and a canonical link to the new URL).
 */
import { localizedRoute, sitePath } from './urls';
import { LANGUAGES } from '../../i18n/index';

/** Keys are routes (Astro adds the base path); destinations are URLs, so they carry `base`. */
export function redirectsFor(renames: Record<string, string>, base = '/'): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const [from, to] of Object.entries(renames)) {
    if (from === to) throw new Error(`urls/renames.json: "${from}" is renamed to itself.`);
    for (const lang of LANGUAGES) redirects[localizedRoute(lang, from)] = sitePath(localizedRoute(lang, to), base);
  }
  return redirects;
}
