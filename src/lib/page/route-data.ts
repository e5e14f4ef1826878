/**
 * Everything a page says about itself, computed once per page by the layout and then only read
 * by the components that show it (head metadata, breadcrumbs, footer, citation panel): its
 * URLs, language alternates, breadcrumbs, the files it is built from and when they last
 * changed, and its JSON-LD.
 */
import { HTML_LANG, otherLang, useTranslations, type Lang } from '../../i18n/index';
import { kindOfSection } from '../content/kinds';
import type { PageKind } from './index-meta';
import { clampDescription, pageDescription } from './descriptions';
import { breadcrumbList, webPage, type JsonLd } from './jsonld';
import { counterpartPath, otherLanguagePath } from '../urls/groups';
import { lastUpdatedDay } from './last-updated';
import { SITE_VERSION } from './site-meta';
import { absoluteUrl, languageAlternates, localizedPath, type Alternate } from '../urls/urls';

/**
 * The repository files (or folders) a page or a fact is built from: its "last updated" date is
 * their last change in git history (src/lib/page/last-updated.ts). The one type every template and
 * helper that names them uses.
 */
export type ContentFiles = readonly string[];

export interface PageInput {
  lang: Lang;
  /** Page title, without the site name. */
  title: string;
  /** Language-neutral path of the page, e.g. `sources/<slug>`. */
  path: string;
  kind: PageKind;
  description?: string;
  /** Repository files the page is built from (for "last updated" from git history). */
  contentFiles?: ContentFiles;
  /** Structured data describing the page's main entity (the page itself is added here). */
  jsonLd?: JsonLd[];
  /** A date the page is about (ISO, any precision), for search metadata. */
  date?: string;
  /** A statistic's figure as its page shows it ("127 organizations"), shown with its search result. */
  figure?: string;
  /** The title citations give the page, when not its own (a statistic's carries its period). */
  citationTitle?: string;
  /** The previous and next pages of its collection, in the registry's order. */
  pager?: Pager;
  /**
   * What a search result of an entry's own page shows: the entry's one-line description (its
   * snippet when the words searched are only in its names), the group that lists it, the names
   * of the glossary terms that point to it (`termNamesOf`) and its own names and search terms
   * (`aka`: entryNameList).
   */
  searchMeta?: { description?: string; group?: string; names?: string; aka?: string };
  /** Groups a finer group's page sits within, outermost first: breadcrumbs between its list and itself. */
  parents?: { label: string; path: string }[];
  /** A page that only links finer pages (an index of a group's parts): searched through those pages. */
  linksOnly?: boolean;
}

export interface PagerLink {
  label: string;
  href: string;
}

export interface Pager {
  previous?: PagerLink;
  next?: PagerLink;
}

const positions = new WeakMap<readonly object[], Map<string, number>>();

/**
 * Where the item with `key` stands in `items` (−1 if nowhere). Every page of a kind asks about
 * the same list, so it is indexed once: a scan per page would make the build quadratic.
 */
export function positionOf<Item extends object>(
  items: readonly Item[],
  keyOf: (item: Item) => string,
  key: string,
): number {
  let index = positions.get(items);
  if (!index) {
    index = new Map(items.map((item, position) => [keyOf(item), position]));
    positions.set(items, index);
  }
  return index.get(key) ?? -1;
}

/** Previous and next of the item at `index` in its collection's order (none at the ends). */
export function pagerFor<Item>(items: readonly Item[], index: number, link: (item: Item) => PagerLink): Pager {
  if (index < 0 || index >= items.length) return {};
  return {
    previous: index > 0 ? link(items[index - 1]) : undefined,
    next: index < items.length - 1 ? link(items[index + 1]) : undefined,
  };
}

/** A pager from the items before and after a page's own (src/registry's `neighbours`). */
export function pagerOf<Item>(around: { previous?: Item; next?: Item }, link: (item: Item) => PagerLink): Pager {
  return {
    previous: around.previous === undefined ? undefined : link(around.previous),
    next: around.next === undefined ? undefined : link(around.next),
  };
}

export interface Crumb {
  label: string;
  path: string;
  href: string;
}

export interface RouteData extends Required<
  Omit<
    PageInput,
    'date' | 'description' | 'pager' | 'figure' | 'searchMeta' | 'parents' | 'linksOnly' | 'citationTitle'
  >
