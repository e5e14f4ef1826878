// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import renames from './urls/renames.json';
import { redirectPagesWithPolicy, redirectsFor } from './src/lib/page/redirects.ts';
import { sitemapLinks } from './src/lib/page/site-meta.ts';
import { resolveSiteOrigin } from './src/lib/page/urls.ts';
import { siteConfig } from './src/site.config.ts';
import { remarkProseAllowlist } from './src/lib/checks/mdx-allowlist.ts';
import { remarkCiteScope } from './src/lib/content/remark-cite-scope.ts';

// SITE_URL (or the configured origin) is validated here: a bad value stops the build, naming it.
const origin = process.env.SITE_URL
  ? resolveSiteOrigin(process.env.SITE_URL, 'SITE_URL')
  : resolveSiteOrigin(siteConfig.origin, 'origin in src/site.config.ts');
if (process.argv.includes('build')) {
  if (origin.isPlaceholder) {
    console.warn(
      `[site] warning: the origin is the placeholder ${origin.href}; every page says "preview build". Set SITE_URL to the public origin.`,
    );
  }
  if (siteConfig.publisher === null || siteConfig.contact === null) {
    console.warn('[site] warning: publisher and contact are not set in src/site.config.ts; pages say "not yet set".');
  }
}

export default defineConfig({
  site: origin.href,
  base: origin.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content layer's cache stays inside the project, so a copy of the project builds alone.
  cacheDir: './.astro-cache',
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: { remarkPlugins: [remarkGfm] },
  integrations: [
    // MDX prose is text: Markdown and the site's own components only (src/lib/checks/mdx-allowlist.ts),
    // checked before any other plugin sees the tree.
    mdx({ remarkPlugins: [remarkProseAllowlist, remarkGfm, remarkCiteScope] }),
    sitemap({ serialize: (item) => ({ ...item, links: sitemapLinks(item.url, origin.href) }) }),
    redirectPagesWithPolicy(renames),
  ],
  // A renamed page leaves a redirect behind (see urls/renames.json and src/lib/page/redirects.ts).
  redirects: redirectsFor(renames, origin.base),
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
