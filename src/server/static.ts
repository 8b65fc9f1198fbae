/**
 * @module server/static
 * Serves the built web UI (dist/web, made by `vite build`): index.html for `/`, hashed assets with a long
 * cache, nothing outside the folder. When the UI is not built it says how to build it.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendText } from './respond.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** dist/web of this package, from both src/server (tests) and dist/server (built). */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/** Serves `pathname` from `root`; returns false when there is no such file (the caller answers 404). */
export async function serveStatic(res: ServerResponse, root: string, pathname: string, head: boolean) {
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) {
    sendText(res, 503, 'text/plain', 'The web UI is not built. Run `npm run build`; the API is under /api.');
    return true;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const relative =
    decoded === '/' || decoded === '/index.html' ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
  const path = resolve(base, relative);
  if (path !== base && !path.startsWith(base + sep)) return false;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  const body = await readFile(path);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
  res.setHeader('Content-Length', body.length);
  res.setHeader(
    'Cache-Control',
    relative.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  res.end(head ? undefined : body);
  return true;
}
