/**
 * Code highlighting gives the same classes however slow the machine is: Shiki stops tokenizing
 * a line once its time limit (500 ms by default) has passed and leaves the rest one token, so a
 * loaded machine built `zh/data/index.html` with other classes. The site's transformer lifts
 * the limit. A clock that jumps a second at every reading plays the loaded machine.
 */
import { codeToHtml } from 'shiki';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CODE_THEMES, styleToClass } from '../../src/lib/format/code-highlight';

const CODE = [
  "const rows = await fetch('https://example.org/data/indicators.json').then((response) => response.json());",
  "console.log(rows.filter((row) => row.value > 100).map((row) => `${row.id}: ${row.value}`).join('\\n'));",
].join('\n');

const highlight = () => codeToHtml(CODE, { lang: 'js', themes: CODE_THEMES, transformers: [styleToClass] });

afterEach(() => vi.restoreAllMocks());

describe('code highlighting does not depend on the machine’s speed', () => {
  it('gives the same classes when every reading of the clock is a second later', async () => {
    const unhurried = await highlight();
    expect(unhurried).toMatch(/class="shl-[0-9a-f]+ shd-[0-9a-f]+"/);
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    expect(await highlight()).toBe(unhurried);
  });
});
