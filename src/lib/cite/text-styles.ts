/**
 * Human-readable citations of the site's pages and facts, and of the documents it is built
 * from: GB/T 7714-2015, APA 7 and MLA 9. Pure functions; the machine formats (BibTeX, RIS,
 * CSL-JSON) are in cite-machine.ts.
 *
 * Output is a list of runs so that templates can italicise titles (APA, MLA) while the copied
 * text stays plain.
 */
import type { Lang } from '../../i18n/index';
import { accessDateText, dayParts, MLA_MONTHS, MONTHS, type AccessDateStyle } from './access-date';

export interface Run {
  text: string;
  italic?: boolean;
  /** The run is the access date, in this style: where script runs, it becomes the reader's today. */
  accessed?: AccessDateStyle;
}

/** The access date as its own run, so that pages can mark it. */
function accessedRun(style: AccessDateStyle, isoDay: string): Run {
  return { text: accessDateText(style, dayParts(isoDay)), accessed: style };
}

/** A page of this site, or one fact on it (then `url` carries the fragment). */
export interface CitableWork {
  lang: Lang;
  /** CSL type: an entry's is its kind's (a statistic is a dataset), any other page a web page. */
  type: 'webpage' | 'dataset';
  /** Title in the page's language. */
  title: string;
  /** The title in the other language; APA and MLA give it in brackets after a Chinese title. */
  titleTranslated?: string;
  /** The site's name in the page's language: the website, and the group author when no publisher is set. */
  siteName: string;
  /** Who publishes the site (src/site.config.ts), in the page's language, when set: the author. */
  publisher?: string;
  /** Absolute URL, with the fragment for a fact. */
  url: string;
  /** The page's route with the fragment, without the deployment's origin and base path: `/en/timeline/#slug`. */
  route: string;
  /** Last update of the page's content, YYYY-MM-DD. */
  updated: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
}

/** A source document as received: its original title, outlet and date when known. */
export interface OriginalDocument {
  lang: Lang;
  /** The title as the document gives it. */
  title: string;
  /** The site's English translation of the title. */
  titleTranslated?: string;
  /** The outlet in the document's own language (Chinese), or null when not stated. */
  outlet: string | null;
  /** The outlet in the page's language. */
  outletInPageLanguage: string | null;
  /** Publication date at the precision known (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  published: string | null;
}

export type HumanFormat = 'gbt7714' | 'apa' | 'mla';
export type MachineFormat = 'bibtex' | 'ris' | 'csl';
export type CitationFormat = HumanFormat | MachineFormat;

export const HUMAN_FORMATS: readonly HumanFormat[] = ['gbt7714', 'apa', 'mla'];
export const MACHINE_FORMATS: readonly MachineFormat[] = ['bibtex', 'ris', 'csl'];

/** GB/T 7714 is the national standard Chinese readers are asked for; English readers mostly use APA. */
export const DEFAULT_FORMAT: Record<Lang, HumanFormat> = { zh: 'gbt7714', en: 'apa' };

export function runsToText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

function dateParts(isoDate: string): [number, number | undefined, number | undefined] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year, month, day];
}

/** APA dates: "2025, November 27" in the reference's date element. */
function apaDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  if (!month) return String(year);
  return `${year}, ${MONTHS[month - 1]}` + (day ? ` ${day}` : '');
}

/** MLA dates: "27 Nov. 2025". */
function mlaDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return [day, month ? MLA_MONTHS[month - 1] : undefined, year].filter((part) => part !== undefined).join(' ');
}

/** Adds a full stop unless the text already ends in terminal punctuation. */
function closed(text: string): string {
  return /[.?!。？！]$/.test(text) ? text : `${text}.`;
}

/**
 * GB/T 7714-2015 §4.4 / §8, an electronic resource in sequential-numbering style:
 * 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * The site is the responsible party; the same pattern holds on English pages.
 */
