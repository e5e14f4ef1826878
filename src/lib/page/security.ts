/**
 * The site's Content-Security-Policy: one definition, served in a <meta> tag on every page
 * (src/components/SecurityPolicy.astro) and, with the other security headers, in
 * public/_headers for hosts that read it (tests/quality/security.test.ts keeps the two equal).
 *
 * Everything comes from the site's own origin. No inline script or style is allowed: Astro
 * bundles scripts and styles into files (build.inlineStylesheets is 'never' and
 * vite.build.assetsInlineLimit is 0, so small scripts are not inlined either). Pagefind
 * compiles its WebAssembly at run time, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors is ignored there, so it is left out). */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** The policy as an HTTP header: the meta policy plus what only a header can say. */
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
