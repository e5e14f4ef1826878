/**
 * What the build tells Pagefind about a page: whether it is indexed, its kind filter and the
 * metadata shown with a result. Used by the layout at build time only.
 */
import { HTML_LANG, LANGUAGES, type Lang, type UiKey } from '../../i18n/index';
import { isGroupPath } from '../urls/groups';
import { KIND_IDS, kindOfSection, KINDS, type SearchKind, type Section } from '../content/kinds';
import { SEARCH_BUNDLES, type SearchBundle } from '../search/bundles';
import { NAMES_SEPARATOR } from '../search/exact';
export { SEARCH_INDEX_CHUNK_SIZE } from '../search/bundles';

/** Page kinds of the layout contract (src/layouts/Base.astro): a kind's section, or a page of its own. */
export type PageKind = Section | 'home' | 'data' | 'search' | 'about';

/** Which search filter a page kind belongs to; pages of other kinds are found but not filterable. */
export function searchKindOf(kind: PageKind): SearchKind | undefined {
  const entryKind = kindOfSection(kind);
  return entryKind && KINDS[entryKind].searchKind;
}

/** Dictionary key of a search kind's label. */
export function searchKindLabelKey(kind: SearchKind): UiKey {
  return `search.kind.${kind}` as const;
}

/**
 * Whether a page's main content goes into the search index: entry pages (`places/sanlitun`,
 * `glossary/<slug>`), so that each entry is one result, titled by its name. Lists (the section
 * indexes and their groups, `timeline/by-month/2021-07`, which repeat the entries), the language
 * homes, the About and data pages and the search page only repeat or describe what those pages
 * say, and would crowd them out.
 */
export function isIndexed(kind: PageKind, path: string): boolean {
  return path.includes('/') && !isGroupPath(path) && kind !== 'search';
}

/** Pagefind's name of a language's index: the `<html lang>` lower-cased (`zh-cn`, `en`). */
export function pagefindLanguage(lang: Lang): string {
  return HTML_LANG[lang].toLowerCase();
}

/** Pagefind filter and metadata values of a page, all set through `<meta>` tags in its head. */
export interface SearchIndexFields {
  filter?: { kind: SearchKind };
  /** `figure`: a statistic's figure as its page shows it, so the answer is on the results page. */
  meta: { title: string; kind?: string; date?: string; figure?: string };
}

export function searchIndexFields(
  page: { kind: PageKind; title: string; date?: string; figure?: string },
  kindLabel: (kind: SearchKind) => string,
): SearchIndexFields {
  const searchKind = searchKindOf(page.kind);
  return {
    filter: searchKind ? { kind: searchKind } : undefined,
    meta: {
      title: page.title,
      ...(searchKind ? { kind: kindLabel(searchKind) } : {}),
      ...(page.date ? { date: page.date } : {}),
      ...(page.figure ? { figure: page.figure } : {}),
    },
  };
}

/**
 * The search bundles (src/lib/search/bundles.ts) as the build writes them: each bundle's folder,
 * the URL sections of its kinds' pages, and the pattern of their built files in every language
 * (`{zh,en}/sources/**\/*.html`) that Pagefind reads.
 */
export function pagefindBundleInputs(): {
  name: SearchBundle['name'];
  outputSubdir: string;
  sections: string[];
  glob: string;
}[] {
  const anyOf = (names: readonly string[]) => (names.length === 1 ? names[0] : `{${names.join(',')}}`);
  return SEARCH_BUNDLES.map((bundle) => {
    const sections = KIND_IDS.filter((kind) => bundle.kinds.includes(KINDS[kind].searchKind)).map(
      (kind) => KINDS[kind].section,
    );
    if (sections.length === 0) throw new Error(`Search bundle “${bundle.name}” holds no kind of page.`);
    return {
      name: bundle.name,
      outputSubdir: bundle.path,
      sections,
      glob: `${anyOf(LANGUAGES)}/${anyOf(sections)}/**/*.html`,
    };
  });
}

/**
 * The names of the glossary terms whose `page` is this entry, for its search
 * metadata (`names`, weighted above a title in src/lib/search/ranking.json): a term's own page
 * matches its name exactly, yet the entry it points to explains it and comes first.
 */
export function termNamesOf(
  terms: readonly {
    data: { title: Record<Lang, string>; page?: { kind: string; id: string } };
  }[],
  target: { kind: string; id: string },
  lang: Lang,
): string {
  return terms
    .filter(({ data }) => data.page?.kind === target.kind && data.page.id === target.id)
    .map(({ data }) => data.title[lang])
    .join(NAMES_SEPARATOR);
}

/**
 * Every name an entry is found by, in both languages: its titles, other names and search terms,
 * for its search metadata (`aka`, not searched: src/lib/search/ranking.json). A result whose
 * highlights all fall on these matched by name, and shows its description (src/lib/search/excerpt.ts).
 */
export function entryNameList(data: {
  title: Record<Lang, string>;
  names: Record<Lang, readonly { name: string }[]>;
  searchTerms: Record<Lang, readonly string[]>;
}): string {
  const names = LANGUAGES.flatMap((lang) => [
    data.title[lang],
    ...data.names[lang].map(({ name }) => name),
    ...data.searchTerms[lang],
  ]);
  return [...new Set(names)].join(NAMES_SEPARATOR);
}
