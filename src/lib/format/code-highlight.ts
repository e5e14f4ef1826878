/**
 * Build-time code highlighting with classes instead of inline styles, so that a
 * Content-Security-Policy without 'unsafe-inline' styles holds. Shiki's dual-theme output
 * (`color:#x;--shiki-dark:#y`) becomes `class="shl-x shd-y"`; src/styles/code.css, generated
 * from the same themes by `themeCss` (see tests/unit/code-highlight.test.ts), colours them.
 */
import type { ShikiTransformer } from 'shiki';

export interface CodeTheme {
  colors?: Record<string, string>;
  tokenColors?: { settings?: { foreground?: string; fontStyle?: string } }[];
}

export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

const colorClass = (prefix: 'shl' | 'shd', color: string) => `${prefix}-${color.replace('#', '').toLowerCase()}`;

/** Class names for one token's inline style. */
export function styleClasses(style: string): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [property, value] = declaration.split(':').map((part) => part?.trim());
    if (!property || !value) continue;
    if (property === 'color') classes.push(colorClass('shl', value));
    else if (property === '--shiki-dark') classes.push(colorClass('shd', value));
    else if (property === 'font-style' && value === 'italic') classes.push('sh-italic');
    else if (property === 'font-weight' && value === 'bold') classes.push('sh-bold');
    else if (property === 'text-decoration' && value === 'underline') classes.push('sh-underline');
  }
  return classes;
}

export const styleToClass: ShikiTransformer = {
  name: 'bjiec:style-to-class',
  preprocess(_code, options) {
    // Shiki stops tokenizing a line after 500 ms by default and leaves its rest one token: on a
    // loaded machine (the first line also compiles the grammar) the classes then differ between
    // two builds of the same tree. Astro's <Code> passes no options through; this is the way in.
    // 0 is "no limit" (vscode-textmate's tokenizeLine2).
    options.tokenizeTimeLimit = 0;
  },
  pre(node) {
    // Background, foreground and overflow come from code.css.
    delete node.properties.style;
  },
  span(node) {
    const style = node.properties.style;
    if (typeof style !== 'string') return;
    delete node.properties.style;
    const classes = styleClasses(style);
    if (classes.length > 0) this.addClassToHast(node, classes);
  },
};

function themeColors(theme: CodeTheme): string[] {
  const colors = (theme.tokenColors ?? [])
    .map((rule) => rule.settings?.foreground)
    .filter((color): color is string => Boolean(color));
  if (theme.colors?.['editor.foreground']) colors.push(theme.colors['editor.foreground']);
  return [...new Set(colors.map((color) => color.toLowerCase()))].sort();
}

/**
 * Light-theme colours too faint on the code blocks' white for WCAG AA (4.5:1), and the darker
 * shade drawn instead: github-light's orange #e36209 has 3.5:1.
 */
export const LIGHT_CONTRAST_FIXES: Readonly<Record<string, string>> = { '#e36209': '#b34700' };

/** The stylesheet for every colour the two themes can give a token. */
export function themeCss(light: CodeTheme, dark: CodeTheme): string {
  const block = (theme: CodeTheme) =>
    `background-color: ${theme.colors?.['editor.background'] ?? 'transparent'}; color: ${theme.colors?.['editor.foreground'] ?? 'inherit'};`;
  return [
    '/* Generated from the Shiki themes by themeCss (src/lib/format/code-highlight.ts): do not edit; run `npx vitest run tests/unit/code-highlight.test.ts -u`. */',
    `.astro-code { ${block(light)} overflow-x: auto; }`,
    '.sh-italic { font-style: italic; }',
    '.sh-bold { font-weight: bold; }',
    '.sh-underline { text-decoration: underline; }',
    ...themeColors(light).map(
      (color) => `.${colorClass('shl', color)} { color: ${LIGHT_CONTRAST_FIXES[color] ?? color}; }`,
    ),
    '@media (prefers-color-scheme: dark) {',
    `  .astro-code { ${block(dark)} }`,
    ...themeColors(dark).map((color) => `  .${colorClass('shd', color)} { color: ${color}; }`),
    '}',
    '',
  ].join('\n');
}
