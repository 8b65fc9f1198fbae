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
  // Rank inside the full-text index first and join articles (and build snippets) only for the hits kept:
  // joining every match before sorting costs O(matches) on common words.
  searchSql: `WITH q(query) AS (SELECT ?),
    ranked AS (
      SELECT rowid AS seq, ${BM25} AS score FROM articles_fts
      WHERE articles_fts MATCH (SELECT query FROM q)
      ORDER BY score, rowid LIMIT ?)
    SELECT a.id AS article_id, a.title AS title,
      (SELECT snippet(articles_fts, -1, '«', '»', '…', 24) FROM articles_fts
        WHERE articles_fts MATCH (SELECT query FROM q) AND articles_fts.rowid = r.seq) AS snippet,
      -r.score AS rank
    FROM ranked r JOIN articles a ON a.seq = r.seq
    ORDER BY r.score, r.seq`,
};

/** A store on the SQLite file at `path` (created with its folders if missing). Not yet migrated. */
export function openSqliteStore(path: string): Store {
  return new SqlStore(openSqliteDb(path), sqliteDialect);
}
