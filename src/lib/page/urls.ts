/**
 * Every URL the site builds is made here: language paths, absolute URLs, entry and point
 * links, fragments. Templates and libraries never assemble a URL by hand.
 */
import { HTML_LANG, LANGUAGES, type Lang } from '../../i18n/index';
import { KINDS, type Kind } from '../content/kinds';

/** Path of a page in a language: the same slug in both, so switching swaps one segment. */
export function localizedPath(lang: Lang, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? `/${lang}/` : `/${lang}/${trimmed}/`;
}

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

/** The fragment id for an entry on a page listing many (timeline events, glossary terms). */
export function fragmentPath(lang: Lang, path: string, fragment?: string): string {
  return localizedPath(lang, path) + (fragment ? `#${fragment}` : '');
}

/**
 * The CSL-JSON file listing every citable fact of a page (`/en/timeline/cite.json`), which its
 * facts' citation panels link to: one file per page rather than files per fact and format.
 */
export function factsFilePath(lang: Lang, path: string): string {
  return `${localizedPath(lang, path)}cite.json`;
}

/** getStaticPaths for a page that exists once per language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

/** getStaticPaths for a page per (language, item) pair: the same slug in both languages. */
export function languageItemPaths<Item>(items: readonly Item[], slugOf: (item: Item) => string) {
  return LANGUAGES.flatMap((lang: Lang) =>
    items.map((item) => ({ params: { lang, slug: slugOf(item) }, props: { item } })),
  );
}

/** Language-neutral path of an entry: its own page, or a fragment of its kind's list page. */
export function entryPath(kind: Kind, id: string): string {
  const { section, placement } = KINDS[kind];
  return placement === 'page' ? `${section}/${id}` : `${section}#${id}`;
}

/** The URL of an entry in one language: `/zh/timeline/#guidelines-march-2025`. */
export function entryUrl(lang: Lang, kind: Kind, id: string): string {
  const [path, fragment] = entryPath(kind, id).split('#');
  return `/${lang}/${path}/` + (fragment ? `#${fragment}` : '');
}

/** The URL of a source point: `/en/sources/beijing-second-sanlitun/#g1-2`. */
export function pointUrl(lang: Lang, source: string, point: string): string {
  return `/${lang}/sources/${source}/#${point}`;
}

/**
 * A source's title in the page's language. The Chinese title is the source's own; until an
 * editor translates it, English pages show the Chinese title too (see `sourceTitleLang`).
 */
export function localizedSourceTitle(source: { title: string; titleEn: string | null }, lang: Lang): string {
  return lang === 'zh' ? source.title : (source.titleEn ?? source.title);
}

/** The language the title `localizedSourceTitle` returns is written in. */
export function sourceTitleLang(source: { titleEn: string | null }, lang: Lang): Lang {
  return lang === 'en' && source.titleEn !== null ? 'en' : 'zh';
}

/** Fragment id of an entry's n-th numbered citation; scoped by the entry on pages shared by several. */
export function referenceId(n: number, scope?: string): string {
  return scope ? `${scope}-ref-${n}` : `ref-${n}`;
}
