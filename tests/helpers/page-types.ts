/**
 * Built pages grouped by the template that renders them, for the checks that cost a browser
 * page load each (axe, layout): one route template renders every page of a type the same way,
 * so those checks run on the pages that stretch each template most, and their number stays
 * the same as the corpus grows. Checks of the HTML itself (links, validity, budget, security)
 * still read every page.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BY_INITIAL, BY_MONTH } from '../../src/lib/content/kinds';
import { DIST, builtPages } from './site';

const GROUP_SEGMENTS = new Set<string>([BY_MONTH, BY_INITIAL]);

/**
 * The page type of a URL path: its language and section, with each entry's or group's own
 * segment replaced by `*` (`/en/places/sanlitun/` → `/en/places/*`, `/zh/timeline/by-month/2025/`
 * → `/zh/timeline/by-month/*`).
 */
export function pageType(urlPath: string): string {
  const [lang, section, ...rest] = urlPath.split('/').filter(Boolean);
  const tail = rest.map((segment) => (GROUP_SEGMENTS.has(segment) ? segment : '*'));
  return '/' + [lang, section, ...tail].filter((segment) => segment !== undefined).join('/');
}

const bytes = (urlPath: string) => statSync(join(DIST, urlPath, 'index.html')).size;

/**
 * Per page type, its largest page (the most content, so the most to check) and its smallest
 * (the template with the least in it): every type in both languages, whatever the corpus holds.
 */
export function representativePages(pages: string[] = builtPages()): string[] {
  const byType = new Map<string, string[]>();
  for (const page of pages) {
    const type = pageType(page);
    const members = byType.get(type);
    if (members) members.push(page);
    else byType.set(type, [page]);
  }
  const chosen = new Set<string>();
  for (const members of byType.values()) {
    const sized = members.map((page) => ({ page, size: bytes(page) })).sort((a, b) => a.size - b.size);
    chosen.add(sized[0].page);
    chosen.add(sized.at(-1)!.page);
  }
  return [...chosen].sort();
}
