/**
 * Every URL the site builds is made here: language paths, absolute URLs, entry and point
 * links, fragments. Templates and libraries never assemble a URL by hand.
 */
import { HTML_LANG, LANGUAGES, type Lang } from '../../i18n/index';
import { SourceInputError } from '../errors';
import { checkText } from '../text/policy';
import { KINDS, type AnchoredKind, type Kind } from '../content/kinds';
import { searchStateQueryString, type SearchState } from '../search/query';
import { ANCHOR_MAP_FILE, anchorGroupPath, type AnchoredEntryData } from './groups';

/** The placeholder origin of a build without SITE_URL: pages then say they are a preview. */
export const DEFAULT_SITE_URL = 'https://beijing-exchange.example.org';

/** One segment of the path the site is served under: nothing that needs escaping anywhere. */
const PATH_SEGMENT = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;

export interface SiteOrigin {
  /** The site's URL, ending in `/`: `https://example.org/bj/`. */
  href: string;
  /** The path the site is served under, `/` or `/bj/` (Astro's `base`). */
  base: string;
  /** True while the origin is the placeholder: links built with it are not final. */
  isPlaceholder: boolean;
}

/**
 * The site's public origin, from `SITE_URL` (or the configured origin): an absolute http or
 * https URL, optionally with a path. Anything else stops the build with a message naming the
 * variable, so that no page is published with a `javascript:` or relative origin.
 */
