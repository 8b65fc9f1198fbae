/**
 * @module store/postgres/dialect
 * The scale-out dialect: PostgreSQL through node-postgres. Search uses the generated `search`
 * tsvector (GIN index), `websearch_to_tsquery` on the already-safe query, `ts_rank_cd` and
 * `ts_headline` with «…» around matches.
 */
import type { DialectSpec } from '../db.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../store.js';
import { openPostgresDb } from './db.js';
import { POSTGRES_FTS_MAX_CHARS, POSTGRES_MIGRATION_LOCK_KEY, postgresMigrations } from './migrations.js';

const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "';

export const postgresDialect: DialectSpec = {
  migrations: postgresMigrations,
  migrationLock: `SELECT pg_advisory_xact_lock(${POSTGRES_MIGRATION_LOCK_KEY})`,
  searchSql: `SELECT a.id AS article_id, a.title AS title,
      ts_headline('simple', left(a.text, ${POSTGRES_FTS_MAX_CHARS}), q.query, '${HEADLINE_OPTIONS}') AS snippet,
      ts_rank_cd(a.search, q.query) AS rank
    FROM articles a, websearch_to_tsquery('simple', ?) AS q(query)
    WHERE a.search @@ q.query
    ORDER BY rank DESC, a.id
    LIMIT ?`,
};

/** A store on the PostgreSQL database at `url` (connects now). Not yet migrated. */
export async function openPostgresStore(url: string): Promise<Store> {
  return new SqlStore(await openPostgresDb(url), postgresDialect);
}
