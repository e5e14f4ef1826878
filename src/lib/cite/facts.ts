/**
 * What a fact's citation panel cites, for each kind of fact that shares a page with others
 * (timeline events, glossary terms, source points). Pages spread the result into <CitePanel>,
 * and /cite/ serves the same facts' BibTeX, RIS and CSL-JSON, so the two cannot drift apart.
 */
import { useTranslations, type Lang } from '../../i18n/index';
import { entryPath, localizedSourceTitle } from '../urls/urls';
import { CURATED_KIND_IDS, isAnchoredKind, KINDS, type AnchoredKind, type CuratedKind } from '../content/kinds';
import { anchorGroupPath, enclosingGroupPaths, type AnchoredEntryData } from '../urls/groups';
import type { SourceEntry } from '../content/schemas';
import type { ContentFiles } from '../page/route-data';

export interface FactCitation {
  lang: Lang;
  title: string;
  /** The English title, which APA and MLA add to a Chinese one. */
  titleTranslated?: string;
  /** Language-neutral path of the page cited: the fact's own page, or the page it is on. */
  path: string;
  /** The fact's id on that page (a source point), when it has no page of its own. */
  fragment?: string;
  contentFiles: ContentFiles;
  /** The page whose CSL-JSON file holds the fact, when not `path`: the group page an entry is listed on. */
  factsPath?: string;
}

/**
 * A timeline event or glossary term as its group page lists it: cited at its own page (the
 * URL that never moves), its item in the CSL-JSON file of the group page that lists it.
 */
export function listedEntryFact(
  kind: AnchoredKind,
  entry: { id: string; file: string; data: AnchoredEntryData },
  lang: Lang,
  indexGroups: ReadonlySet<string>,
): FactCitation {
  return {
    lang,
    title: entry.data.title[lang],
    titleTranslated: entry.data.title.en,
    path: entryPath(kind, entry.id),
    factsPath: anchorGroupPath(kind, entry.data, lang, indexGroups),
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
  // Kinds whose entries are also listed on group pages (timeline events, glossary terms): each
  // group page's file holds its entries, and the list page's file holds every entry of the kind.
  // A group split into parts keeps its file (published before it was split) with every entry
  // of its parts, as the list's does. The entry's own page cites it in full (scope="page").
  for (const kind of CURATED_KIND_IDS.filter(isAnchoredKind)) {
    for (const entry of knowledge.entries[kind]) {
      const fact = listedEntryFact(kind, entry, lang, knowledge.indexGroups);
      const group = fact.factsPath!;
      add(group, fact);
      for (const enclosing of enclosingGroupPaths(group)) add(enclosing, fact);
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
