/**
 * Each page's meta description (also its Open Graph and Twitter description), derived from the
 * page's own content: a statistic's figure and period, a source's title, outlet and date, a
 * place's name, kind and summary, a list page's introduction. Nothing here adds a fact; every
 * part is text the page itself shows.
 */
import {
  clauseSeparator,
  comma,
  inParentheses,
  useTranslations,
  withColon,
  type Lang,
  type UiKey,
} from '../../i18n/index';

/** Longer descriptions are cut by search engines and link previews: about 160 Latin characters or 80 Chinese ones. */
export const DESCRIPTION_LIMIT: Record<Lang, number> = { zh: 90, en: 180 };

const SENTENCE_END: Record<Lang, RegExp> = { zh: /[。！？]/u, en: /[.!?](?=\s|$)/u };

/** The first sentence of a text, in its language's punctuation. */
export function firstSentence(text: string, lang: Lang): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END[lang].exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** Whitespace collapsed, and cut at a word (en) or character (zh) with "…" when over the limit. */
export function clampDescription(text: string, lang: Lang): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const limit = DESCRIPTION_LIMIT[lang];
  if ([...flat].length <= limit) return flat;
  const head = [...flat].slice(0, limit - 1).join('');
  const cut = lang === 'en' ? head.slice(0, Math.max(head.lastIndexOf(' '), limit / 2)) : head;
  return `${cut.replace(/[\s,;:，；：、]+$/u, '')}…`;
}

/** A statistic: its name, its figure and the period the figure holds for, and the documents stating it. */
export function statisticDescription(
  parts: { title: string; figure: string; period: string; sources: readonly string[] },
  lang: Lang,
): string {
  const sources = parts.sources.join(clauseSeparator(lang));
  return useTranslations(lang)('description.statistic', { ...parts, sources });
}

/** A source document: its title, outlet and date as the page states them, and what the page holds. */
export function sourceDescription(
  parts: { title: string; outlet: string | null; published: string | null; points: number; sections: number },
  lang: Lang,
): string {
  // Outlet and date only when the source states them: a byline of "not stated" says nothing.
  const byline = [parts.outlet, parts.published].filter(Boolean).join(comma(lang));
  const title = byline ? parts.title + inParentheses(byline, lang) : parts.title;
  return useTranslations(lang)('description.source', { title, points: parts.points, sections: parts.sections });
}

/**
 * A place, institution or service: its name, what kind of entry it is, and the summary the page
 * opens with. The kind follows a comma: after a name the site identified or translated, a second
 * pair of parentheses would read as a second mark, “(site’s identification) (District)”.
 */
export function placeDescription(parts: { title: string; kind: string; summary: string }, lang: Lang): string {
  return `${withColon(parts.title + comma(lang) + parts.kind, lang)}${parts.summary}`;
}

/** A group page's description: its title, then the entries it holds, as the page lists them. */
export function groupDescription(title: string, entryTitles: readonly string[], lang: Lang): string {
  return `${withColon(title, lang)}${entryTitles.join(clauseSeparator(lang))}`;
}

/** The text a page without an entry of its own is described by: the introduction its top shows. */
const PAGE_INTRO: Record<string, UiKey> = {
  '': 'home.scope',
  statistics: 'statistics.intro',
  timeline: 'timeline.intro',
  places: 'places.intro',
  glossary: 'glossary.intro',
  sources: 'sources.intro',
  about: 'home.aboutText',
};

/** A list or site page's description: the first sentence of its introduction, else the site's tagline. */
export function pageDescription(lang: Lang, path: string): string {
  const t = useTranslations(lang);
  const key = PAGE_INTRO[path];
  return firstSentence(t(key ?? 'site.tagline'), lang);
}
