/**
 * A minimal static file server for a built site, shaped like the static hosts we deploy to:
 * `/dir/` serves `dir/index.html`, unknown paths get `404.html` with status 404. Used by the quality
 * tests that drive Chromium over a dist folder other than the one `astro preview` serves.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { stripBasePath } from '../../../src/lib/site-path.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (!file.startsWith(root + path.sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `directory` at `basePath` (`/` by default; `/tracker/` serves it the way GitHub Pages serves
 * a project site, with nothing outside that path).
 */
export async function serveDirectory(directory: string, basePath = '/'): Promise<StaticServer> {
  const root = path.resolve(directory);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let status = 200;
    const sitePathname = stripBasePath(basePath, pathname);
    let file = sitePathname === undefined ? undefined : resolveFile(root, sitePathname);
    if (!file) {
      status = 404;
      file = resolveFile(root, '/404.html');
    }
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
