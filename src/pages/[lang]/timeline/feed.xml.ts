/** RSS feed of timeline events, one per language; each item links to the event's anchor. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { HTML_LANG, useTranslations, type Lang } from '../../../i18n/index';
import { absoluteUrl, languagePaths, localizedPath } from '../../../lib/page/urls';
import { getKnowledge } from '../../../registry';

export const getStaticPaths = languagePaths;

/** A partial date (2025, 2025-03) as the first day it covers, for RSS's required pubDate. */
function firstDay(isoDate: string): Date {
  const [year, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  // Newest first, as feed readers expect.
  const events = [...(await getKnowledge()).events].reverse();
  return rss({
    title: `${t('cite.feedTitle')} · ${t('site.shortName')}`,
    description: t('site.tagline'),
    site: absoluteUrl(context.site, localizedPath(lang)),
    items: events.map(({ id, data }) => ({
      title: data.title[lang],
      link: absoluteUrl(context.site, `${localizedPath(lang, 'timeline')}#${id}`),
      pubDate: firstDay(data.date),
      description: data.summary[lang],
    })),
    customData: `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
    trailingSlash: true,
  });
}
