/**
 * @module store/sqlite/db
 * The `Db` adapter over better-sqlite3 (synchronous, one connection). Connection settings:
 * WAL journal, busy_timeout, foreign keys on, synchronous=NORMAL. A mutex keeps the outer
 * handle out of a running transaction, since one connection is shared by every caller.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { errorMessage, OperationalError, UserError } from '../../core/errors.js';
import { type Db, Mutex, type Row, type RunResult, type SqlValue } from '../db.js';

/** How long a writer waits for another process's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

interface Connection {
  readonly raw: Database.Database;
  readonly mutex: Mutex;
  readonly statements: Map<string, Database.Statement>;
}

type Bindable = string | number | bigint | null | Buffer;

function bind(params: readonly SqlValue[]): Bindable[] {
  return params.map((value) =>
    value instanceof Uint8Array && !Buffer.isBuffer(value)
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      : (value as Bindable),
  );
}

function translateError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new OperationalError(`SQLite database is locked: ${errorMessage(error)}`, { cause: error });
  }
  return error;
}

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;

  /** `depth` is null for the outer handle, else the savepoint depth of this transaction handle. */
  constructor(
    private readonly conn: Connection,
    private readonly depth: number | null,
  ) {}

  private statement(sql: string): Database.Statement {
    let stmt = this.conn.statements.get(sql);
    if (!stmt) {
      stmt = this.conn.raw.prepare(sql);
      this.conn.statements.set(sql, stmt);
    }
    return stmt;
  }

  private use<T>(fn: () => T): Promise<T> {
    const guarded = async (): Promise<T> => {
      try {
        return fn();
      } catch (error) {
        throw translateError(error);
      }
    };
    return this.depth === null ? this.conn.mutex.lock(guarded) : guarded();
  }

  all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.use(() => this.statement(sql).all(...bind(params)) as T[]);
  }

  get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.use(() => this.statement(sql).get(...bind(params)) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return this.use(() => ({ changes: this.statement(sql).run(...bind(params)).changes }));
  }

  exec(sql: string): Promise<void> {
    return this.use(() => {
      this.conn.raw.exec(sql);
    });
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const raw = this.conn.raw;
    if (this.depth !== null) {
      const name = `sp_${this.depth + 1}`;
      raw.exec(`SAVEPOINT ${name}`);
      try {
        const result = await fn(new SqliteDb(this.conn, this.depth + 1));
        raw.exec(`RELEASE ${name}`);
        return result;
      } catch (error) {
        if (raw.inTransaction) raw.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
        throw error;
      }
    }
    return this.conn.mutex.lock(async () => {
      try {
        raw.exec('BEGIN IMMEDIATE');
      } catch (error) {
        throw translateError(error);
      }
      try {
        const result = await fn(new SqliteDb(this.conn, 0));
        raw.exec('COMMIT');
        return result;
      } catch (error) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw translateError(error);
      }
    });
  }

  close(): Promise<void> {
    return this.conn.mutex.lock(async () => {
      if (this.conn.raw.open) this.conn.raw.close();
    });
  }
}

/** Opens (creating it and its parent folders if needed) the SQLite file at `path`; ":memory:" works too. */
export function openSqliteDb(path: string): Db {
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  let raw: Database.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(file), { recursive: true });
    raw = new Database(file);
    raw.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (error) {
    if (raw?.open) raw.close();
    const translated = translateError(error);
    if (translated !== error) throw translated;
    throw new UserError(`cannot open SQLite database at ${file}: ${errorMessage(error)}`, {
      input: path,
      cause: error,
    });
  }
  return new SqliteDb({ raw, mutex: new Mutex(), statements: new Map() }, null);
}
