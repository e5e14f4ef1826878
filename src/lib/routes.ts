import { LANGUAGES, type Lang } from './i18n';

/** getStaticPaths for a page that exists once per language. */
export function languagePaths() {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

/** getStaticPaths for a page per (language, item) pair: the same slug in both languages. */
export function languageItemPaths<Item>(items: readonly Item[], slugOf: (item: Item) => string) {
  return LANGUAGES.flatMap((lang: Lang) => items.map((item) => ({ params: { lang, slug: slugOf(item) }, props: { item } })));
}
