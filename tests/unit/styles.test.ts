/**
 * Where the site's CSS lives: src/styles/global.css is the base, and a class only one component
 * or page template renders is styled in that file's scoped <style> block, not in global.css.
 * A class global.css styles must be rendered by at least two templates, or be a base helper
 * also given from script or set as HTML (visually-hidden, muted, tag).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

function filesUnder(dir: string, extension: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extension.test(file))
    .map((file) => join(dir, file));
}

/** The classes a template renders: its `class="…"` and `class:list={…}` values, without its <style> blocks. */
function renderedClasses(source: string): Set<string> {
  const markup = source.replace(/<style[\s\S]*?<\/style>/g, '');
  const values = [
    ...[...markup.matchAll(/\bclass="([^"]*)"/g)].map((match) => match[1]!),
    ...[...markup.matchAll(/\bclass:list=\{([^}]*)\}/g)].map((match) => match[1]!.replace(/['",[\]{}:]/g, ' ')),
  ];
  return new Set(values.flatMap((value) => value.split(/\s+/)).filter((name) => /^[a-z][\w-]*$/.test(name)));
}

/** The classes a stylesheet's selectors name (comments and declarations left out). */
function styledClasses(css: string): Set<string> {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\{[^{}]*\}/g, '{}')
    .replace(/@[^{]*\{/g, '');
  return new Set([...selectors.matchAll(/\.([a-z][\w-]*)/g)].map((match) => match[1]!));
}

/** Classes also given by browser scripts or HTML set from strings (src/browser, src/lib). */
function classesFromScript(): Set<string> {
  const text = [...filesUnder(join(SRC, 'browser'), /\.ts$/), ...filesUnder(join(SRC, 'lib'), /\.ts$/)]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return new Set([
    ...[...text.matchAll(/class="([^"$]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)),
    ...[...text.matchAll(/element\(\s*'[a-z0-9]+',\s*'([^']+)'/g)].flatMap((match) => match[1]!.split(/\s+/)),
  ]);
}

describe('styles', () => {
  const templates = filesUnder(SRC, /\.astro$/).map((file) => ({
    file,
    classes: renderedClasses(readFileSync(file, 'utf8')),
  }));
  const global = styledClasses(readFileSync(join(SRC, 'styles', 'global.css'), 'utf8'));
  const fromScript = classesFromScript();

  it('reads the classes of the templates and of global.css', () => {
    expect(templates.length).toBeGreaterThan(20);
    expect(global.size).toBeGreaterThan(5);
    // The parsers see what the site renders: SiteHeader.astro's header and a script's search result.
    expect(templates.find(({ file }) => file.endsWith('SiteHeader.astro'))!.classes).toContain('site-header');
    expect(fromScript).toContain('search-result');
  });

  it('keeps in global.css only classes that several templates (or scripts) render', () => {
    const misplaced = [...global].flatMap((name) => {
      const owners = templates.filter(({ classes }) => classes.has(name)).map(({ file }) => file);
      if (owners.length >= 2 || (owners.length === 1 && fromScript.has(name))) return [];
      return [
        owners.length > 0
          ? `.${name}: only ${owners[0]} renders it; style it in that file's <style> block`
          : fromScript.has(name)
            ? `.${name}: only a script or HTML string renders it; style it (:global) in the component that hosts it`
            : `.${name}: nothing renders it; remove the rule`,
      ];
    });
    expect(misplaced).toEqual([]);
  });
});
