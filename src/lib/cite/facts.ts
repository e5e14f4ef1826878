/**
 * What a fact's citation panel cites, for each kind of fact that shares a page with others
 * (timeline events, glossary terms, source points). Pages spread the result into <CitePanel>,
 * and /cite/ serves the same facts' BibTeX, RIS and CSL-JSON, so the two cannot drift apart.
 */
import { useTranslations, type Lang } from '../../i18n/index';
import { localizedSourceTitle } from '../urls/urls';
import { CURATED_KIND_IDS, isAnchoredKind, KINDS, type AnchoredKind, type CuratedKind } from '../content/kinds';
import { anchorGroupPath, enclosingGroupPaths, type AnchoredEntryData } from '../urls/groups';
import type { SourceEntry } from '../content/schemas';
import type { ContentFiles } from '../page/route-data';

export interface FactCitation {
  lang: Lang;
  title: string;
  /** The English title, which APA and MLA add to a Chinese one. */
  titleTranslated?: string;
  /** Language-neutral path of the page the fact is on. */
  path: string;
  fragment: string;
  contentFiles: ContentFiles;
  /** For an anchored entry, its list page, where it was published before lists were grouped. */
  listPath?: string;
}

/**
 * A fact that is an entry of a kind placed as an anchor (a timeline event, a glossary term):
 * cited at its anchor on its group page, the URL that stays as the list grows.
 */
export function anchoredEntryFact(
  kind: AnchoredKind,
  entry: { id: string; file: string; data: AnchoredEntryData },
  lang: Lang,
  indexGroups: ReadonlySet<string>,
): FactCitation {
  return {
    lang,
    title: entry.data.title[lang],
    titleTranslated: entry.data.title.en,
    path: anchorGroupPath(kind, entry.data, lang, indexGroups),
    listPath: KINDS[kind].section,
    fragment: entry.id,
    contentFiles: [entry.file],
  };
}

/** Files a source page is built from: the seed, its metadata and its translation. */
export function sourceFiles(source: Pick<SourceEntry, 'slug' | 'seedFile'>): ContentFiles {
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
    entries: { [Kind in CuratedKind]: { id: string; file: string; data: AnchoredEntryData }[] };
    sources: SourceEntry[];
    indexGroups: ReadonlySet<string>;
  },
  lang: Lang,
): Map<string, FactCitation[]> {
  const pages = new Map<string, FactCitation[]>();
  const add = (path: string, fact: FactCitation) => {
    const facts = pages.get(path);
    if (facts) facts.push(fact);
    else pages.set(path, [fact]);
  };
  // Kinds whose entries are anchors on group pages (timeline events, glossary terms): each
  // group page's file holds its facts, and the list page's file holds every fact of the kind.
  // A group split into parts keeps its file (published before it was split) with every fact
  // of its parts, as the list's does.
  for (const kind of CURATED_KIND_IDS.filter(isAnchoredKind)) {
    for (const entry of knowledge.entries[kind]) {
      const fact = anchoredEntryFact(kind, entry, lang, knowledge.indexGroups);
      add(fact.path, fact);
      for (const group of enclosingGroupPaths(fact.path)) add(group, fact);
      add(KINDS[kind].section, fact);
    }
  }
  for (const source of knowledge.sources) {
    pages.set(
      `sources/${source.slug}`,
      source.sections.flatMap((section) => section.points.map((point) => pointFact(source, point.id, lang))),
    );
  }
  return pages;
}
