/**
 * RSS feed of timeline events, one per language; each item links to the event's anchor on its
 * month's page (the entry's URL, src/lib/urls/urls.ts).
 *
 * RSS wants a pubDate per item, but most events are known only to the year or month, or their
 * date is a deadline or was added by the site: turning "2025" into 1 January would invent a day.
 * So an item's pubDate is the day its entry was last changed on this site (when the item was
 * published, which is what pubDate means), and the event's own date is stated in words, with
 * its basis, at the start of the description.
 */
import { withCacheKeys } from '../../../registry/cache-keys';
import type { GetStaticPathsOptions } from 'astro';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { feedTitle, HTML_LANG, useTranslations, type Lang } from '../../../i18n/index';
import { eventDateText } from '../../../lib/format/provenance';
import { lastUpdated } from '../../../lib/page/last-updated';
import { absoluteUrl, entryUrl, languagePaths, localizedPath } from '../../../lib/urls/urls';
import { escapeHtmlText, xmlCharacters } from '../../../lib/format/escape';
import { getKnowledge, markNames } from '../../../registry';

export const getStaticPaths = ({ routePattern }: GetStaticPathsOptions) => withCacheKeys(routePattern, languagePaths());

export async function GET(context: APIContext) {
  const lang = context.params.lang as Lang;
  const t = useTranslations(lang);
  // Newest first, as feed readers expect.
  const { entries } = await getKnowledge();
  const events = [...entries.events].reverse();
  const items = await Promise.all(
    events.map(async ({ id, file, data }) => {
      const when = eventDateText(data, lang);
      return {
        // The feed builder escapes for XML; what XML cannot carry at all is dropped first.
        title: xmlCharacters(await markNames(data.title[lang], lang)),
        link: absoluteUrl(context.site, entryUrl(lang, 'events', id)),
        pubDate: new Date(lastUpdated([file])),
        // Readers render a description as HTML: it is plain text, so its markup is escaped.
        description: escapeHtmlText(
          xmlCharacters(
            lang === 'zh'
              ? `${when.text}（${when.basis}）。${data.summary[lang]}`
              : `${when.text} (${when.basis}). ${data.summary[lang]}`,
          ),
        ),
      };
    }),
  );
  return rss({
    title: `${feedTitle(lang)} · ${t('site.shortName')}`,
    description: t('site.tagline'),
    site: absoluteUrl(context.site, localizedPath(lang)),
    items,
    customData: `<language>${HTML_LANG[lang].toLowerCase()}</language>`,
    trailingSlash: true,
  });
}
