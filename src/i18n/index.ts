import enStrings from './en.json';
import zhStrings from './zh.json';
import { siteConfig } from '../site.config';

export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** The `lang` attribute of each language's pages. Exactly `zh-CN`: mixed tags would split the search index. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

// The site's name is configuration (src/site.config.ts), read through the same dictionary.
const siteStrings = (lang: Lang) => ({
  'site.name': siteConfig.name[lang],
  'site.shortName': siteConfig.shortName[lang],
});
const en = { ...enStrings, ...siteStrings('en') };
const zh = { ...zhStrings, ...siteStrings('zh') };

export type UiKey = keyof typeof en;
const dictionaries: Record<Lang, Record<UiKey, string>> = { en, zh };

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** Looks up UI strings by key, filling `{name}` placeholders; one dictionary per locale. */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return (key: UiKey, values?: Record<string, string | number>): string => {
    const text = dictionary[key];
    // Most strings have no placeholder; a page asks for hundreds of them.
    if (values === undefined || !text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in values ? String(values[name]) : placeholder,
    );
  };
}

export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]).sort();
}

/**
 * The space between a label or a sentence and what follows it: a word space in English, none in
 * Chinese (full-width punctuation carries its own). Templates write it inside one expression,
 * since a line break between two parts of a line renders as a space.
 */
export function wordGap(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/** A label followed by the colon of its language: “相关内容：” / “Related: ”. */
export function withColon(label: string, lang: Lang): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}

/** Text in the parentheses of its language, with the space English puts before them: “（CSV）” / “ (CSV)”. */
export function inParentheses(text: string, lang: Lang): string {
  return lang === 'zh' ? `（${text}）` : ` (${text})`;
}
