import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { describe, expect, it } from 'vitest';
import { styleClasses, themeCss, type CodeTheme } from '../../src/lib/format/code-highlight';

describe('code highlighting without inline styles', () => {
  it('turns Shiki’s dual-theme token styles into classes', () => {
    expect(styleClasses('color:#D73A49;--shiki-dark:#F97583')).toEqual(['shl-d73a49', 'shd-f97583']);
    expect(styleClasses('color:#6A737D;font-style:italic;--shiki-dark:#6A737D')).toEqual([
      'shl-6a737d',
      'sh-italic',
      'shd-6a737d',
    ]);
  });

  it('keeps src/styles/code.css generated from the themes (update with -u)', async () => {
    await expect(themeCss(githubLight as CodeTheme, githubDark as CodeTheme)).toMatchFileSnapshot(
      '../../src/styles/code.css',
    );
  });
});
