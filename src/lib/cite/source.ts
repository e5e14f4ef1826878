/** What a source page needs to cite the document it reproduces, and itself, as an Article. */
import type { OriginalDocument } from './text-styles';
import { HTML_LANG, useTranslations, type Lang } from '../../i18n/index';
import { sourceDocument, webPage, type JsonLd } from '../page/jsonld';
import { lastUpdatedDay } from '../page/last-updated';
import type { ContentFiles } from '../page/route-data';
import { absoluteUrl, localizedPath, localizedSourceTitle } from '../urls/urls';
import type { SourceEntry } from '../content/schemas';
import { SITE_VERSION } from '../page/site-meta';

/**
 * The original report a source summarises, as far as it is known (outlet, date, Chinese title
 * with the site's translation; never a URL or access date the site does not have): what a fact
 * from it is cited to first.
 */
export function originalDocument(source: SourceEntry, lang: Lang): OriginalDocument {
  return {
    lang,
    title: source.title,
    titleTranslated: source.titleEn ?? undefined,
    outlet: source.outlet?.zh ?? null,
    outletInPageLanguage: source.outlet?.[lang] ?? null,
    published: source.published,
  };
}

export function sourceCitation(source: SourceEntry, lang: Lang, site: URL | undefined, contentFiles: ContentFiles) {
  const t = useTranslations(lang);
  const title = localizedSourceTitle(source, lang);
  const original = originalDocument(source, lang);
  const jsonLd: JsonLd[] = [
    webPage(
      {
        name: title,
        url: absoluteUrl(site, localizedPath(lang, `sources/${source.slug}`)),
        inLanguage: HTML_LANG[lang],
        siteName: t('site.name'),
        siteUrl: absoluteUrl(site, localizedPath(lang)),
        dateModified: lastUpdatedDay(contentFiles),
        version: SITE_VERSION,
      },
      sourceDocument({ title: source.title, outlet: source.outlet?.zh ?? null, published: source.published }),
    ),
  ];
  // On Chinese pages the title is already the original; its translation is the English one.
  return { original, jsonLd, titleTranslated: lang === 'zh' ? (source.titleEn ?? undefined) : undefined };
}
