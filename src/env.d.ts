/**
 * What src/middleware.ts gives every page's render: its language and that language's dictionary
 * (src/i18n/index.ts `pageLocals`). Components read them from `Astro.locals`.
 */
declare namespace App {
  interface Locals {
    lang: import('./i18n/index').Lang;
    t: import('./i18n/index').Translate;
  }
}
