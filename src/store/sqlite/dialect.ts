/**
 * @module store/sqlite/dialect
 * The embedded dialect: a SQLite file through better-sqlite3, FTS5 for search (bm25 ranking,
 * title weighted above text, `snippet()` with «…» around matches).
 */
import type { DialectSpec } from '../db.js';
import { SqlStore } from '../sql-store.js';
import type { Store } from '../store.js';
import { openSqliteDb } from './db.js';
import { sqliteMigrations } from './migrations.js';

/** bm25 column weights: title, text. */
const BM25 = 'bm25(articles_fts, 4.0, 1.0)';

export const sqliteDialect: DialectSpec = {
  migrations: sqliteMigrations,
  migrationLock: null, // BEGIN IMMEDIATE already takes the database's write lock
  searchSql: `SELECT a.id AS article_id, a.title AS title,
      snippet(articles_fts, -1, '«', '»', '…', 24) AS snippet,
      -${BM25} AS rank
    FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
    WHERE articles_fts MATCH ?
    ORDER BY ${BM25}, a.id
    LIMIT ?`,
};

/** A store on the SQLite file at `path` (created with its folders if missing). Not yet migrated. */
export function openSqliteStore(path: string): Store {
  return new SqlStore(openSqliteDb(path), sqliteDialect);
}
