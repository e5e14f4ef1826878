import { LANGUAGES, type Lang } from '../../i18n/index';

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

export type CitedKind = 'indicators' | 'events' | 'places' | 'glossary';

/** Language-neutral path (with fragment, for entries that live on a shared page) of an entry. */
export function entryPath(kind: CitedKind, id: string): string {
  switch (kind) {
    case 'indicators':
      return `statistics/${id}`;
    case 'places':
      return `places/${id}`;
    case 'events':
      return `timeline#${id}`;
    case 'glossary':
      return `glossary#${id}`;
  }
}

/** The URL of an entry in one language: `/zh/timeline/#guidelines-march-2025`. */
export function entryUrl(lang: Lang, kind: CitedKind, id: string): string {
  const [path, fragment] = entryPath(kind, id).split('#');
  return `/${lang}/${path}/` + (fragment ? `#${fragment}` : '');
}

/** The URL of a source point: `/en/sources/beijing-second-sanlitun/#g1-2`. */
export function pointUrl(lang: Lang, source: string, point: string): string {
  return `/${lang}/sources/${source}/#${point}`;
}

/** A source's title in the page's language (the Chinese title is the source's own). */
export function localizedSourceTitle(source: { title: string; titleEn: string }, lang: Lang): string {
  return lang === 'zh' ? source.title : source.titleEn;
}
