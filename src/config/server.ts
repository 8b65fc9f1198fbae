/**
 * @module config/server
 * How `triangulate serve` listens and who may use it. Read once by the surfaces (cli/commands/serve.ts)
 * and handed to `startServer`. Loopback is the default; any other address requires an access token.
 */

/** Access token for the HTTP API and web UI; required when binding beyond loopback. */
export const SERVER_TOKEN_ENV = 'TRIANGULATE_SERVER_TOKEN';
/** Maximum size of one upload request in bytes (default 25 MiB). */
export const SERVER_UPLOAD_LIMIT_ENV = 'TRIANGULATE_SERVER_UPLOAD_LIMIT';
/** Loopback only, so nothing is exposed by accident. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8737;
export const DEFAULT_UPLOAD_LIMIT = 25 * 1024 * 1024;
/** Maximum size of a JSON request body in bytes. */
export const JSON_BODY_LIMIT = 1024 * 1024;

type Env = Readonly<Record<string, string | undefined>>;

/** The access token from the environment, or undefined when unset or blank. */
export function serverToken(env: Env = process.env): string | undefined {
  const token = env[SERVER_TOKEN_ENV]?.trim();
  return token ? token : undefined;
}

/** The upload limit from the environment (bytes), else the default. */
export function uploadLimit(env: Env = process.env): number {
  const raw = env[SERVER_UPLOAD_LIMIT_ENV]?.trim();
  const value = raw ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_UPLOAD_LIMIT;
}

/** True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
