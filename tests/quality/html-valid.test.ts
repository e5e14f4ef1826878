/**
 * Valid HTML: html-validate over every built page, zero errors.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/dist';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // A source page's title is the source document's full title, which can run past 70
    // characters; cutting it would misquote the source. Titles stay whole.
    'long-title': 'off',
    // Checkboxes that share a name submit a list (?kind=a&kind=b): standard HTML forms.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
const validator = new HtmlValidate(config);

describe('html-validate itself', () => {
  it('reports errors in broken HTML with this configuration', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div id="a"></div><p id="a"><div></div></p><img src="x.png"></body></html>',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });
});

describe('the built HTML', () => {
  const pages = builtPages();

  it('is valid on every page (html-validate, recommended rules)', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(join(DIST, page, 'index.html'));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(`${page} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
