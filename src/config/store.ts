/**
 * @module config/store
 * Where the store lives: a PostgreSQL URL or a SQLite file path. Read once, by the surfaces,
 * and handed to `openStore` (store/open.ts decides the dialect from the location alone).
 */
import { resolve } from 'node:path';

/** PostgreSQL connection URL (postgres://…); when set it wins, and the store is PostgreSQL. */
export const DATABASE_URL_ENV = 'DATABASE_URL';
/** Store location used when DATABASE_URL is unset: a SQLite file path (or a postgres:// URL). */
export const TRIANGULATE_DB_ENV = 'TRIANGULATE_DB';
/** The embedded default: a SQLite file under the current directory. */
export const DEFAULT_DB_PATH = '.triangulate/triangulate.db';

type Env = Readonly<Record<string, string | undefined>>;

/** The store location from the environment: DATABASE_URL, else TRIANGULATE_DB, else the default file. */
export function storeLocation(env: Env = process.env, cwd: string = process.cwd()): string {
  const url = env[DATABASE_URL_ENV]?.trim();
  if (url) return url;
  const path = env[TRIANGULATE_DB_ENV]?.trim();
  if (path) return path;
  return resolve(cwd, DEFAULT_DB_PATH);
}
