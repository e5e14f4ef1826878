/**
 * What a search result looks like on the page: its title, what it is (kind, date, figure, the
 * other language), the excerpt with its highlights, and its sections with their own anchors.
 * Builds elements only, from the result and the page's labels; it keeps no state.
 */
import { formatPartialDate } from '../../lib/format/values';
import { excerptRuns, resultSnippet } from '../../lib/search/excerpt';
import { isShownHighlight } from '../../lib/search/presence';
import type { SearchKind } from '../../lib/search/query';
import type { Lang } from '../../i18n/index';
import type { ResultData } from './pagefind';

const MAX_SUB_RESULTS = 3;

/** The page's language and labels, read once from its form. */
export interface ResultLabels {
  lang: Lang;
  kindLabels: Record<SearchKind, string>;
  otherLanguage: string;
  sections: string;
  /** The words of the search on screen: a highlight of 1 or 2 letters is kept only if typed so. */
  words: string[];
}

/**
 * The language of a result's page, from its URL: `/zh/…`, or under the base path the site is
 * served from, `/bj/zh/…`.
 */
export function languageOfUrl(url: string, base: string): Lang | undefined {
  const route = url.startsWith(base) ? url.slice(base.length - 1) : url;
  return /^\/(zh|en)\//.exec(route)?.[1] as Lang | undefined;
}

/** Pagefind's "N results for X" strings, with the count and the query filled in. */
export function summaryText(strings: Record<string, string>, query: string, count: number): string {
  const key = count === 0 ? 'zero_results' : count === 1 ? 'one_result' : 'many_results';
  return (strings[key] ?? '').replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', query);
}

export function renderResult(result: ResultData, labels: ResultLabels, base: string): HTMLLIElement {
  const item = element('li', 'search-result');
  const resultLang = languageOfUrl(result.url, base);
  const fromOtherLanguage = resultLang !== undefined && resultLang !== labels.lang;
  if (fromOtherLanguage) item.lang = resultLang === 'zh' ? 'zh-CN' : 'en';
  const heading = element('h2', 'search-result-title');
  const link = element('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  item.append(
    heading,
    about(result, labels, fromOtherLanguage ? item.lang : null),
    excerpt(resultSnippet(result.excerpt, result.meta.description, result.meta.aka, labels.words), labels.words),
  );
  const sections = sectionList(result, labels);
  if (sections) item.append(sections);
  return item;
}

/** The line under a result's title: a statistic's figure, its kind, date or group and language. */
function about(result: ResultData, labels: ResultLabels, otherLanguageTag: string | null): HTMLElement {
  const facts: string[] = [];
  const kind = result.filters?.kind?.find((value): value is SearchKind => Object.hasOwn(labels.kindLabels, value));
  if (kind) facts.push(labels.kindLabels[kind]);
  if (result.meta.date) facts.push(formatPartialDate(result.meta.date, labels.lang));
  if (result.meta.group) facts.push(result.meta.group);
  if (otherLanguageTag !== null) facts.push(labels.otherLanguage);
  const line = element('p', 'search-result-about');
  line.lang = document.documentElement.lang; // labels are in the page's language
  // A statistic's figure, as its page shows it: the answer is on the results page.
  if (result.meta.figure) {
    const figure = element('strong', 'search-result-figure');
    if (otherLanguageTag !== null) figure.lang = otherLanguageTag;
    figure.textContent = result.meta.figure;
    line.append(figure, facts.length > 0 ? ' · ' : '');
  }
  line.append(facts.join(' · '));
  return line;
}

/** Sections with their own anchor (a timeline event, a glossary term), not the page's top. */
function sectionList(result: ResultData, labels: ResultLabels): HTMLElement | null {
  const sections = (result.sub_results ?? [])
    .filter((section) => section.url !== result.url && section.url.includes('#'))
    .slice(0, MAX_SUB_RESULTS);
  if (sections.length === 0) return null;
  const list = element('ul', 'search-result-sections');
  list.setAttribute('aria-label', labels.sections);
  for (const section of sections) {
    const entry = element('li');
    const link = element('a');
    link.href = section.url;
    link.textContent = section.title;
    entry.append(link, excerpt(section.excerpt, labels.words));
    list.append(entry);
  }
  return list;
}

/** An excerpt: its text, with Pagefind's highlights merged and tidied (see excerptRuns), none of 1 or 2 letters. */
function excerpt(html: string, words: readonly string[]): HTMLElement {
  const paragraph = element('p', 'search-result-excerpt');
  for (const run of excerptRuns(html)) {
    if (run.mark && isShownHighlight(run.text, words)) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      paragraph.append(mark);
    } else {
      paragraph.append(run.text);
    }
  }
  return paragraph;
}

/** The parts of the results' container, made once: summary, partial-match heading, list, pending note, "load more". */
export function resultParts(data: DOMStringMap, strings: Record<string, string>) {
  const summary = element('p', 'search-summary');
  summary.id = 'search-summary';
  summary.setAttribute('role', 'status');
  // The heading of partial matches, when no page holds the query as typed.
  const closest = element('h2', 'search-closest');
  closest.textContent = data.closestLabel ?? '';
  closest.hidden = true;
  const list = element('ol', 'search-result-list');
  list.setAttribute('aria-label', strings.results_label ?? '');
  // Said below the entries while the source documents are still being searched.
  const pending = element('p', 'search-pending muted');
  pending.textContent = data.pendingLabel ?? '';
  pending.hidden = true;
  const more = element('button', 'search-more');
  more.type = 'button';
  more.textContent = strings.load_more ?? '';
  more.hidden = true;
  return { summary, closest, list, pending, more };
}

export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className?: string,
): HTMLElementTagNameMap[Tag] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}
