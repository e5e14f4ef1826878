/**
 * What every page says about itself to people and machines: its absolute URL, language
 * alternates, dates and the site's version. Pure, given the site origin.
 */
import pkg from '../../../package.json';
import { SourceInputError } from '../checks/errors';
import { DEFAULT_SITE_URL, languageAlternates } from './urls';

export const SITE_VERSION: string = pkg.version;

/**
 * The site's public origin, from SITE_URL (the default when unset): the one check of that
 * setting. Every canonical URL, feed and citation starts with it, so it must be a plain
 * http(s) origin: no other scheme (javascript:, data:, file:), no credentials, path, query or
 * fragment.
 */
export function siteUrlFromSetting(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  const refuse = (why: string) =>
    new SourceInputError({
      file: 'SITE_URL',
      problem: `${JSON.stringify(value)} is not an address the site can be published at: ${why}.`,
      hint: 'set SITE_URL to the public origin, such as SITE_URL=https://example.org, or leave it unset.',
    });
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw refuse('it is not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse(`its scheme is ${url.protocol}, not https: or http:`);
  if (url.hostname === '') throw refuse('it has no host name');
  if (url.username || url.password) throw refuse('it holds a user name or password');
  if (url.pathname !== '/' || url.search || url.hash)
    throw refuse('the site is served from the root: give the origin only');
  return url.origin;
}

/** Google Scholar wants dates as YYYY/MM/DD (or YYYY). */
export function scholarDate(isoDate: string): string {
  return isoDate.slice(0, 10).replace(/-/g, '/');
}

/**
 * The sitemap's alternates for a page, from its absolute URL: the same set as the page's own
 * hreflang links (the sitemap integration's i18n option would pair `/` with the Chinese pages).
 */
export function sitemapLinks(url: string): { lang: string; url: string }[] {
  const { origin, pathname } = new URL(url);
  const path = /^\/(?:zh|en)\/(.*)$/.exec(pathname)?.[1] ?? '';
  return languageAlternates(origin, path).map((alternate) => ({ lang: alternate.hreflang, url: alternate.href }));
}
