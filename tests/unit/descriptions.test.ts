import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LIMIT, clampDescription, firstSentence, groupDescription } from '../../src/lib/page/descriptions';

describe('meta descriptions', () => {
  it('take the first sentence in the language’s punctuation', () => {
    expect(firstSentence('One thing. Another, 3.5 of them.', 'en')).toBe('One thing.');
    expect(firstSentence('第一句。第二句。', 'zh')).toBe('第一句。');
    expect(firstSentence('No full stop', 'en')).toBe('No full stop');
  });

  it('are cut within the limit at a word (en) or character (zh), marked with an ellipsis', () => {
    const en = clampDescription('word '.repeat(100), 'en');
    expect(en.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT.en);
    expect(en).toMatch(/word…$/);
    const zh = clampDescription('汉字，'.repeat(100), 'zh');
    expect([...zh].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT.zh);
    expect(zh).toMatch(/字…$/);
    expect(clampDescription('  short \n text ', 'en')).toBe('short text');
  });
});

describe('a group page', () => {
  it('is described by its title and the entries it lists, in its language', () => {
    expect(groupDescription('术语：B', ['北京服务', '北京通'], 'zh')).toBe('术语：B：北京服务；北京通');
    expect(groupDescription('Glossary: B', ['Beijing Service', 'Beijing Pass'], 'en')).toBe(
      'Glossary: B: Beijing Service; Beijing Pass',
    );
  });
});
