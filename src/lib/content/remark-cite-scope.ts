/**
 * Entries of a `page-and-anchor` kind (timeline events, glossary terms) also share their group
 * page, so their
 * prose footnotes cannot all be `#ref-1`. For prose files of those kinds this remark plugin
 * gives each `<Cite n={k} />` a `scope` attribute (the entry's slug), read from the file's
 * path; `<Cite>` and `<Quotes>` then use `#<slug>-ref-<k>`.
 */
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { isAnchoredKind, KINDS, PROSE_DIRECTORY, type Kind } from './kinds';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name: string; value: unknown }[];
}

/** The slug whose footnotes need a scope, for a prose file path; null for kinds only on their own pages. */
export function citeScopeOf(path: string): string | null {
  const match = new RegExp(`${PROSE_DIRECTORY}/([^/]+)/([^/]+)/(?:zh|en)\\.mdx$`).exec(path.split('\\').join('/'));
  if (!match) return null;
  return Object.hasOwn(KINDS, match[1]) && isAnchoredKind(match[1] as Kind) ? match[2] : null;
}

export function remarkCiteScope() {
  return (tree: Root, file: { path?: string }) => {
    const scope = file.path ? citeScopeOf(file.path) : null;
    if (!scope) return;
    visit(tree, (node) => {
      const jsx = node as JsxNode;
      if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && jsx.name === 'Cite') {
        jsx.attributes = [...(jsx.attributes ?? []), { type: 'mdxJsxAttribute', name: 'scope', value: scope }];
      }
    });
  };
}
