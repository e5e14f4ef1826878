/**
 * What every page says about itself to people and machines: its absolute URL, language
 * alternates, dates and the site's version. Pure, given the site origin.
 */
import pkg from '../../../package.json';
import { otherLang, type Lang } from '../../i18n/index';
import { counterpartPath } from '../urls/groups';
import { languageAlternates } from '../urls/urls';

export const SITE_VERSION: string = pkg.version;

/** Google Scholar wants dates as YYYY/MM/DD (or YYYY). */
export function scholarDate(isoDate: string): string {
  return isoDate.slice(0, 10).replace(/-/g, '/');
}

/**
 * The sitemap's alternates for a page, from its absolute URL: the same set as the page's own
 * hreflang links (the sitemap integration's i18n option would pair `/` with the Chinese pages).
 */
export function sitemapLinks(url: string, site: string): { lang: string; url: string }[] {
  const base = new URL(site).pathname;
  const route = new URL(url).pathname.slice(base.length - 1);
  const [, lang, path = ''] = /^\/(zh|en)\/(.*)$/.exec(route) ?? [];
  const paths = lang ? { [otherLang(lang as Lang)]: counterpartPath(path) } : {};
  return languageAlternates(site, path, base, paths).map((alternate) => ({
    lang: alternate.hreflang,
    url: alternate.href,
  }));
}
