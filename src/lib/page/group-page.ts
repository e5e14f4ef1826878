/**
 * What every group page of a list (a month of sources, statistics or the timeline; an initial of
 * the glossary; or a finer part of one) derives from its place in the group tree: its routes, its
 * title, path, breadcrumbs, previous and next, the links to its parts when it is an index, and its
 * description. Each group route gives only what differs: its section, how a top-level key reads,
 * its title and its entries' titles.
 */
import { LANGUAGES, type Lang } from '../../i18n/index';
import { groupDescription } from './descriptions';
import { groupLabel, subgroupLabel } from './group-labels';
import { groupPath } from '../urls/groups';
import { flattenGroups, type GroupNode } from '../urls/grouping';
import { pagerFor, type Pager } from './route-data';
import { localizedPath } from '../urls/urls';

/** A group page's place in its tree, as its route passes it on. */
export interface GroupPlace<Item> {
  node: GroupNode<Item>;
  parents: GroupNode<Item>[];
  siblings: GroupNode<Item>[];
  index: number;
}

/** The static paths of a list's group pages in every language: `param` holds the keys, `2025-10/11-20`. */
export function groupRoutes<Item>(param: string, treeFor: (lang: Lang) => readonly GroupNode<Item>[]) {
  return LANGUAGES.flatMap((lang) =>
    flattenGroups(treeFor(lang)).map((place): { params: Record<string, string>; props: GroupPlace<Item> } => ({
      params: { lang, [param]: place.node.keys.join('/') },
      props: place,
    })),
  );
}

export interface GroupPageOptions<Item> {
  lang: Lang;
  /** The list's section and its groups' path segment: `timeline`, `by-month`. */
  section: string;
  segment: string;
  /** How a list-level key reads: `2025-10` → “October 2025”. */
  topLabel: (key: string) => string;
  /** A group's title from its label: “Timeline: October 2025”. */
  titleFor: (label: string) => string;
  /** An entry's title, for the description of a page of entries. */
  itemTitle: (item: Item) => string;
}

export interface GroupPage {
  label: string;
  title: string;
  path: string;
  parents: { label: string; path: string }[];
  pager: Pager;
  /** The page's parts when it is an index of finer groups; empty for a page of entries. */
  parts: { href: string; label: string; count: number }[];
  /** The page's parts, or its entries, named (without the marks of identified names). */
  description: string;
}

export function groupPage<Item>(
  { node, parents, siblings, index }: GroupPlace<Item>,
  { lang, section, segment, topLabel, titleFor, itemTitle }: GroupPageOptions<Item>,
): GroupPage {
  const label = (group: GroupNode<Item>) => groupLabel(group.keys, lang, topLabel);
  const pathOf = (group: GroupNode<Item>) => groupPath(section, segment, group.keys);
  const titleOf = (group: GroupNode<Item>) => titleFor(label(group));
  const title = titleOf(node);
  const parts = node.children;
  return {
    label: label(node),
    title,
    path: pathOf(node),
    parents: parents.map((parent) => ({ label: titleOf(parent), path: pathOf(parent) })),
    pager: pagerFor(siblings, index, (other) => ({ label: label(other), href: localizedPath(lang, pathOf(other)) })),
    parts: parts.map((part) => ({
      href: localizedPath(lang, pathOf(part)),
      label: subgroupLabel(part.keys, lang),
      count: part.items.length,
    })),
    description: groupDescription(
      title,
      parts.length > 0 ? parts.map((part) => subgroupLabel(part.keys, lang)) : node.items.map(itemTitle),
      lang,
    ),
  };
}

/**
 * The group page that lists an entry (`timeline/by-month/2025-03`, its anchor map's target), as
 * the entry's own page names it: in its breadcrumbs and as its search result's group.
 */
export function listingGroup(
  path: string,
  { lang, topLabel, titleFor }: Pick<GroupPageOptions<unknown>, 'lang' | 'topLabel' | 'titleFor'>,
): { label: string; title: string; path: string } {
  const label = groupLabel(path.split('/').slice(2), lang, topLabel);
  return { label, title: titleFor(label), path };
}
