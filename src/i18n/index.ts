import enStrings from './en.json';
import zhStrings from './zh.json';
import { siteConfig } from '../site.config';

export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The language that leads the pages belonging to neither (`/` and the 404 page): `<html lang="zh-CN">`. */
export const DEFAULT_LANG: Lang = 'zh';

/** The `lang` attribute of each language's pages. Exactly `zh-CN`: mixed tags would split the search index. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The key schema: en.json's keys. zh.json must have exactly the same ones, which the compiler
 * checks both ways here (a key missing from either dictionary, or only in one, fails `astro check`).
 */
type DictionaryKey = keyof typeof enStrings;
type SameKeys<Other> = Record<keyof Other, string>;
function sameKeys<En extends SameKeys<Zh>, Zh extends SameKeys<En>>(en: En, zh: Zh): { en: En; zh: Zh } {
  return { en, zh };
}
const checked = sameKeys(enStrings, zhStrings);

// The site's name is configuration (src/site.config.ts), read through the same dictionary.
const siteStrings = (lang: Lang) => ({
  'site.name': siteConfig.name[lang],
  'site.shortName': siteConfig.shortName[lang],
});
const en = { ...checked.en, ...siteStrings('en') };
const zh = { ...checked.zh, ...siteStrings('zh') };

export type UiKey = DictionaryKey | keyof ReturnType<typeof siteStrings>;
const dictionaries: Record<Lang, Record<UiKey, string>> = { en, zh };

/**
 * The keys built from a template literal (`nav.${path}`) rather than written out: each family is
 * declared here, and tests/unit/ui-strings.test.ts counts its keys as read (and fails on a family
 * built in `src/` that is not declared, or declared and no longer built).
 */
export const KEY_FAMILIES = [
  'nav.',
  'kind.',
  'related.',
  'search.kind.',
  'search.browse.',
  'section.',
  'places.kind.',
  'timeline.plan.',
  'cite.format.',
  'cite.data.file.',
  'cite.data.col.',
  // Pagefind's own result-list strings, handed over whole by the search page.
  'search.pf.',
] as const;

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** A dictionary lookup: a key's text, with `{name}` placeholders filled from `values`. */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

const translators = new Map<Lang, Translate>();

/** Looks up UI strings by key, filling `{name}` placeholders; one dictionary per locale. */
export function useTranslations(lang: Lang): Translate {
  const known = translators.get(lang);
  if (known) return known;
  const dictionary = dictionaries[lang];
  const translate: Translate = (key, values) => {
    const text = dictionary[key];
    // Most strings have no placeholder; a page asks for hundreds of them.
    if (values === undefined || !text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
  };
  translators.set(lang, translate);
  return translate;
}

/** The two forms of a counted phrase: `one` for the count English says in the singular, `other` for the rest. */
export interface CountKeys {
  one: UiKey;
  other: UiKey;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/**
 * A phrase with a count, in the form the language's plural rules (`Intl.PluralRules`) choose:
 * “1 point is set aside” / “2 points are set aside”; Chinese has one form (both keys say it).
 */
export function countText(lang: Lang, count: number, keys: CountKeys): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(HTML_LANG[lang])));
  return useTranslations(lang)(rules.select(count) === 'one' ? keys.one : keys.other, { count });
}

/** A table with a value per language, made from each language's dictionary. */
export function byLang<Value>(make: (t: Translate) => Value): Record<Lang, Value> {
  return { zh: make(useTranslations('zh')), en: make(useTranslations('en')) };
}

export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]).sort();
}

/** What every page's render knows of its request (`Astro.locals`, typed in src/env.d.ts). */
export interface PageLocals {
  /** The page's language. */
  lang: Lang;
  /** The page language's dictionary. */
  t: Translate;
}

/**
 * The language and dictionary of a request, set by src/middleware.ts into `Astro.locals`: the
 * route's `lang` parameter, else the first segment of the path after the base (`/bj/en/…` → en).
 * A page that belongs to no language (`/`, the 404 page) is led by DEFAULT_LANG and writes the
 * other language itself; the data and citation files read no locals.
 *
 * Here, not in the middleware, because Astro's incremental build hashes each page's module
 * graph and not the middleware: every page imports this module (the layouts do), so a change to
 * how a page's language or dictionary is found renders the pages again.
 */
export function pageLocals(params: Record<string, string | undefined>, pathname: string, base: string): PageLocals {
  const fromPath = pathname.startsWith(base) ? pathname.slice(base.length).replace(/^\//, '').split('/')[0] : '';
  const lang = isLang(params.lang) ? params.lang : isLang(fromPath) ? fromPath : DEFAULT_LANG;
  return { lang, t: useTranslations(lang) };
}

/**
 * The space between a label or a sentence and what follows it: a word space in English, none in
 * Chinese (full-width punctuation carries its own). Templates write it inside one expression,
 * since a line break between two parts of a line renders as a space.
 */
export function wordGap(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/** The colon of a language, with the space English puts after it: “：” / “: ”. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** A label followed by the colon of its language: “相关内容：” / “Related: ”. */
export function withColon(label: string, lang: Lang): string {
  return `${label}${colon(lang)}`;
}

/** Text in the parentheses of its language, with the space English puts before them: “（CSV）” / “ (CSV)”. */
export function inParentheses(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}

/** The name of the RSS feed of timeline events: the navigation's name for the timeline, marked RSS. */
export function feedTitle(lang: Lang): string {
  return useTranslations(lang)('nav.timeline') + inParentheses('RSS', lang);
}

/**
 * Words quoted in “…”. Quotation marks inside them become the inner ‘…’, so that a quote which
 * itself quotes reads “a ‘second Sanlitun’”, not “a "second Sanlitun"” or ““second Sanlitun””.
 */
export function quoted(text: string): string {
  let opening = true;
  const inner = text.replace(/["“”]/g, (mark) => {
    if (mark !== '"') return mark === '“' ? '‘' : '’';
    const turned = opening ? '‘' : '’';
    opening = !opening;
    return turned;
  });
  return `“${inner}”`;
}

/** The comma between the parts of a phrase: “，” / “, ”. */
export function comma(lang: Lang): string {
  return lang === 'zh' ? '，' : ', ';
}

/** Between the items of a list of names or numbers: the enumeration comma “、” / “, ”. */
export function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}

/** The full stop that ends a sentence, with the space English puts after it: “。” / “. ”. */
export function fullStop(lang: Lang): string {
  return lang === 'zh' ? '。' : '. ';
}

/** Between items that are themselves phrases (a chart's bars, a description's sources): “；” / “; ”. */
export function clauseSeparator(lang: Lang): string {
  return lang === 'zh' ? '；' : '; ';
}
