// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import renames from './urls/renames.json';
import { redirectPagesWithPolicy, redirectsFor } from './src/lib/page/redirects.ts';
import { siteUrlFromSetting, sitemapLinks } from './src/lib/page/site-meta.ts';
import { remarkProseAllowlist } from './src/lib/checks/mdx-allowlist.ts';
import { remarkCiteScope } from './src/lib/content/remark-cite-scope.ts';

export default defineConfig({
  site: siteUrlFromSetting(process.env.SITE_URL),
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
    sitemap({ serialize: (item) => ({ ...item, links: sitemapLinks(item.url) }) }),
    redirectPagesWithPolicy(renames),
  ],
  // A renamed page leaves a redirect behind (see urls/renames.json and src/lib/page/redirects.ts).
  redirects: redirectsFor(renames),
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
