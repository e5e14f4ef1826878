/**
 * The dictionaries (src/i18n/{zh,en}.json) are the one place UI text lives: both hold the same
 * keys, and every key is read somewhere in src/, either written out (`t('nav.home')`) or as a
 * member of a family of keys built from a template literal (`nav.${path}`), which must be
 * declared in KEY_FAMILIES (src/i18n/index.ts). A key nothing reads, or a family nothing
 * declares, fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { KEY_FAMILIES, countText } from '../../src/i18n/index';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

const code = sourceFiles('src')
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const keys = Object.keys(en);

/** Every string literal of src/ that could be a key: 'a.b', "a.b" or `a.b` with nothing interpolated. */
const literals = new Set([...code.matchAll(/(['"`])([A-Za-z][\w.-]*)\1/g)].map((match) => match[2]));

/**
 * The fixed beginnings of template literals that build a key, `nav.${path}` → `nav.`: a
 * dotted prefix and one interpolation, nothing after it but key characters.
 */
const builtPrefixes = new Set(
  [...code.matchAll(/`([A-Za-z][\w.]*\.)\$\{[^`}]*\}[\w.]*`/g)]
    .map((match) => match[1])
    .filter((prefix) => keys.some((key) => key.startsWith(prefix))),
);

const inFamily = (key: string) => KEY_FAMILIES.some((family) => key.startsWith(family));

describe('UI dictionaries', () => {
  it('zh and en have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual([...keys].sort());
  });

  it('every key is read somewhere in src/', () => {
    const unread = keys.filter((key) => !literals.has(key) && !inFamily(key));
    expect(unread).toEqual([]);
  });

  it('every family of keys built from a template literal is declared', () => {
    const undeclared = [...builtPrefixes].filter((prefix) => !KEY_FAMILIES.some((family) => family === prefix));
    expect(undeclared).toEqual([]);
  });

  it('every declared family names keys and is built in src/', () => {
    for (const family of KEY_FAMILIES) {
      expect(
        keys.some((key) => key.startsWith(family)),
        `${family} names no key`,
      ).toBe(true);
      // Built from a template literal, or (Pagefind's strings) selected by its prefix.
      expect(builtPrefixes.has(family) || literals.has(family), `${family} is built nowhere in src/`).toBe(true);
    }
  });
});

describe('counted phrases', () => {
  const keys = { one: 'about.unusedWhere.one', other: 'about.unusedWhere' } as const;
  it('take the form the language’s plural rules choose', () => {
    expect(countText('en', 1, keys)).toMatch(/^1 point is set aside/);
    expect(countText('en', 2, keys)).toMatch(/^2 points are set aside/);
    expect(countText('en', 0, keys)).toMatch(/^0 points are/);
    expect(countText('zh', 1, keys)).toMatch(/^共有 1 个要点未使用/);
    expect(countText('zh', 3, keys)).toMatch(/^共有 3 个要点未使用/);
  });
});
