/**
 * @module store/db
 * The one query layer under both dialects: `all/get/run/exec/transaction` with `?` placeholders.
 * SQL is written once where SQLite and PostgreSQL agree; each dialect adapter (sqlite/db.ts,
 * postgres/db.ts) translates placeholders and values. What differs (migrations, the migration
 * lock, full-text search) lives in a `DialectSpec` next to the adapter.
 */
import type { Dialect } from './store.js';

/** A value bound to a `?` placeholder. Bytes go to BLOB / BYTEA. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/** A result row as the driver returns it; rows.ts turns rows into records. */
export type Row = Record<string, unknown>;

export interface RunResult {
  /** Rows inserted, updated or deleted by the statement. */
  readonly changes: number;
}

export interface Db {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on `tx`: commit when it resolves, roll back when it throws.
   * Only `tx` is inside the transaction: the outer handle runs outside it (on SQLite, whose one
   * connection is shared, outer calls wait until the transaction ends). Nested calls on `tx` use savepoints.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One versioned schema change. Versions are applied in order, once, each in a transaction. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** What differs between dialects above the adapter. */
export interface DialectSpec {
  readonly migrations: readonly Migration[];
  /**
   * Run first inside the migration transaction to serialise concurrent migrators;
   * null when opening the transaction already takes a database-wide write lock.
   */
  readonly migrationLock: string | null;
  /**
   * Full-text search. Parameters: [query in the safe syntax of store/search-query.ts, limit].
   * Columns: article_id, title, snippet (matches wrapped in «…»), rank (higher is better).
   */
  readonly searchSql: string;
}

/** Runs statements one at a time: a promise chain used as a mutex. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async lock<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
