import { describe, expect, it } from 'vitest';
import { applyTranslation, figuresIn } from '../../src/lib/content/translations';
import type { SourceEntry } from '../../src/lib/content/schemas';

describe('figures in a text', () => {
  it('reads grouped numbers, ordinals and percentages', () => {
    expect(figuresIn('over 35,000 foreign companies and 47 Fortune Global 500 companies')).toEqual([35000, 47, 500]);
    expect(figuresIn('ranked 6th in the "Index 2025", 32% growth')).toEqual([6, 2025, 32]);
    expect(figuresIn('外资企业超过35,000家，增长32%')).toEqual([35000, 32]);
  });
  it('leaves out the month and day of a Chinese date, which English writes in words', () => {
    expect(figuresIn('于2025年3月前实施')).toEqual([2025]);
    expect(figuresIn('2025年10月16日')).toEqual([2025]);
  });
});

const source: SourceEntry = {
  slug: 'first',
  title: '标题',
  titleEn: 'Title',
  outlet: null,
  published: null,
  notes: [],
  publishedTime: null,
  outletAsWritten: null,
  seedFile: 'seeds/x.txt',
  seedLine: 5,
  corpus: null,
  sections: [
    {
      id: 'g1',
      label: 'Group 1',
      heading: 'Growth',
      headingZh: null,
      points: [{ id: 'g1-1', raw: 'Increased to 127 [4]', text: 'Increased to 127', markers: [4], zh: null }],
    },
  ],
};

describe('applying a translation', () => {
  it('adds headings and points in Chinese', () => {
    const translated = applyTranslation(
      source,
      { headings: { g1: '增长' }, points: { 'g1-1': '增至127家' } },
      't.yaml',
    );
    expect(translated.sections[0].headingZh).toBe('增长');
    expect(translated.sections[0].points[0].zh).toBe('增至127家');
  });
  it('refuses a figure the source point does not state, naming the file and point', () => {
    expect(() => applyTranslation(source, { headings: {}, points: { 'g1-1': '增至172家' } }, 't.yaml')).toThrow(
      /^t\.yaml \(points\.g1-1\): the translation states 172 \("172" in "增至172家"\), which the source point does not\.\n {2}→ correct points\.g1-1 in t\.yaml/,
    );
  });
  it('refuses ids that do not exist', () => {
    expect(() => applyTranslation(source, { headings: {}, points: { 'g1-2': '某' } }, 't.yaml')).toThrow(
      /has no point "g1-2"/,
    );
    expect(() => applyTranslation(source, { headings: { g2: '某' }, points: {} }, 't.yaml')).toThrow(
      /has no section "g2"/,
    );
  });
});
