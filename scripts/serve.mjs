#!/usr/bin/env node
/**
 * Serves the built site (dist/) as production does: every response carries the headers of
 * public/_headers (the one source of truth for the Content-Security-Policy, frame-ancestors,
 * HSTS…), a folder is served by its index.html, and anything else, including paths that try
 * to leave dist/ (`/en/..%2f..%2f`), gets a plain 404: never a stack trace or a file outside.
 *
 *   node scripts/serve.mjs [--dist dist] [--host 127.0.0.1] [--port 4321]
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { lookup } from 'mrmime';

/**
 * The rules of a Netlify/Cloudflare `_headers` file: a path pattern (`*` matches anything),
 * then its indented `Name: value` lines.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    if (rules.length === 0 || separator < 0) throw new Error(`public/_headers: cannot read the line "${line.trim()}"`);
    rules.at(-1).headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

/**
 * The file a URL path names inside `root`, or null when it names nothing there. Each segment
 * is decoded on its own; a segment that decodes to `.`, `..` or holds a slash, a backslash or
 * NUL is refused, so no path can leave `root`; so is an empty segment (`//en`) and a file
 * reached through a symbolic link that leads out of `root`.
 * @param {string} root @param {string} pathname
 * @returns {{ file: string } | { redirect: string } | null}
 */
export function resolveRequest(root, pathname) {
  if (!pathname.startsWith('/')) return null;
  const segments = [];
  const raws = pathname.slice(1).split('/');
  // An empty segment (`//en`) is refused, not normalised: a redirect to `//en/` would be
  // protocol-relative, to another host. Only the last segment (a trailing slash) may be empty.
  if (raws.slice(0, -1).includes('')) return null;
  for (const raw of raws) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  const path = join(root, ...segments);
  if (path !== root && !path.startsWith(root + sep)) return null;
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return null;
  }
  if (stats.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = join(path, 'index.html');
    return existsSync(index) && insideRoot(root, index) ? { file: index } : null;
  }
  if (pathname.endsWith('/') || !stats.isFile() || !insideRoot(root, path)) return null;
  return { file: path };
}

/**
 * Whether a file, with every symbolic link on its way followed, is inside `root` (itself a
 * real path): a link inside dist/ that leads out of it names nothing.
 * @param {string} root @param {string} path
 */
function insideRoot(root, path) {
  try {
    const real = realpathSync(path);
    return real.startsWith(root + sep);
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'serve.mjs')) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4321' },
    },
  });
  const distLink = resolve(values.dist);
  if (!existsSync(join(distLink, 'index.html'))) {
    console.error(`${values.dist}/ holds no built site: run \`npm run build\` first.`);
    process.exit(1);
  }
  const rules = parseHeadersFile(readFileSync(resolve('public/_headers'), 'utf8'));
  /** @param {string} pathname */
  const headersFor = (pathname) =>
    Object.fromEntries(rules.filter((rule) => rule.pattern.test(pathname)).flatMap((rule) => rule.headers));

  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0];
    const send = (status, headers, body) => {
      response.writeHead(status, { ...headersFor(pathname), ...headers });
      if (typeof body === 'string' || body === undefined) response.end(request.method === 'HEAD' ? undefined : body);
      else if (request.method === 'HEAD') {
        body.destroy();
        response.end();
      }
      // A file removed while being read (a build pruning an old site) ends the response.
      else body.on('error', () => response.destroy()).pipe(response);
    };
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      }
      // dist is a link switched by each build: follow it per request, so a new build shows at once.
      const root = realpathSync(distLink);
      const found = resolveRequest(root, pathname);
      if (found && 'redirect' in found) return send(301, { Location: found.redirect }, '');
      if (!found) {
        const page = join(root, '404.html');
        return existsSync(page)
          ? send(404, { 'Content-Type': 'text/html; charset=utf-8' }, createReadStream(page))
          : send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
      }
      const type = lookup(found.file) ?? 'application/octet-stream';
      const charset = /^text\/|\/(json|xml|javascript)/.test(type) ? '; charset=utf-8' : '';
      send(
        200,
        { 'Content-Type': type + charset, 'Content-Length': statSync(found.file).size },
        createReadStream(found.file),
      );
    } catch (error) {
      // Logged here for whoever runs the server; the client learns nothing about the machine.
      console.error(error);
      if (!response.headersSent) send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error\n');
      else response.destroy();
    }
  });
  server.listen(Number(values.port), values.host, () => {
    console.info(
      `Serving ${values.dist}/ on http://${values.host}:${values.port}/ with the headers of public/_headers`,
    );
  });
}
