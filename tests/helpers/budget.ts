/**
 * The page budget (gzip-compressed sizes), and which pages may carry a script at all.
 * The numbers are the issue's; they are asserted in tests/quality/budget.test.ts.
 */
export const BUDGET = {
  /** Each HTML page, gzipped. */
  htmlPageBytes: 30 * 1024,
  /** All CSS the site ships (every stylesheet any page links), gzipped, together. */
  cssTotalBytes: 20 * 1024,
  /** The site's own script on a page that needs one (beside Pagefind's files), gzipped. */
  siteScriptBytes: 10 * 1024,
  /** The one script every such page shares (src/browser/site.ts), gzipped. */
  sharedScriptBytes: 2 * 1024,
};

/**
 * Pages that need a script: the search page in each language, and pages with a feature that
 * only works with one (the copy buttons of a citation panel, hidden until the script shows
 * them). Every other page must have none.
 */
export const PAGES_WITH_SCRIPT = /^\/(zh|en)\/search\/$/;
export const FEATURES_NEEDING_SCRIPT = 'button.cite-copy';

/** Pagefind's own files: budgeted by Pagefind, not by the site. */
export const PAGEFIND_PATH = /^\/pagefind\//;
