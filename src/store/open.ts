/**
 * @module store/open
 * The ONLY place that chooses the storage dialect, once, from the location: a postgres:// or
 * postgresql:// URL → PostgreSQL; anything else → a SQLite file path. The unused dialect (and
 * its driver) is never loaded. Opening runs pending migrations.
 */
import { storeLocation } from '../config/store.js';
import type { Dialect, Store } from './store.js';

/** The dialect a store location names. */
export function dialectFor(location: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(location.trim()) ? 'postgres' : 'sqlite';
}

/**
 * Opens the store at `location` (default: config/store.ts — DATABASE_URL, TRIANGULATE_DB, or
 * .triangulate/triangulate.db) and brings its schema up to date.
 */
export async function openStore(location: string = storeLocation()): Promise<Store> {
  const store =
    dialectFor(location) === 'postgres'
      ? await (await import('./postgres/dialect.js')).openPostgresStore(location.trim())
      : (await import('./sqlite/dialect.js')).openSqliteStore(location);
  try {
    await store.migrate();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}
