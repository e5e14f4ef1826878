/**
 * Locked-down pages, as built: the Content-Security-Policy is in a <meta> tag at the top of
 * every page's <head>, equal to the header policy in public/_headers; no page carries inline
 * script, inline event handlers or inline styles the policy would block. The browser side
 * (no request leaves the origin, no CSP violation) is in tests/quality/chromium.test.ts.
 */
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from '../../src/lib/page/security';
import { builtPages, pageHtml } from '../helpers/dist';

const pages = builtPages();

function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found?.slice(1);
}

function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

describe('the Content-Security-Policy', () => {
  it('allows no inline script, no plugins, no foreign <base>, and only what Pagefind needs beyond that', () => {
    const scripts = directive(CSP_META, 'script-src')!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(CSP_META, 'style-src')).toEqual(["'self'"]);
    expect(directive(CSP_META, 'object-src')).toEqual(["'none'"]);
    expect(directive(CSP_META, 'base-uri')).toEqual(["'self'"]);
    expect(directive(CSP_META, 'default-src')).toEqual(["'self'"]);
    // Directives a <meta> policy cannot carry make browsers log errors: header only.
    expect(directive(CSP_META, 'frame-ancestors')).toBeUndefined();
    expect(directive(CSP_HEADER, 'frame-ancestors')).toEqual(["'none'"]);
    for (const name of CSP_DIRECTIVES) expect(CSP_HEADER).toContain(name);
  });

  it('is the first thing in <head> after the charset on every page, before any script or stylesheet', () => {
    for (const page of pages) {
      const $ = cheerio.load(pageHtml(page));
      const metas = $('meta[http-equiv="content-security-policy" i]');
      expect(metas.length, page).toBe(1);
      expect(metas.attr('content'), page).toBe(CSP_META);
      const head = $('head').children().toArray();
      const at = head.indexOf(metas.get(0)!);
      const firstLoad = head.findIndex((element) =>
        $(element).is('script, link[rel~="stylesheet"], link[rel="modulepreload"], style'),
      );
      expect(at, page).toBeLessThanOrEqual(1);
      if (firstLoad !== -1) expect(at, page).toBeLessThan(firstLoad);
    }
  });

  it('has nothing inline to block: no inline scripts, event-handler attributes, javascript: URLs, <style> or style attributes', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(pageHtml(page));
      $('script').each((_, element) => {
        const script = $(element);
        if (/^application\/(ld\+)?json$/i.test(script.attr('type') ?? '')) return;
        if (script.attr('src') === undefined || script.text().trim() !== '') problems.push(`${page}: inline <script>`);
        // The site's own scripts are bundled by Astro; anything else would be a script typed in a page.
        else if (!/^\/_astro\/.+\.js$/.test(script.attr('src')!))
          problems.push(`${page}: <script src> outside /_astro/`);
      });
      $('style').each(() => void problems.push(`${page}: <style> element`));
      $('[style]').each((_, element) => void problems.push(`${page}: style attribute on <${element.tagName}>`));
      $('*').each((_, element) => {
        for (const name of Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) problems.push(`${page}: ${name} on <${(element as { tagName?: string }).tagName}>`);
        }
      });
      $('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').each(
        () => void problems.push(`${page}: javascript: URL`),
      );
    }
    expect(problems).toEqual([]);
  });
});

describe('public/_headers', () => {
  const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
  const all = rules.get('/*');

  it('is copied into the built site', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });

  it('sends the policy and the other security headers for every path', () => {
    expect(all).toBeDefined();
    expect(all!.get('content-security-policy')).toBe(CSP_HEADER);
    expect(all!.get('strict-transport-security')).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(all!.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(31536000);
    expect(all!.get('x-content-type-options')).toBe('nosniff');
    expect(all!.get('referrer-policy')).toMatch(
      /^(no-referrer|strict-origin|strict-origin-when-cross-origin|same-origin)$/,
    );
    expect(all!.get('permissions-policy')).toMatch(/camera=\(\)/);
    expect(all!.get('permissions-policy')).toMatch(/geolocation=\(\)/);
  });
});
