/**
 * What `npm start` serves (scripts/serve.mjs), over real HTTP: the built site with the headers
 * of public/_headers on every response, and a plain 404 for paths that name nothing or try
 * to leave dist/, never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt } from '../helpers/site';

const PORT = 4391;
let server: ChildProcess;

/** Every `Name: value` line of public/_headers (all under `/*`). */
const EXPECTED_HEADERS = readFileSync('public/_headers', 'utf8')
  .split('\n')
  .filter((line) => /^\s+[A-Za-z-]+:/.test(line))
  .map((line) => {
    const [name, ...value] = line.trim().split(':');
    return [name.toLowerCase(), value.join(':').trim()] as const;
  });

/** A raw request: the path is sent exactly as written (no client-side normalisation). */
function get(path: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (done, fail) => {
      const call = request({ host: '127.0.0.1', port: PORT, path, method }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body }));
      });
      call.on('error', fail);
      call.end();
    },
  );
}

beforeAll(async () => {
  assertBuilt();
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    server.stdout!.on('data', (chunk) => String(chunk).includes('Serving') && ready());
    server.on('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
});
afterAll(() => {
  server?.kill();
});

function expectProductionHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(EXPECTED_HEADERS.length).toBeGreaterThan(3);
  for (const [name, value] of EXPECTED_HEADERS) expect(headers[name], name).toBe(value);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

describe('npm start serves the built site as production does', () => {
  it.each(['/', '/en/', '/zh/', '/data/indicators.csv', '/pagefind/pagefind.js'])(
    'serves %s with every header of public/_headers',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(200);
      expectProductionHeaders(response.headers);
      expect(response.body.length).toBeGreaterThan(0);
    },
  );

  it('answers HEAD without a body and a folder without its slash with a redirect', async () => {
    const head = await get('/en/', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const folder = await get('/en');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/en/');
    expectProductionHeaders(folder.headers);
  });

  it.each([
    '/en/..%2f..%2f',
    '/en/..%2f..%2fpackage.json',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/en/%2e%2e/%2e%2e/package.json',
    '/en/..%5c..%5cpackage.json',
    '/en/%E0%A4%A',
    '/en/%00',
    '/no-such-page/',
    '/index.html/',
    '//en',
    '//en/',
    '//evil.example/',
  ])('answers %s with a plain 404 that says nothing about the machine', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expectProductionHeaders(response.headers);
    // No stack trace ("Error: …", "    at fn (file:line)") and no path of the machine.
    expect(response.body).not.toMatch(/Error:|\n\s+at \S+ \(|\/work\/|\/home\/|\/tmp\/|node_modules/);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('/en/', 'POST');
    expect(response.status).toBe(405);
    expectProductionHeaders(response.headers);
  });
});
