/**
 * The import check of `npm run lint`: data flows one way, so every folder of `src/` stands in
 * one layer and imports only from layers below it (or from its own folder). A new folder must
 * be given a layer here, or the check refuses it. The layers, lowest first, are written out in
 * README.md ("How it is built").
 */
const LAYERS = [
  // What every layer may read: the UI dictionaries and the site's settings.
  ['src/site.config.ts', 'src/i18n'],
  // Shared primitives: errors, reads recorded for incremental builds, reading figures in text.
  ['src/lib/errors.ts'],
  ['src/lib/incremental'],
  ['src/lib/text'],
  // The parser of the seeds, then the kinds, schemas and the seed/metadata join.
  ['src/lib/seeds'],
  ['src/lib/content'],
  // Pure helpers over checked data: formatting, search query understanding, URLs.
  ['src/lib/format'],
  ['src/lib/search'],
  ['src/lib/urls'],
  ['src/lib/checks'],
  ['src/lib/page'],
  ['src/lib/cite'],
  // The validation stage that reads every input, then the registry pages ask.
  ['src/lib/read'],
  ['src/registry'],
  // What runs in the reader's browser, then Astro's own entry points, components and pages.
  ['src/browser'],
  // The middleware, and the type of what it gives every page (src/env.d.ts: App.Locals).
  ['src/loaders', 'src/content.config.ts', 'src/middleware.ts', 'src/env.d.ts'],
  ['src/components'],
  ['src/layouts'],
  ['src/pages'],
];

const escape = (path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folderPattern = (paths) =>
  `^(${paths.map((path) => escape(path) + (path.endsWith('.ts') ? '$' : '/')).join('|')})`;

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, index) => ({
      name: `layer-${index}-imports-upward`,
      comment: `${layer.join(', ')} may import only from the layers below it (.dependency-cruiser.cjs).`,
      severity: 'error',
      from: { path: folderPattern(layer) },
      to: { path: folderPattern(LAYERS.slice(index + 1).flat()) },
    })),
    {
      name: 'folder-without-layer',
      comment: 'Every module of src/ stands in a layer: add its folder to LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: folderPattern(LAYERS.flat()) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'Modules import one another one way only.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-imports-scripts',
      comment: 'The site does not import the build and editor scripts; they import it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
