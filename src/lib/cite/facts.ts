/**
 * What a fact's citation panel cites, for each kind of fact that shares a page with others
 * (timeline events, glossary terms, source points). Pages spread the result into <CitePanel>,
 * and /cite/ serves the same facts' BibTeX, RIS and CSL-JSON, so the two cannot drift apart.
 */
import { useTranslations, type Lang } from '../../i18n/index';
import { localizedSourceTitle } from '../page/urls';
import type { GlossaryTerm, SourceEntry, TimelineEvent } from '../content/schemas';

export interface FactCitation {
  lang: Lang;
  title: string;
  /** The English title, which APA and MLA add to a Chinese one. */
  titleTranslated?: string;
  /** Language-neutral path of the page the fact is on. */
  path: string;
  fragment: string;
  contentFiles: string[];
}

export function eventFact(entry: { id: string; file: string; data: TimelineEvent }, lang: Lang): FactCitation {
  return {
    lang,
    title: entry.data.title[lang],
    titleTranslated: entry.data.title.en,
    path: 'timeline',
    fragment: entry.id,
    contentFiles: [entry.file],
  };
}

export function termFact(entry: { id: string; file: string; data: GlossaryTerm }, lang: Lang): FactCitation {
  return {
    lang,
    title: entry.data.title[lang],
    titleTranslated: entry.data.title.en,
    path: 'glossary',
    fragment: entry.id,
    contentFiles: [entry.file],
  };
}

/** Files a source page is built from: the seed, its metadata and its translation. */
export function sourceFiles(source: Pick<SourceEntry, 'slug' | 'seedFile'>): string[] {
  return [source.seedFile, 'src/content/sources.yaml', `src/content/source-translations/${source.slug}.yaml`];
}

export function pointFact(
  source: Pick<SourceEntry, 'slug' | 'seedFile' | 'title' | 'titleEn'>,
  pointId: string,
  lang: Lang,
): FactCitation {
  const title = (titleInLang: string, inLang: Lang) =>
    useTranslations(inLang)('cite.pointTitle', { title: titleInLang, id: pointId });
  return {
    lang,
    title: title(localizedSourceTitle(source, lang), lang),
    titleTranslated: source.titleEn === null ? undefined : title(source.titleEn, 'en'),
    path: `sources/${source.slug}`,
    fragment: pointId,
    contentFiles: sourceFiles(source),
  };
}

/** Every citable fact of each page, by language-neutral page path, in page order. */
export function factsByPage(
  knowledge: {
    events: { id: string; file: string; data: TimelineEvent }[];
    glossary: { id: string; file: string; data: GlossaryTerm }[];
    sources: SourceEntry[];
  },
  lang: Lang,
): Map<string, FactCitation[]> {
  const pages = new Map<string, FactCitation[]>();
  if (knowledge.events.length > 0)
    pages.set(
      'timeline',
      knowledge.events.map((entry) => eventFact(entry, lang)),
    );
  if (knowledge.glossary.length > 0)
    pages.set(
      'glossary',
      knowledge.glossary.map((entry) => termFact(entry, lang)),
    );
  for (const source of knowledge.sources) {
    pages.set(
      `sources/${source.slug}`,
      source.sections.flatMap((section) => section.points.map((point) => pointFact(source, point.id, lang))),
    );
  }
  return pages;
}
