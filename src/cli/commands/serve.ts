/**
 * @module cli/commands/serve
 * `triangulate serve [--host] [--port] [--token]`: the HTTP API and web UI over the store, until SIGINT or
 * SIGTERM. Binds 127.0.0.1 by default; any other address needs a token (--token or $TRIANGULATE_SERVER_TOKEN).
 */
import { DEFAULT_HOST, isLoopbackHost, uploadLimit } from '../../config/server.js';
import { startServer } from '../../server/index.js';
import type { Store } from '../../store/store.js';
import type { Io } from '../output.js';

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly token?: string;
  readonly allowPrivate?: boolean;
}

/** Serves until SIGINT/SIGTERM; resolves with the exit code once the server has closed. */
export async function runServe(store: Store, options: ServeOptions, io: Io): Promise<number> {
  const server = await startServer(store, {
    host: options.host || DEFAULT_HOST,
    port: options.port,
    token: options.token,
    allowPrivate: options.allowPrivate ?? false,
    uploadLimit: uploadLimit(),
    onError: (error) =>
      io.stderr.write(`serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  });
  const shown = isLoopbackHost(server.host)
    ? server.url
    : `${server.url} (reachable beyond this machine; token required)`;
  io.stdout.write(`Triangulate is serving ${store.dialect} store at ${shown}\n`);
  io.stdout.write(`API: ${server.url}/api (OpenAPI: ${server.url}/api/openapi.json) · stop with Ctrl-C\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  io.stderr.write('stopping…\n');
  await server.close();
  return 0;
}
