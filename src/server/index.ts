/**
 * @module server
 * `startServer(store, options)`: one node:http server with the JSON API under /api (documented at
 * /api/openapi.json) and the built web UI, over the given store. Binds 127.0.0.1 by default and refuses
 * any other address without an access token. Thin: every answer is a store read or a queued ingest.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_HOST, DEFAULT_UPLOAD_LIMIT, isLoopbackHost } from '../config/server.js';
import { UserError } from '../core/errors.js';
import type { Store } from '../store/store.js';
import { createContext, type ServerOptions } from './context.js';
import { createHandler } from './http.js';
import { openApiDocument } from './openapi.js';
import type { Route } from './router.js';
import { articleRoutes } from './routes/articles.js';
import { entityRoutes } from './routes/entities.js';
import { ingestRoutes } from './routes/ingest.js';
import { storyRoutes } from './routes/stories.js';
import { readQuery } from './validate.js';

export type { ServerOptions } from './context.js';

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:8737 */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** Stops accepting requests, ends open event streams, and waits for running ingest jobs. */
  close(): Promise<void>;
}

export async function startServer(
  store: Store,
  options: ServerOptions & { onError?: (error: unknown) => void } = {},
): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const token = options.token?.trim() || undefined;
  if (!isLoopbackHost(host) && token === undefined)
    throw new UserError(
      `refusing to listen on ${host} without an access token: set TRIANGULATE_SERVER_TOKEN or pass --token (or bind 127.0.0.1)`,
      { code: 'serve:token-required' },
    );
  const ctx = createContext(store, {
    ...options,
    token,
    allowPrivate: options.allowPrivate ?? false,
    uploadLimit: options.uploadLimit ?? DEFAULT_UPLOAD_LIMIT,
  });
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: '/api/health',
      handler: async () => ({ ok: true, articles: await store.countArticles() }),
    },
    {
      method: 'GET',
      pattern: '/api/openapi.json',
      handler: async ({ url }) => {
        readQuery(url, []);
        return openApiDocument();
      },
    },
    ...articleRoutes(ctx),
    ...storyRoutes(ctx),
    ...entityRoutes(ctx),
    ...ingestRoutes(ctx),
  ];
  const onError = options.onError ?? ((error: unknown) => console.error('triangulate serve:', error));
  const server = createServer(createHandler(ctx, routes, onError));
  server.headersTimeout = 30_000;
  server.requestTimeout = 10 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    host: address.address,
    port: address.port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      server.closeAllConnections();
      await closed;
      await ctx.jobs.idle();
    },
  };
}
