// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import renames from './urls/renames.json';
import { redirectPagesWithPolicy, redirectsFor } from './src/lib/page/redirects.ts';
import { sitemapLinks } from './src/lib/page/site-meta.ts';
import { resolveSiteOrigin } from './src/lib/urls/urls.ts';
import { siteConfig } from './src/site.config.ts';
import { remarkProseAllowlist } from './src/lib/checks/mdx-allowlist.ts';
import { remarkCiteScope } from './src/lib/content/remark-cite-scope.ts';
import { CACHE_DIR } from './src/lib/incremental/page-reads-file.ts';
import { pageReadsRecord } from './src/lib/incremental/integration.ts';
import { contentWatch } from './src/lib/read/dev-watch.ts';

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
  // The content layer's and the incremental build's caches stay inside the project, so a copy of
  // the project builds alone.
  cacheDir: `./${CACHE_DIR}`,
  // Pages whose cache key (src/registry/cache-keys.ts) and code are unchanged are copied from
  // the last build instead of rendered; the cache lives in cacheDir, and without it every page
  // is rendered. Needs build.concurrency 1 (the default).
  experimental: { incrementalBuild: true },
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Prose goes through remark (unified), not Astro 7's default Sätteri: the prose allowlist and the
  // cite scope are remark plugins. GFM is the processor's own (gfm: true, remark-gfm inside).
  markdown: { processor: unified({ gfm: true }) },
  // Astro 7's default, and Prettier's for .astro files: whitespace with a line break between
  // elements is dropped, so a space that matters between inline elements is written {' '}.
  compressHTML: 'jsx',
  integrations: [
    // MDX prose is text: Markdown and the site's own components only (src/lib/checks/mdx-allowlist.ts),
    // checked before any other plugin sees the tree.
    mdx({ processor: unified({ gfm: true, remarkPlugins: [remarkProseAllowlist, remarkCiteScope] }) }),
    sitemap({ serialize: (item) => ({ ...item, links: sitemapLinks(item.url, origin.href) }) }),
    redirectPagesWithPolicy(renames),
    pageReadsRecord(),
    // npm run dev: the content checked again on every save, problems shown, pages reloaded.
    contentWatch(),
  ],
  // A renamed page leaves a redirect behind (see urls/renames.json and src/lib/page/redirects.ts).
  redirects: redirectsFor(renames, origin.base),
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows no inline script.
  vite: {
    build: {
      assetsInlineLimit: 0,
      // One stylesheet for the site: src/styles/global.css and every component's <style> block
      // go into one chunk, so a page links one file (and code.css where it shows code), not
      // one per group of pages that share a component.
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'site', test: /global\.css|\?astro&type=style/ }] } },
      },
    },
  },
});
