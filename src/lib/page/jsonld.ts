/**
 * schema.org JSON-LD for the site's pages and entries. Pure builders: pages pass in text
 * already chosen for their language and absolute URLs.
 */
export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface PageFacts {
  name: string;
  url: string;
  inLanguage: string;
  siteName: string;
  siteUrl: string;
  dateModified: string;
  version: string;
  description?: string;
}

function publisher(page: PageFacts): JsonLd {
  return { '@type': 'Organization', name: page.siteName, url: page.siteUrl };
}

/** The page itself; source pages pass `citation` (the document they reproduce) and become Articles. */
export function webPage(page: PageFacts, citation?: JsonLd): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': citation ? 'Article' : 'WebPage',
    ...(citation ? { headline: page.name } : {}),
    name: page.name,
    url: page.url,
    inLanguage: page.inLanguage,
    ...(page.description ? { description: page.description } : {}),
    dateModified: page.dateModified,
    version: page.version,
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
    publisher: publisher(page),
    ...(citation ? { author: publisher(page), citation } : {}),
  };
}

/** The document a source page reproduces, as a CreativeWork (NewsArticle when it has an outlet). */
export function sourceDocument(input: { title: string; outlet: string | null; published: string | null }): JsonLd {
  return {
    '@type': input.outlet ? 'NewsArticle' : 'CreativeWork',
    headline: input.title,
    name: input.title,
    inLanguage: 'zh-CN',
    ...(input.outlet ? { publisher: { '@type': 'Organization', name: input.outlet } } : {}),
    ...(input.published ? { datePublished: input.published } : {}),
  };
}

export interface DatasetFacts {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
  siteName: string;
  siteUrl: string;
  dateModified: string;
  /** Absolute URL of the CSV with every indicator. */
  csvUrl: string;
  jsonUrl?: string;
  temporalCoverage?: string;
  citation?: string[];
}

/** One indicator, with the site-wide CSV (and JSON) as its downloadable distribution. */
export function dataset(facts: DatasetFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    inLanguage: facts.inLanguage,
    dateModified: facts.dateModified,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl },
    spatialCoverage: { '@type': 'Place', name: 'Beijing' },
    ...(facts.temporalCoverage ? { temporalCoverage: facts.temporalCoverage } : {}),
    ...(facts.citation?.length ? { citation: facts.citation } : {}),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: facts.csvUrl },
      ...(facts.jsonUrl
        ? [{ '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: facts.jsonUrl }]
        : []),
    ],
  };
}

export function place(facts: { name: string; description: string; url: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Place',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    containedInPlace: { '@type': 'City', name: 'Beijing' },
  };
}

export function event(facts: {
  name: string;
  description: string;
  url: string;
  /** Only a date the source states: absent for deadlines, years from names and years the site added. */
  startDate?: string;
  endDate?: string;
  inLanguage: string;
  /** Where a source says the event took place: none when no source states it (no default city). */
  location: { name: string; url: string }[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: facts.name,
    description: facts.description,
    url: facts.url,
    ...(facts.startDate ? { startDate: facts.startDate } : {}),
    ...(facts.endDate ? { endDate: facts.endDate } : {}),
    inLanguage: facts.inLanguage,
    ...(facts.location.length > 0
      ? { location: facts.location.map((place) => ({ '@type': 'Place', name: place.name, url: place.url })) }
      : {}),
  };
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`, safe against `</script>` in text. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
