/**
 * What every page says about itself to people and machines: its absolute URL, language
 * alternates, dates and the site's version. Pure, given the site origin.
 */
import pkg from '../../../package.json';
import { HTML_LANG, LANGUAGES, localizedPath, type Lang } from '../../i18n/index';

export const SITE_VERSION: string = pkg.version;

/** The default origin when SITE_URL is not set (astro.config.mjs uses the same). */
export const DEFAULT_SITE_URL = 'https://beijing-exchange.example.org';

export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? DEFAULT_SITE_URL).href;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** hreflang alternates of a page: each language (itself included) and x-default → the bilingual `/`. */
export function languageAlternates(site: URL | string | undefined, path: string): Alternate[] {
  return [
    ...LANGUAGES.map((lang) => ({ hreflang: HTML_LANG[lang], href: absoluteUrl(site, localizedPath(lang, path)) })),
    { hreflang: 'x-default', href: absoluteUrl(site, '/') },
  ];
}

/** Google Scholar wants dates as YYYY/MM/DD (or YYYY). */
export function scholarDate(isoDate: string): string {
  return isoDate.slice(0, 10).replace(/-/g, '/');
}

/** The fragment id for an entry on a page listing many (timeline events, glossary terms). */
export function fragmentPath(lang: Lang, path: string, fragment?: string): string {
  return localizedPath(lang, path) + (fragment ? `#${fragment}` : '');
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
