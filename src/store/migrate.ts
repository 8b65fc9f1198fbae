/**
 * @module store/migrate
 * Applies a dialect's pending migrations in one transaction and records each version in
 * `schema_migrations`. Idempotent: a second run finds nothing to do. Concurrent openers are
 * serialised by the dialect's lock (a Postgres advisory lock; SQLite's BEGIN IMMEDIATE).
 */
import { InternalError, UserError } from '../core/errors.js';
import type { Db, DialectSpec, Migration } from './db.js';

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (!Number.isInteger(migration.version) || (previous && migration.version <= previous.version)) {
      throw new InternalError(`migrations out of order at version ${migration.version} (${migration.name})`);
    }
  });
}

/** Applies pending migrations; returns the versions applied by this call (empty when up to date). */
export async function applyMigrations(db: Db, spec: DialectSpec): Promise<number[]> {
  checkOrder(spec.migrations);
  const newest = spec.migrations.at(-1)?.version ?? 0;
  return db.transaction(async (tx) => {
    if (spec.migrationLock) await tx.all(spec.migrationLock);
    await tx.exec(CREATE_LEDGER);
    const rows = await tx.all<{ version: unknown }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const ahead = [...applied].filter((version) => version > newest);
    if (ahead.length > 0) {
      throw new UserError(
        `the database schema (version ${Math.max(...ahead)}) is newer than this build knows (${newest}); upgrade triangulate`,
        { code: 'store:schema-too-new' },
      );
    }
    const done: number[] = [];
    for (const migration of spec.migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
