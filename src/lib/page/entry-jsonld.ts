/**
 * JSON-LD for the knowledge entries, built from registry data only (figures go through
 * figureParts like everywhere else). Pages pass the result as Base's `jsonLd`.
 */
import { figureParts } from '../format/figures';
import { HTML_LANG, useTranslations, type Lang } from '../../i18n/index';
import { dataset, event, place, type JsonLd } from './jsonld';
import { isoDay, lastUpdated } from './last-updated';
import { absoluteUrl, dataPath, entryUrl, localizedPath, pointUrl } from './urls';
import type { Citation, Indicator, Place, TimelineEvent } from '../content/schemas';

type Site = URL | string | undefined;

/** The source points an entry cites, as absolute URLs of their anchors on the site. */
function citationUrls(citations: readonly Citation[], lang: Lang, site: Site): string[] {
  return [...new Set(citations.map((citation) => absoluteUrl(site, pointUrl(lang, citation.source, citation.point))))];
}

export function indicatorJsonLd(entry: { id: string; file: string; data: Indicator }, lang: Lang, site: Site): JsonLd {
  const t = useTranslations(lang);
  const { data } = entry;
  return dataset({
    name: data.title[lang],
    description: `${data.title[lang]}: ${figureParts(data, lang).text} (${data.period[lang]})`,
    url: absoluteUrl(site, entryUrl(lang, 'indicators', entry.id)),
    inLanguage: HTML_LANG[lang],
    siteName: t('site.name'),
    siteUrl: absoluteUrl(site, localizedPath(lang)),
    dateModified: isoDay(lastUpdated([entry.file])),
    csvUrl: absoluteUrl(site, dataPath('indicators.csv')),
    jsonUrl: absoluteUrl(site, dataPath('indicators.json')),
    citation: citationUrls(data.citations, lang, site),
  });
}

export function placeJsonLd(entry: { id: string; data: Place }, lang: Lang, site: Site): JsonLd {
  return place({
    name: entry.data.title[lang],
    description: entry.data.summary[lang],
    url: absoluteUrl(site, entryUrl(lang, 'places', entry.id)),
  });
}

export function eventJsonLd(entry: { id: string; data: TimelineEvent }, lang: Lang, site: Site): JsonLd {
  const { data } = entry;
  return event({
    name: data.title[lang],
    description: data.summary[lang],
    url: absoluteUrl(site, entryUrl(lang, 'events', entry.id)),
    startDate: data.date,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    inLanguage: HTML_LANG[lang],
  });
}
