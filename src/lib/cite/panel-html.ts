/**
 * The "Cite this" panel as one HTML string (rendered by src/components/cite/CitePanel.astro).
 * A source page has a panel for itself and one per point, so at 10,000 documents the build
 * writes about 200,000 of them: built as a string, a panel costs a fraction of what the same
 * markup costs as nested template expressions. Every value goes through HTML escaping here.
 */
import { escapeHtmlAttribute as attribute, escapeHtmlText as text } from '../format/escape';
import { inParentheses, useTranslations, withColon, type Lang } from '../../i18n/index';
import type { HumanFormat, MachineFormat, Run } from './text-styles';

export interface CitePanelModel {
  scope: 'page' | 'fact';
  /** The panel's own id attribute (the page's panel is `#cite`). */
  id?: string;
  /** The cited title, for the fact panel's summary (read by screen readers). */
  title: string;
  url: string;
  /** The name of the panel's group of format buttons, unique on its page. */
  group: string;
  formats: { format: HumanFormat | MachineFormat; runs: Run[]; code: boolean }[];
  /** A fact's link to its page's CSL-JSON file, and the fact's id in it. */
  factsFile?: { href: string; key: string };
  /** The dates line: its text before and after the access date, which is a run of its own. */
  dates: { before: string; accessed: string; after: string };
  originals: { format: HumanFormat; runs: Run[] }[];
}

/** The panel's words, from the page language's dictionary. */
export interface CitePanelWords {
  summary: string;
  /** The colon before the fact's title in the summary: "：" or ": ". */
  colon: string;
  copied: string;
  link: string;
  formatChoice: string;
  formatName: (format: HumanFormat | MachineFormat) => string;
  copy: string;
  machine: string;
  factsFile: string;
  todayNote: string;
  buildDayNote: string;
  original: string;
  compiled: string;
}

/** The words every panel of a language and scope shares: looked up once, not for each of its many panels. */
const sharedWords = new Map<string, Omit<CitePanelWords, 'factsFile'>>();

/**
 * The panel's words in a language; `key` is the cited fact's id in its page's CSL-JSON file.
 * In a `preview` build (the origin is the placeholder) every copy button, and what it says once
 * it has copied, warns that the URL is a preview's, not to be cited.
 */
export function citePanelWords(
  lang: Lang,
  scope: CitePanelModel['scope'],
  key: string,
  preview = false,
): CitePanelWords {
  const t = useTranslations(lang);
  const cacheKey = `${lang} ${scope} ${preview}`;
  let shared = sharedWords.get(cacheKey);
  if (!shared) {
    const warning = preview ? inParentheses(t('cite.previewCopy'), lang) : '';
    shared = {
      summary: scope === 'page' ? t('cite.page') : t('cite.fact'),
      colon: withColon('', lang),
      copied: t('cite.copied') + warning,
      link: t('cite.link'),
      formatChoice: t('cite.formatChoice'),
      formatName: (format) => t(`cite.format.${format}`),
      copy: t('cite.copy') + warning,
      machine: t('cite.machine'),
      todayNote: t('cite.todayNote'),
      buildDayNote: t('cite.buildDayNote'),
      original: t('cite.original'),
      compiled: t('cite.compiledBy'),
    };
    sharedWords.set(cacheKey, shared);
  }
  return { ...shared, factsFile: t('cite.factsFile', { id: key }) };
}

/** Runs of a citation as HTML: italics, and the access date marked for the reader's today. */
export function runsHtml(runs: readonly Run[]): string {
  let html = '';
  for (const run of runs) {
    if (run.italic) html += `<i>${text(run.text)}</i>`;
    else if (run.accessed) html += `<span data-accessed="${attribute(run.accessed)}">${text(run.text)}</span>`;
    else html += text(run.text);
  }
  return html;
}

export function citePanelHtml(panel: CitePanelModel, words: CitePanelWords): string {
  const copyButton = `<button type="button" class="cite-copy" hidden>${text(words.copy)}</button>`;
  const summary =
    panel.scope === 'fact'
      ? `${text(words.summary)}<span class="visually-hidden">${text(words.colon)}${text(panel.title)}</span>`
      : text(words.summary);
  const tabs = panel.formats
    .map(
      ({ format }, index) =>
        `<label><input type="radio" name="${attribute(panel.group)}" value="${attribute(format)}"${index === 0 ? ' checked' : ''}> ${text(words.formatName(format))}</label>`,
    )
    .join('');
  const formats = panel.formats
    .map(({ format, runs, code }) => {
      // Code keeps its text exactly: nothing may stand between <pre><code> and the citation.
      const body = code
        ? `<pre class="cite-code" data-format="${attribute(format)}"><code>${runsHtml(runs)}</code></pre>`
        : `<p class="cite-text" data-format="${attribute(format)}">${runsHtml(runs)}</p>`;
      return `<div class="cite-format" data-tab="${attribute(format)}"><dt>${text(words.formatName(format))}</dt><dd>${body}${copyButton}</dd></div>`;
    })
    .join('');
  const factsFile = panel.factsFile
    ? `<dl class="cite-list"><dt>${text(words.machine)}</dt><dd><a href="${attribute(panel.factsFile.href)}" data-format="csl" data-key="${attribute(panel.factsFile.key)}" download>${text(words.factsFile)}</a></dd></dl>`
    : '';
  const dates =
    `<p class="cite-dates muted">${text(panel.dates.before)}<span data-accessed="iso">${text(panel.dates.accessed)}</span>` +
    `<span data-today="${attribute(words.todayNote)}">${text(words.buildDayNote)}</span>${text(panel.dates.after)}</p>`;
  // The original report first, where there is one: a fact is the report's; the site compiled it.
  const originals =
    panel.originals.length > 0
      ? `<p class="cite-original-head">${text(words.original)}</p><dl class="cite-list">${panel.originals
          .map(
            ({ format, runs }) =>
              `<dt>${text(words.formatName(format))}</dt><dd><p class="cite-text" data-format="original-${attribute(format)}">${runsHtml(runs)}</p>${copyButton}</dd>`,
          )
          .join('')}</dl><p class="cite-original-head">${text(words.compiled)}</p>`
      : '';
  return (
    `<details class="cite-panel cite-panel-${panel.scope}"${panel.id ? ` id="${attribute(panel.id)}"` : ''} data-copied="${attribute(words.copied)}" data-pagefind-ignore>` +
    `<summary>${summary}</summary>${originals}` +
    `<dl class="cite-list"><dt>${text(words.link)}</dt><dd><a class="cite-url" href="${attribute(panel.url)}">${text(panel.url)}</a></dd></dl>` +
    `<div class="cite-formats"><fieldset class="cite-tabs"><legend class="visually-hidden">${text(words.formatChoice)}</legend>${tabs}</fieldset>` +
    `<dl class="cite-list">${formats}</dl></div>${factsFile}${dates}</details>`
  );
}