> {
  /** The title citations give the page (`citation_title`, the citation panel): its own unless given. */
  citationTitle: string;
  date?: string;
  figure?: string;
  pager: Pager;
  description: string;
  /** `<title>`: the page title and the site name. */
  fullTitle: string;
  /** The canonical, absolute URL. */
  url: string;
  href: string;
  alternates: Alternate[];
  /** The same page in the other language. */
  otherLang: Lang;
  otherHref: string;
  /** From the language home to this page (the page itself last). */
  crumbs: Crumb[];
  /** The day the page's content last changed (git history of `contentFiles`). */
  updated: string;
  /** Every JSON-LD block of the page, the page and its breadcrumbs included. */
  jsonLd: JsonLd[];
  /** Open Graph and Twitter card metadata (link previews). */
  social: SocialMeta;
}

/** Open Graph locale of each language (`language_TERRITORY`). */
export const OG_LOCALE: Record<Lang, string> = { zh: 'zh_CN', en: 'en_US' };

/** What a link preview shows: the page's own title and description, its URL and languages. */
export interface SocialMeta {
  title: string;
  description: string;
  /** Absent on the 404 page, which is served at every unknown address. */
  url?: string;
  locale: string;
  alternateLocales: string[];
  siteName: string;
  type: 'website' | 'article';
}

export function socialMeta(input: {
  lang: Lang;
  title: string;
  description: string;
  url?: string;
  type?: SocialMeta['type'];
}): SocialMeta {
  return {
    title: input.title,
    description: input.description,
    url: input.url,
    locale: OG_LOCALE[input.lang],
    alternateLocales: [OG_LOCALE[otherLang(input.lang)]],
    siteName: useTranslations(input.lang)('site.name'),
    type: input.type ?? 'website',
  };
}

/**
 * Breadcrumbs follow the URL: home, then the list page of the section (when the page is in
 * one), then the page itself.
 */
export function breadcrumbsFor(
  lang: Lang,
  path: string,
  title: string,
  parents: readonly { label: string; path: string }[] = [],
): Crumb[] {
  const t = useTranslations(lang);
  const crumb = (label: string, crumbPath: string) => ({
    label,
    path: crumbPath,
    href: localizedPath(lang, crumbPath),
  });
  const crumbs = [crumb(t('nav.home'), '')];
  if (path === '') return crumbs;
  const [section] = path.split('/');
  if (section !== path && kindOfSection(section)) crumbs.push(crumb(t(`nav.${section}` as 'nav.home'), section));
  for (const parent of parents) crumbs.push(crumb(parent.label, parent.path));
  crumbs.push(crumb(title, path));
  return crumbs;
}

export function routeData(input: PageInput, site: URL | string | undefined): RouteData {
  const { lang, title, path, kind } = input;
  const t = useTranslations(lang);
  const contentFiles = input.contentFiles?.length ? input.contentFiles : ['.'];
  const updated = lastUpdatedDay(contentFiles);
  const href = localizedPath(lang, path);
  const url = absoluteUrl(site, href);
  const other = otherLang(lang);
  const crumbs = breadcrumbsFor(lang, path, title, input.parents);
  // Every page has its own description: the one its template derived from its entry, or its introduction.
  const description = clampDescription(input.description ?? pageDescription(lang, path), lang);
  const extra = input.jsonLd ?? [];
  const describesItself = extra.some((item) => item['@type'] === 'WebPage' || item['@type'] === 'Article');
  const page = webPage({
    name: title,
    url,
    inLanguage: HTML_LANG[lang],
    siteName: t('site.name'),
    siteUrl: absoluteUrl(site, localizedPath(lang)),
    dateModified: updated,
    version: SITE_VERSION,
    description,
  });
  return {
    lang,
    title,
    citationTitle: input.citationTitle ?? title,
    path,
    kind,
    date: input.date,
    figure: input.figure,
    pager: input.pager ?? {},
    description,
    contentFiles,
    fullTitle: path === '' ? t('site.name') : `${title} · ${t('site.shortName')}`,
    url,
    href,
    alternates: languageAlternates(site, path, undefined, { [other]: counterpartPath(path) }),
    otherLang: other,
    otherHref: localizedPath(other, otherLanguagePath(path)),
    crumbs,
    updated,
    jsonLd: [
      ...(describesItself ? [] : [page]),
      breadcrumbList(crumbs.map((crumb) => ({ name: crumb.label, url: absoluteUrl(site, crumb.href) }))),
      ...extra,
    ],
    social: socialMeta({
      lang,
      title: path === '' ? t('site.name') : title,
      description,
      url,
      // Entry pages (those in a collection's previous/next order) are articles about one thing.
      type: input.pager ? 'article' : 'website',
    }),
  };
}
