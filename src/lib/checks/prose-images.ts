/**
 * An image in prose is a file of the project's own content, read at build time and published
 * under /_astro/: so it must be a relative path to a raster image inside src/content/ (after
 * every symbolic link), never a remote URL, an absolute path, a path out of the project, a Vite
 * query (`?raw`) or an SVG (which can carry scripts).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';

/** The scheme a browser would see in a URL (it ignores whitespace and controls inside it). */
export function urlScheme(url: string): string | null {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading the scheme
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  return match ? match[1].toLowerCase() : null;
}

/** The image types prose may show. */
export const PROSE_IMAGE_TYPES: readonly string[] = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'];
const CONTENT_FOLDER = `${sep}src${sep}content${sep}`;

/** Why an image URL is refused in the MDX file at `mdxPath` (absolute), or null when it is allowed. */
export function imageRefusal(url: string, mdxPath: string): string | null {
  const trimmed = url.trim();
  if (urlScheme(trimmed) !== null || trimmed.startsWith('//')) {
    return `the remote image ${JSON.stringify(url)} (prose shows only images of its own content)`;
  }
  if (trimmed.startsWith('/')) return `the image ${JSON.stringify(url)}, an absolute path`;
  if (/[?#]/.test(trimmed)) return `the image ${JSON.stringify(url)}, whose "?" or "#" would change how it is read`;
  let decoded: string;
  try {
    decoded = decodeURI(trimmed);
  } catch {
    return `the image ${JSON.stringify(url)}, which is not a valid path`;
  }
  const type = extname(decoded).toLowerCase();
  if (type === '.svg') return `the SVG image ${JSON.stringify(url)} (an SVG can carry scripts)`;
  if (!PROSE_IMAGE_TYPES.includes(type)) return `the image ${JSON.stringify(url)}, not of an allowed type`;
  const at = mdxPath.lastIndexOf(CONTENT_FOLDER);
  const content = at < 0 ? null : mdxPath.slice(0, at + CONTENT_FOLDER.length - 1);
  const target = resolve(dirname(mdxPath), decoded);
  if (!content || !existsSync(target)) return `the image ${JSON.stringify(url)}, which is not a file of src/content/`;
  const real = realpathSync(target);
  if (!real.startsWith(realpathSync(content) + sep)) {
    return `the image ${JSON.stringify(url)}, which leads outside src/content/`;
  }
  return null;
}
