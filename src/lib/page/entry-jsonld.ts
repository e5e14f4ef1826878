/**
 * JSON-LD for the knowledge entries, built from registry data only (figures go through
 * figureParts like everywhere else). Pages pass the result as Base's `jsonLd`.
 */
import { figureParts } from '../format/figures';
import {
  eventDateText,
  isSourceDate,
  periodText,
  titleWithPeriod,
  withNameMarks,
  type MarkedName,
} from '../format/provenance';
import { comma, fullStop, HTML_LANG, inParentheses, useTranslations, withColon, type Lang } from '../../i18n/index';
import { dataset, event, place, type JsonLd } from './jsonld';
import { lastUpdatedDay } from './last-updated';
import { absoluteUrl, dataPath, entryUrl, localizedPath, pointUrl } from '../urls/urls';
import type { Citation, Indicator, Place, TimelineEvent } from '../content/schemas';

type Site = URL | string | undefined;

/** The source points an entry cites, as absolute URLs of their anchors on the site. */
function citationUrls(citations: readonly Citation[], lang: Lang, site: Site): string[] {
  return [...new Set(citations.map((citation) => absoluteUrl(site, pointUrl(lang, citation.source, citation.point))))];
}

/** `dates`: publication dates of the documents the indicator cites (for "as of the report"). */
export function indicatorJsonLd(
  entry: { id: string; file: string; data: Indicator },
  lang: Lang,
  site: Site,
  dates: readonly string[],
  names: readonly MarkedName[] = [],
): JsonLd {
  const t = useTranslations(lang);
  const { data } = entry;
  const period = periodText(data.period, dates, lang);
  const name = withNameMarks(data.title[lang], names, lang);
  return dataset({
    // Named as its citations name it: with the period its figure holds for.
    name: withNameMarks(titleWithPeriod(data.title[lang], data.period, dates, lang), names, lang),
    // The period and where it comes from, exactly as the page states them beside the figure (its
    // basis says once whether the site reads it), in the page language's punctuation.
    description:
      withColon(name, lang) +
      figureParts(data, lang).text +
      comma(lang) +
      withNameMarks(period.text, names, lang) +
      inParentheses(period.basis, lang),
    url: absoluteUrl(site, entryUrl(lang, 'indicators', entry.id)),
    inLanguage: HTML_LANG[lang],
    siteName: t('site.name'),
    siteUrl: absoluteUrl(site, localizedPath(lang)),
    dateModified: lastUpdatedDay([entry.file]),
    csvUrl: absoluteUrl(site, dataPath('indicators.csv')),
    jsonUrl: absoluteUrl(site, dataPath('indicators.json')),
    citation: citationUrls(data.citations, lang, site),
  });
}

export function placeJsonLd(
  entry: { id: string; data: Place },
  lang: Lang,
  site: Site,
  names: readonly MarkedName[] = [],
): JsonLd {
  return place({
    name: withNameMarks(entry.data.title[lang], names, lang),
    description: entry.data.summary[lang],
    url: absoluteUrl(site, entryUrl(lang, 'places', entry.id)),
  });
}

/**
 * An Event gives machines a startDate only when the source states the date (or it is the
 * report's own date), at the precision known (ISO 8601 allows 2025 and 2025-03). A deadline, a
 * year read from a name or years the site added go into the description with their basis. Its
 * `location` is the entry's `venue` (`places`: the places by id), the place a source says it took
 * place in, never a default and never a place it is only about: without a venue, none.
 */
export function eventJsonLd(
  entry: { id: string; data: TimelineEvent },
  lang: Lang,
  site: Site,
  names: readonly MarkedName[] = [],
  places: ReadonlyMap<string, { data: Pick<Place, 'title'> }> = new Map(),
): JsonLd {
  const { data } = entry;
  const when = eventDateText(data, lang);
  const dated = isSourceDate(data.dateBasis);
  return event({
    name: withNameMarks(data.title[lang], names, lang),
    description: when.text + inParentheses(when.basis, lang) + fullStop(lang) + data.summary[lang],
    location: (data.venue ? [data.venue] : []).map((id) => ({
      name: withNameMarks(places.get(id)!.data.title[lang], names, lang),
      url: absoluteUrl(site, entryUrl(lang, 'places', id)),
    })),
    url: absoluteUrl(site, entryUrl(lang, 'events', entry.id)),
    ...(dated ? { startDate: data.date } : {}),
    ...(dated && data.endDate ? { endDate: data.endDate } : {}),
    inLanguage: HTML_LANG[lang],
  });
}
