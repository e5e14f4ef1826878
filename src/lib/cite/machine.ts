/**
 * Machine-readable citations (CSL-JSON, BibTeX, RIS) through citation-js, so that reference
 * managers read back exactly what the site means. Runs at build time only.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { HTML_LANG } from '../../i18n/index';
import { sitePath } from '../urls/urls';
import { bibtexValue, risValue } from '../format/escape';
import { accessDateText, type AccessDateStyle } from './access-date';
import type { CitableWork, MachineFormat, OriginalDocument, Run } from './text-styles';

// By default citation-js drops every non-ASCII character from BibTeX, i.e. all Chinese text,
// and labels entries by author and year; the site's keys are stable ids instead.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;

export interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  URL?: string;
  issued?: CslDate;
  accessed?: CslDate;
  language?: string;
}

export function cslDate(isoDate: string): CslDate {
  return { 'date-parts': [isoDate.split('-').map(Number)] };
}

/**
 * A citation key from a page's route and fragment (`/en/timeline/#guidelines-march-2025` →
 * `bjiec_en_timeline_guidelines_march_2025`): the same wherever the site is deployed, so a key
 * readers stored keeps naming the same fact. Underscores, because BibTeX labels lose every other
 * separator in citation-js.
 */
export function citationKey(route: string): string {
  const { pathname, hash } = new URL(route, 'https://route.invalid');
  const words = `${pathname}${hash}`.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return ['bjiec', ...words].join('_');
}

export function workToCsl(work: CitableWork): CslItem {
  return {
    id: citationKey(work.route),
    type: work.type,
    title: work.title,
    author: [{ literal: work.publisher ?? work.siteName }],
    'container-title': work.siteName,
    ...(work.publisher ? { publisher: work.publisher } : {}),
    URL: work.url,
    issued: cslDate(work.updated),
    accessed: cslDate(work.accessed),
    language: HTML_LANG[work.lang],
  };
}

export function originalToCsl(document: OriginalDocument, id: string): CslItem {
  return {
    id,
    type: document.outlet ? 'article-newspaper' : 'document',
    title: document.title,
    ...(document.outlet ? { 'container-title': document.outlet } : {}),
    ...(document.published ? { issued: cslDate(document.published) } : {}),
    language: 'zh-CN',
  };
}

/** One item in a machine format, as text ready to copy or save. */
export function formatMachine(format: MachineFormat, item: CslItem): string {
  if (format === 'csl') return compactJson([item]);
  // citation-js writes text values as they are: each format's escaping is applied first. The
  // output plugins take CSL items directly: a `Cite` would parse and re-check each item first.
  if (format === 'bibtex') {
    // citation-js writes the URL twice, as `url` and `howpublished`: keep the `url` field only.
    return withBibtexDate(
      (plugins.output.format('bibtex', [escapeText(item, bibtexValue)], { format: 'text' }) as string)
        .trim()
        .replace(/^\s*howpublished = \{[^\n]*\},?\n/m, ''),
      item.issued,
    );
  }
  // citation-js wraps RIS values every 70 characters, and readers (itself included) rejoin the
  // pieces with a space, which corrupts long titles and URLs: keep each value on its tag's line.
  return (
    (plugins.output.format('ris', [escapeText(item, risValue)], { format: 'text' }) as string)
      .trim()
      .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')
      // citation-js cuts the ID to 20 characters, so pages of one section would share it.
      .replace(/^ID {2}- .*$/m, () => `ID  - ${risValue(item.id)}`)
  );
}

/**
 * BibTeX's month is a bare macro (`month = nov`), which citation-js writes with the day inside
 * braces (`month = {nov 27}`) that BibTeX styles print as text; the full date goes in biblatex's
 * `date` field instead.
 */
function withBibtexDate(bibtex: string, issued: CslDate | undefined): string {
  const parts = issued?.['date-parts'][0];
  const date = parts?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
  return bibtex.replace(/^(\s*)month = \{([a-z]{3})(?: \d+)?\},?$/m, (line, indent: string, month: string) =>
    [`${indent}month = ${month},`, ...(date ? [`${indent}date = {${date}},`] : [])].join('\n'),
  );
}

/** How each machine format writes the access date. */
const ACCESS_STYLE: Record<MachineFormat, AccessDateStyle> = { bibtex: 'iso', ris: 'ris', csl: 'csl' };
// A day no reader accesses a page on: formatted in its place, it shows where citation-js puts the access date.
const MARKER_DAY = [1111, 11, 11];

/**
 * One item in a machine format as runs, its access date a run of its own (so that pages can
 * mark it and the browser can put in the reader's day). Throws when citation-js writes the
 * date in a form the site does not know, rather than leave a date the reader's day cannot replace.
 */
export function formatMachineRuns(format: MachineFormat, item: CslItem): Run[] {
  if (!item.accessed) return [{ text: formatMachine(format, item) }];
  const style = ACCESS_STYLE[format];
  const marked = formatMachine(format, { ...item, accessed: { 'date-parts': [MARKER_DAY] } });
  const marker = accessDateText(style, MARKER_DAY);
  if (!marked.includes(marker)) throw new Error(`${format}: the access date is not written as ${style} dates are`);
  const accessed = accessDateText(style, item.accessed['date-parts'][0]);
  return marked
    .split(marker)
    .flatMap((text, index): Run[] => (index === 0 ? [{ text }] : [{ text: accessed, accessed: style }, { text }]))
    .filter((run) => run.text !== '');
}

/** The item with its free-text values (title, container, authors) escaped for one format. */
function escapeText(item: CslItem, escape: (text: string) => string): CslItem {
  return {
    ...item,
    title: escape(item.title),
    ...(item['container-title'] === undefined ? {} : { 'container-title': escape(item['container-title']) }),
    ...(item.author ? { author: item.author.map((author) => ({ literal: escape(author.literal) })) } : {}),
  };
}

/** Indented JSON with number arrays (CSL date parts) kept on one line. */
export function compactJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /\[\s*(-?\d+(?:,\s*-?\d+)*)\s*\]/g,
    (_, numbers: string) => `[${numbers.split(/,\s*/).join(', ')}]`,
  );
}

const EXTENSION: Record<MachineFormat, string> = { bibtex: 'bib', ris: 'ris', csl: 'json' };

/** The file name of a fact's citation in a machine format: `<key>.bib` (see src/pages/cite/). */
export function machineFileName(key: string, format: MachineFormat): string {
  return `${key}.${EXTENSION[format]}`;
}

function machineFileRoute(key: string, format: MachineFormat): string {
  return `/cite/${machineFileName(key, format)}`;
}

/** Where a fact's citation is served in a machine format: `/cite/<key>.bib` under the base path. */
export function machineFilePath(key: string, format: MachineFormat): string {
  return sitePath(machineFileRoute(key, format));
}
