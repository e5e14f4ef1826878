/**
 * MDX prose is text, not code. This remark plugin (registered for MDX in astro.config.mjs)
 * walks each MDX file's tree before it is compiled and refuses anything but Markdown and the
 * site's own components: no import or export, no `{expression}` (except a citation number),
 * no raw HTML or other JSX element, no link to a `javascript:` or other non-web URL, no image but
 * a raster file of src/content/ (src/lib/checks/prose-images.ts).
 */
import { relative, resolve } from 'node:path';
import { SourceInputError } from '../errors';
import { imageRefusal, PROSE_IMAGE_TYPES, urlScheme } from './prose-images';

export { urlScheme };

/** The components prose may use, with each attribute's kind: the one list, here. */
export const PROSE_COMPONENTS: Record<string, Record<string, 'string' | 'integer'>> = {
  Cite: { n: 'integer' },
  Figure: { id: 'string', lang: 'string' },
  Term: { id: 'string', lang: 'string', quote: 'string' },
};

/** Markdown (CommonMark, GFM, front matter) node types: everything else is MDX's code. */
const MARKDOWN_NODES = new Set([
  'root',
  'yaml',
  'paragraph',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'thematicBreak',
  'break',
  'link',
  'linkReference',
  'definition',
  'image',
  'imageReference',
  'table',
  'tableRow',
  'tableCell',
  'footnoteDefinition',
  'footnoteReference',
]);
const JSX_ELEMENTS = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
/** URL schemes a link or image in prose may use; a URL without a scheme is a relative link. */
const WEB_SCHEMES = new Set(['http', 'https', 'mailto']);

interface MdxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const HINT = `prose may use Markdown and ${Object.keys(PROSE_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(
    ', ',
  )} only: no import/export, {expressions}, HTML or other elements; an image is a relative path to a ${PROSE_IMAGE_TYPES.join('/')} file in src/content/.`;

/** Why a node is not allowed in prose, or null when it is. */
function refusal(node: MdxNode): string | null {
  if (node.type === 'mdxjsEsm') return 'an import or export';
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    return `the expression {${node.value ?? ''}}`;
  }
  if (node.type === 'html') return 'raw HTML';
  if (JSX_ELEMENTS.has(node.type)) {
    const allowed = node.name && Object.hasOwn(PROSE_COMPONENTS, node.name) ? PROSE_COMPONENTS[node.name] : null;
    if (!allowed) return `the element <${node.name ?? ''}>`;
    if ((node.children ?? []).length > 0) return `<${node.name}> with content (write it as <${node.name} … />)`;
    for (const attribute of node.attributes ?? []) {
      const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : undefined;
      const kind = name && Object.hasOwn(allowed, name) ? allowed[name] : null;
      if (!kind) {
        return `the attribute ${attribute.name ?? '{…}'} on <${node.name}>`;
      }
      const value = attribute.value;
      const ok =
        kind === 'string'
          ? typeof value === 'string'
          : typeof value === 'object' && value !== null && /^\s*\d+\s*$/.test(value.value);
      if (!ok) {
        return kind === 'string'
          ? `${attribute.name}= on <${node.name}> is not a quoted string`
          : `${attribute.name}= on <${node.name}> is not a whole number in braces, like ${attribute.name}={1}`;
      }
    }
    return null;
  }
  if (!MARKDOWN_NODES.has(node.type)) return `a ${node.type} node`;
  if (node.url !== undefined) {
    const scheme = urlScheme(node.url);
    if (scheme !== null && !WEB_SCHEMES.has(scheme)) return `a link to a ${scheme}: URL`;
  }
  return null;
}

function check(node: MdxNode, file: string, path: string): void {
  const problem =
    node.type === 'imageReference'
      ? 'an image by reference (write it ![text](path))'
      : node.type === 'image'
        ? imageRefusal(node.url ?? '', path)
        : refusal(node);
  if (problem) {
    throw new SourceInputError({
      file,
      where: node.position ? `line ${node.position.start.line}` : undefined,
      problem: `${problem} is not allowed in prose.`,
      hint: HINT,
    });
  }
  for (const child of node.children ?? []) check(child, file, path);
}

/** The remark plugin: `mdx({ remarkPlugins: [remarkProseAllowlist] })`. */
export function remarkProseAllowlist() {
  return (tree: MdxNode, file: { path?: string }) => {
    check(tree, file.path ? relative(process.cwd(), file.path) : 'an MDX file', file.path ? resolve(file.path) : '');
  };
}
