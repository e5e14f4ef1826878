// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://beijing-exchange.example.org',
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
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Never inline scripts into pages: the Content-Security-Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
