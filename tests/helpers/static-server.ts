/**
 * A static server for a built site served under a path (`/bj/`), as a host with the site in a
 * sub-folder would: files of `root` under `base`, folders by their index.html, anything else
 * (outside `base` too) the site's own 404.html with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveDirectory(root: string, base: string, port: number) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (pathname.startsWith(base)) {
      const candidate = normalize(join(root, pathname.slice(base.length)));
      if (candidate.startsWith(root)) {
        const index = join(candidate, 'index.html');
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(index)) file = index;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