export function formatGbt7714(work: CitableWork): Run[] {
  return [
    { text: `${work.publisher ?? work.siteName}. ${work.title}[EB/OL]. (${work.updated})[` },
    accessedRun('iso', work.accessed),
    { text: `]. ${work.url}.` },
  ];
}

/**
 * APA 7 webpage with a group author: the publisher when set (then the site's name follows the
 * title), else the site itself (so its name is not repeated); a specific date of last update,
 * and a retrieval date because the content changes over time. A Chinese title is followed by
 * its English translation in square brackets (APA 7 §9.38).
 */
export function formatApa(work: CitableWork): Run[] {
  const runs: Run[] = [
    { text: `${closed(work.publisher ?? work.siteName)} (${apaDate(work.updated)}). ` },
    { text: work.title, italic: true },
  ];
  if (work.lang === 'zh' && work.titleTranslated) runs.push({ text: ` [${work.titleTranslated}]` });
  runs.push({ text: work.publisher ? `. ${closed(work.siteName)} Retrieved ` : '. Retrieved ' });
  runs.push(accessedRun('apa', work.accessed), { text: `, from ${work.url}` });
  return runs;
}

/**
 * MLA 9 page on a website whose author is the website itself (so no author element):
 * "Title." Website, [Publisher,] day Mon. year, URL without protocol. Accessed day Mon. year.
 */
export function formatMla(work: CitableWork): Run[] {
  // Quotation marks inside a quoted title become single ones.
  const quoted = work.title.replace(/“/g, '‘').replace(/”/g, '’');
  // American punctuation: the full stop goes inside a closing single quotation mark too.
  const closedTitle = quoted.endsWith('’') ? `${closed(quoted.slice(0, -1))}’` : closed(quoted);
  const title =
    work.lang === 'zh' && work.titleTranslated ? `“${quoted}” [${work.titleTranslated}].` : `“${closedTitle}”`;
  return [
    { text: `${title} ` },
    { text: work.siteName, italic: true },
    {
      text: `${work.publisher ? `, ${work.publisher}` : ''}, ${mlaDate(work.updated)}, ${work.url.replace(/^https?:\/\//, '')}. Accessed `,
    },
    accessedRun('mla', work.accessed),
    { text: '.' },
  ];
}

export function formatHuman(format: HumanFormat, work: CitableWork): Run[] {
  if (format === 'gbt7714') return formatGbt7714(work);
  if (format === 'apa') return formatApa(work);
  return formatMla(work);
}

/**
 * GB/T 7714-2015 for the original article a source document summarises. The site holds only
 * the summary, received electronically, and has not consulted the article: it is cited as an
 * electronic publication, [EB/OL], with the fields the summary gives and nothing more (no URL,
 * no access date: the site never accessed it). Bibliographic data stay in the document's own
 * language (§6.1), so the line is the same on both sites. An unknown publisher or date is
 * stated in brackets, as §8.4 asks.
 */
export function formatOriginalGbt7714(document: OriginalDocument): Run[] {
  const type = 'EB/OL';
  const outlet = document.outlet ?? '[出版者不详]';
  const date = document.published ?? '[出版日期不详]';
  return [{ text: `${document.title}[${type}]. ${outlet}, ${date}.` }];
}

/**
 * APA 7 for an unsigned article on a news website: the title (italic, with its translation)
 * moves to the author position; the site (in the page's language) follows the date; "n.d."
 * when no date is known.
 */
export function formatOriginalApa(document: OriginalDocument): Run[] {
  const date = document.published ? apaDate(document.published) : 'n.d.';
  // An untranslated title is cited as it is, without an empty bracket.
  const translated = document.titleTranslated ? ` [${document.titleTranslated}]` : '';
  const runs: Run[] = [{ text: document.title, italic: true }, { text: `${translated}. (${date}).` }];
  if (document.outletInPageLanguage) runs.push({ text: ` ${closed(document.outletInPageLanguage)}` });
  return runs;
}
