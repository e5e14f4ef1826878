/**
 * The references `npm run rename` rewrites, found by reading each file as what it is (YAML nodes,
 * MDX component attributes) and changed in place, so that everything else in the file (comments,
 * quoting, order) stays as the editor wrote it.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Kind } from '../../src/lib/content/kinds';

/** Replaces the text of each [start, end) range by `value`, last first. */
function splice(text: string, ranges: readonly [number, number][], value: string): string {
  let result = text;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) {
    const quote = /^["']/.test(result[start]) ? result[start] : '';
    result = result.slice(0, start) + quote + value + quote + result.slice(end);
  }
  return result;
}

/** The keys of the pairs above a node: ['related', 'places'], ['citations', 'source']… */
function keysOf(path: readonly unknown[]): string[] {
  return path.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
}

/** Does this reference, at this place of an entry file, name an entry of `kind`? */
function namesKind(kind: Kind, keys: readonly string[], path: readonly unknown[], inSeq: boolean): boolean {
  const last = keys.at(-1);
  if (kind === 'sources') return last === 'source';
  if (keys.length >= 2 && keys.at(-2) === 'related' && last === kind && inSeq) return true;
  if (kind === 'indicators' && keys.join('.') === 'comparison.of') return true;
  if (keys.join('.') === 'page.id') {
    const page = [...path].reverse().find((node) => isMap(node));
    return isMap(page) && page.get('kind') === kind;
  }
  return false;
}

/**
 * A YAML file of the content with every reference to `kind` entry `from` renamed `to`, or null
 * when it has none: citations' `source` (sources), `related.<kind>`, `comparison.of`, a glossary
 * term's `page`.
 */
export function renameInYaml(text: string, kind: Kind, from: string, to: string): string | null {
  return renameValues(text, from, to, (keys, path, inSeq) => namesKind(kind, keys, path, inSeq));
}

/** src/content/sources.yaml with the document whose `slug` is `from` given `to`. */
export function renameSourceSlug(text: string, from: string, to: string): string | null {
  return renameValues(text, from, to, (keys) => keys.join('.') === 'slug');
}

type Where = (keys: readonly string[], path: readonly unknown[], inSeq: boolean) => boolean;

function renameValues(text: string, from: string, to: string, where: Where): string | null {
  const document = parseDocument(text);
  const ranges: [number, number][] = [];
  visit(document, {
    Scalar(_key, node, path) {
      if (node.value !== from || !node.range) return;
      const parent = path.at(-1);
      const isValue = isPair(parent) ? parent.value === node : isSeq(parent);
      if (isValue && where(keysOf(path), path, isSeq(parent))) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges.length === 0 ? null : splice(text, ranges, to);
}

/** The MDX component that names an entry of a kind by id in prose. */
const PROSE_COMPONENT: Partial<Record<Kind, string>> = { indicators: 'Figure', glossary: 'Term' };

/** MDX prose with `<Figure id="from">` or `<Term id="from">` renamed, or null when it has none. */
export function renameInProse(text: string, kind: Kind, from: string, to: string): string | null {
  const component = PROSE_COMPONENT[kind];
  if (!component) return null;
  const pattern = new RegExp(`(<${component}\\b[^>]*\\bid=)(["'])${from}\\2`, 'g');
  const renamed = text.replace(pattern, `$1$2${to}$2`);
  return renamed === text ? null : renamed;
}
