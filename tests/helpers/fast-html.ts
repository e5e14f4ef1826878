/**
 * HTML parsed with htmlparser2, the parser cheerio itself uses for XML, here in HTML mode: several
 * times faster than cheerio's default (parse5), for the checks that walk every page of a large
 * build (tests/quality/, the URL checks of tests/site/citable.test.ts; the bench runs them on
 * 23,000 pages). The checks read attributes, ids and elements by tag and class, which both
 * parsers give alike; the tree is not kept: callers take what they need and let it go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parseDocument } from 'htmlparser2';

export function loadHtml(html: string): cheerio.CheerioAPI {
  return cheerio.load(parseDocument(html));
}

/** A built page by its URL path (`/zh/sources/`), parsed fast. */
export function loadBuiltPage(dist: string, urlPath: string): cheerio.CheerioAPI {
  return loadHtml(readFileSync(join(dist, urlPath, 'index.html'), 'utf8'));
}
