import { localizedPath } from '../../src/lib/urls/urls';
import { describe, expect, it } from 'vitest';
import { isValidPartialDate, partialIsoDate, sourceMetadata } from '../../src/lib/content/schemas';
import { validateEntry } from '../../src/lib/checks/validate';
import { dictionaryKeys, otherLang, useTranslations } from '../../src/i18n/index';
import { formatPartialDate } from '../../src/lib/format/values';

describe('dates', () => {
  it('accepts a year, a month or a day that exist', () => {
    for (const value of ['2025', '2025-03', '2025-10-16', '2024-02-29'])
      expect(isValidPartialDate(value), value).toBe(true);
  });
  it('refuses impossible or malformed dates', () => {
    for (const value of ['2025-13', '2025-13-45', '2025-02-29', '2025-3', '16/10/2025', '']) {
      expect(isValidPartialDate(value), value).toBe(false);
    }
  });
  it('turns a YAML date object back into its ISO day', () => {
    expect(partialIsoDate.parse(new Date(Date.UTC(2025, 9, 16)))).toBe('2025-10-16');
  });
  it('formats a date at its own precision in each language', () => {
    expect(formatPartialDate('2025-03', 'zh')).toBe('2025年3月');
    expect(formatPartialDate('2025-03', 'en')).toBe('March 2025');
    expect(formatPartialDate('2025-10-16', 'zh')).toBe('2025年10月16日');
    expect(formatPartialDate('2025-10-16', 'en')).toBe('16 October 2025');
    expect(formatPartialDate('2026', 'en')).toBe('2026');
  });
});

describe('metadata validation', () => {
  it('names the file, the entry and the bad field with its value', () => {
    const bad = { slug: 'Bad Slug', title: 't', titleEn: 't', outlet: null, published: '2025-13-45' };
    expect(() => validateEntry(sourceMetadata, bad, 'src/content/sources.yaml', 'entry 4')).toThrow(
      /^src\/content\/sources\.yaml \(entry 4\): invalid entry: slug: must be lowercase ASCII words joined by "-" \(got "Bad Slug"\); published: is not a valid date/,
    );
  });
  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const typo = { slug: 'a', title: 't', titleEn: 't', outlet: null, published: null, note: [] };
    expect(() => validateEntry(sourceMetadata, typo, 'f.yaml')).toThrow(/Unrecognized key/);
  });
});

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(dictionaryKeys('zh')).toEqual(dictionaryKeys('en'));
  });
  it('fill placeholders', () => {
    expect(useTranslations('en')('sources.points', { count: 12 })).toBe('12 points');
    expect(useTranslations('zh')('sources.points', { count: 12 })).toBe('12 个要点');
  });
  it('build the same path in both languages', () => {
    expect(localizedPath('zh', 'sources/x')).toBe('/zh/sources/x/');
    expect(localizedPath('en', '/sources/x/')).toBe('/en/sources/x/');
    expect(localizedPath(otherLang('zh'))).toBe('/en/');
  });
});
