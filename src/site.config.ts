/**
 * Who publishes the site, where it lives and under what terms: one typed file, validated when
 * it is loaded. Footer, About and the citations read it; `SITE_URL` (when set) overrides the
 * origin. A value left `null` is a placeholder: pages say it is not set yet and the build warns.
 */
import { z } from 'astro/zod';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const siteConfigSchema = z.object({
  name: bilingual,
  shortName: bilingual,
  /** The person or organisation responsible for the site; null until it is decided. */
  publisher: bilingual.nullable(),
  /** How readers reach the publisher (an email address or a URL); null until it is decided. */
  contact: z.string().min(1).nullable(),
  /** The licence of the site's own text and data (not of the source documents it quotes). */
  licence: z.object({ name: z.string().min(1), url: z.url() }),
  /** Shown on every page: the site is not an official publication. */
  unofficialNotice: bilingual,
  /** The public origin, with a path when the site is served under one; null uses SITE_URL or the placeholder. */
  origin: z.string().nullable(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const siteConfig: SiteConfig = siteConfigSchema.parse({
  name: { zh: '北京国际交往中心功能建设', en: 'Beijing as an International Exchange Center' },
  shortName: { zh: '北京国际交往中心', en: 'Beijing International Exchange Center' },
  publisher: null,
  contact: null,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  unofficialNotice: {
    zh: '非官方网站：本站不是政府网站，也不代表任何政府机构。',
    en: 'Unofficial: this is not a government site and does not speak for any government body.',
  },
  origin: null,
});
