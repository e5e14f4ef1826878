/**
 * Turns a page (or one fact on it) into the record every citation format is made from.
 */
import { absoluteUrl, fragmentPath, fragmentRoute } from '../urls/urls';
import type { CitableWork } from './text-styles';
import { useTranslations, type Lang } from '../../i18n/index';
import { lastUpdatedDay } from '../page/last-updated';
import type { ContentFiles } from '../page/route-data';
import { siteConfig, type SiteConfig } from '../../site.config';
import { isAnchoredKind, kindOfSection, KINDS } from '../content/kinds';
import { isGroupPath } from '../urls/groups';

export interface CitableInput {
  lang: Lang;
  title: string;
  titleTranslated?: string;
  /** Language-neutral path, e.g. `timeline`. */
  path: string;
  /** Fragment id of a fact on the page, without `#`. */
  fragment?: string;
  /** Repository files the page or fact is built from; the whole repository when absent. */
  contentFiles?: ContentFiles;
  /** The day they last changed, when the page has computed it already (its route data). */
  updated?: string;
  site: URL | string | undefined;
  /** Who publishes the site; src/site.config.ts unless given. */
  publisher?: SiteConfig['publisher'];
}

/**
 * The day this build ran: the access date printed in citations (readers' browsers replace it
 * with their own day). SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes it.
 * The one value that is by nature per build: a page reused by an incremental build keeps the day
 * it was rendered.
 */
export const BUILD_DAY = buildDay(process.env.SOURCE_DATE_EPOCH);

export function buildDay(sourceDateEpoch: string | undefined, now = new Date()): string {
  const seconds = sourceDateEpoch === undefined ? NaN : Number(sourceDateEpoch);
  return (Number.isFinite(seconds) ? new Date(seconds * 1000) : now).toISOString().slice(0, 10);
}

/**
 * The CSL type of what a path (and fragment) names: an entry, on its own page or at its anchor,
 * takes its kind's citation type; a list, group or any other page is a web page.
 */
export function citationTypeOf(path: string, fragment?: string): CitableWork['type'] {
  const [section, slug] = path.split('/');
  const kind = kindOfSection(section);
  if (kind === undefined) return 'webpage';
  const entryPage = fragment === undefined && slug !== undefined && !isGroupPath(path);
  const anchoredEntry = fragment !== undefined && isAnchoredKind(kind);
  return entryPage || anchoredEntry ? KINDS[kind].citationType : 'webpage';
}

export function citableWork(input: CitableInput): CitableWork {
  const t = useTranslations(input.lang);
  return {
    lang: input.lang,
    type: citationTypeOf(input.path, input.fragment),
    title: input.title,
    titleTranslated: input.titleTranslated,
    siteName: t('site.name'),
    publisher: (input.publisher === undefined ? siteConfig.publisher : input.publisher)?.[input.lang],
    url: absoluteUrl(input.site, fragmentPath(input.lang, input.path, input.fragment)),
    route: fragmentRoute(input.lang, input.path, input.fragment),
    updated: input.updated ?? lastUpdatedDay(input.contentFiles?.length ? input.contentFiles : ['.']),
    accessed: BUILD_DAY,
  };
}