export function resolveSiteOrigin(value: string | null | undefined, variable = 'SITE_URL'): SiteOrigin {
  if (value === undefined || value === null || value.trim() === '') {
    return { href: `${DEFAULT_SITE_URL}/`, base: '/', isPlaceholder: true };
  }
  const refuse = (why: string) =>
    new SourceInputError({
      file: variable,
      problem: `${JSON.stringify(value)} is not an address the site can be published at: ${why}.`,
      hint: 'set SITE_URL to the public origin, with an optional path: SITE_URL=https://example.org or https://example.org/bj/.',
    });
  const written = value.trim();
  checkText(written, variable);
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    throw refuse('it is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refuse(`its scheme is ${url.protocol}, not https: or http:`);
  }
  if (url.hostname === '') throw refuse('it has no host name');
  if (url.username || url.password) throw refuse('it holds a user name or password');
  if (url.search || url.hash || /[?#]/.test(written)) throw refuse('it has a query or a fragment');
  const segments = url.pathname.replace(/^\/|\/$/g, '').split('/');
  if (url.pathname !== '/' && !segments.every((segment) => PATH_SEGMENT.test(segment))) {
    throw refuse(
      'its path is not made of plain segments (letters, digits, ".", "_", "-", "~", no empty segment as in "//", no "." or "..")',
    );
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const href = `${url.origin}${base}`;
  // Exactly the origin and path parsed: nothing the parser dropped, decoded or rewrote.
  if (written !== href && written !== href.replace(/\/$/, '')) {
    throw refuse(`it is not written as the address it parses to (${href})`);
  }
  return { href, base, isPlaceholder: url.origin === new URL(DEFAULT_SITE_URL).origin };
}

/** True while the site is built for the placeholder origin (pages then say links are not final). */
export function isPlaceholderSite(site: URL | string | undefined): boolean {
  return new URL(site ?? DEFAULT_SITE_URL).origin === new URL(DEFAULT_SITE_URL).origin;
}

/** Astro's `base` (`/` or `/bj/`), outside Astro (config, Node scripts) `/`. */
// Written out in full so that Vite replaces it; plain Node (tsx scripts) has no import.meta.env.
const BASE_URL: string = (() => {
  try {
    return import.meta.env.BASE_URL ?? '/';
  } catch {
    return '/';
  }
})();

/** A root-relative path of the site (`/data/indicators.csv`) under the path it is served from. */
export function sitePath(path: string, base = BASE_URL): string {
  return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/** A page's route in a language, without the base path: `/zh/sources/<slug>/`. */
export function localizedRoute(lang: Lang, path = ''): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? `/${lang}/` : `/${lang}/${trimmed}/`;
}

/** Path of a page in a language: the same slug in both, so switching swaps one segment. */
export function localizedPath(lang: Lang, path = ''): string {
  return sitePath(localizedRoute(lang, path));
}

/** The site's bilingual front door. */
export function rootPath(): string {
  return sitePath('/');
}

export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(path, site ?? DEFAULT_SITE_URL).href;
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang alternates of a page: each language (itself included) and x-default → the bilingual
 * `/`; `paths` names a language's counterpart when its path differs from `path`, or `null` when
 * the page has none in that language (alternates name each other: a page that would not name
 * this one back is not its alternate).
 */
export function languageAlternates(
  site: URL | string | undefined,
  path: string,
  base = BASE_URL,
  paths: Partial<Record<Lang, string | null>> = {},
): Alternate[] {
  return [
    ...LANGUAGES.filter((lang) => paths[lang] !== null).map((lang) => ({
      hreflang: HTML_LANG[lang],
      href: absoluteUrl(site, sitePath(localizedRoute(lang, paths[lang] ?? path), base)),
    })),
    { hreflang: 'x-default', href: absoluteUrl(site, sitePath('/', base)) },
  ];
}

/** The fragment id for an entry on a page listing many (timeline events, glossary terms). */
export function fragmentPath(lang: Lang, path: string, fragment?: string): string {
  return localizedPath(lang, path) + (fragment ? `#${fragment}` : '');
}

/** The same without the path the site is served under: `/en/timeline/#slug`, wherever it is deployed. */
export function fragmentRoute(lang: Lang, path: string, fragment?: string): string {
  return localizedRoute(lang, path) + (fragment ? `#${fragment}` : '');
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

/** Language-neutral path of an entry's own page, its one URL: `places/sanlitun`, `timeline/<slug>`. */
export function entryPath(kind: Kind, id: string): string {
  return `${KINDS[kind].section}/${id}`;
}

/** The URL of an entry in one language: `/zh/statistics/<slug>/`, `/en/glossary/<slug>/`. */
export function entryUrl(lang: Lang, kind: Kind, id: string): string {
  return localizedPath(lang, entryPath(kind, id));
}

/**
 * Where an entry of a `page-and-anchor` kind is listed in a language: its group page (the
 * finer group below it where that group's page is an index; `indexGroups` is the registry's).
 * Its anchor there (`…/by-month/2021-07/#slug`) is what the anchor map forwards to.
 */
export function entryGroupUrl(
  lang: Lang,
  kind: AnchoredKind,
  data: AnchoredEntryData,
  indexGroups: ReadonlySet<string>,
): string {
  return localizedPath(lang, anchorGroupPath(kind, data, lang, indexGroups));
}

/**
 * The slugs an entry had before it was renamed, from `urls/renames.json` (old path → new path,
 * language-neutral; `npm run rename` points every older name straight at the newest): a group
 * page keeps an empty element with each as id beside the entry, so that an anchor published
 * under an old slug (`…/by-month/2025-03/#old-slug`) still lands on it.
 */
export function formerSlugs(renames: Readonly<Record<string, string>>, path: string): string[] {
  const trim = (value: string) => value.replace(/^\/+|\/+$/g, '');
  const [section] = trim(path).split('/');
  return Object.entries(renames)
    .filter(([from, to]) => trim(to) === trim(path) && trim(from).split('/')[0] === section)
    .map(([from]) => trim(from).split('/').at(-1)!);
}

/** The anchor map of a grouped list page: `/en/timeline/anchors.json` (slug → group page URL). */
export function anchorMapPath(lang: Lang, section: string): string {
  return `${localizedPath(lang, section)}${ANCHOR_MAP_FILE}`;
}

/** The URL of a source point: `/en/sources/beijing-second-sanlitun/#g1-2`. */
export function pointUrl(lang: Lang, source: string, point: string): string {
  return `${localizedPath(lang, `sources/${source}`)}#${point}`;
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

/** The site's data downloads: `/data/indicators.csv`, and one pair per statistic. */
export function dataPath(file: string): string {
  return sitePath(`/data/${file}`);
}

/** One statistic's own download: `/data/indicators/<id>.csv` or `.json`. */
export function indicatorDataPath(id: string, format: 'csv' | 'json'): string {
  return dataPath(`indicators/${id}.${format}`);
}

/** A language's RSS feed of timeline events. */
export function feedPath(lang: Lang): string {
  return `${localizedPath(lang, 'timeline')}feed.xml`;
}

/** Path of the search page in a language, optionally with a state: `/zh/search/?q=…`. */
export function searchPagePath(lang: Lang, state?: Partial<SearchState>): string {
  const full: SearchState = { query: '', alsoOtherLanguage: false, kinds: [], ...state };
  return localizedPath(lang, 'search') + searchStateQueryString(full);
}
