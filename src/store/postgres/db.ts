/**
 * @module store/postgres/db
 * The `Db` adapter over node-postgres (a connection pool). `?` placeholders become `$1..$n`;
 * a transaction takes one pooled client for its whole life. The driver is imported lazily so
 * that the embedded (SQLite) mode never loads it.
 */
import type { Pool, PoolClient } from 'pg';
import { errorMessage, OperationalError } from '../../core/errors.js';
import type { Db, Row, RunResult, SqlValue } from '../db.js';

/** Most connections one store keeps open. */
export const POSTGRES_POOL_MAX = 10;

type Queryable = Pool | PoolClient;
type PgValue = string | number | null | Buffer;

const positional = new Map<string, string>();

/** Rewrites `?` to `$1..$n`, leaving string literals, quoted identifiers and comments alone. */
export function toPositional(sql: string): string {
  const cached = positional.get(sql);
  if (cached !== undefined) return cached;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      const close = sql.indexOf(ch, i + 1);
      const end = close === -1 ? sql.length : close + 1;
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const close = sql.indexOf('\n', i);
      const end = close === -1 ? sql.length : close;
      out += sql.slice(i, end);
      i = end;
    } else {
      out += ch === '?' ? `$${++n}` : ch;
      i += 1;
    }
  }
  positional.set(sql, out);
  return out;
}

function bind(params: readonly SqlValue[]): PgValue[] {
  return params.map((value) => {
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Uint8Array && !Buffer.isBuffer(value)) {
      return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    }
    return value as PgValue;
  });
}

/** Connection loss, admin shutdown, serialization failure, deadlock, lock timeout: worth a retry. */
function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code === '40001' ||
    code === '40P01' ||
    code === '55P03' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === 'ETIMEDOUT'
  );
}

function translateError(error: unknown): unknown {
  return isTransient(error) ? new OperationalError(`PostgreSQL: ${errorMessage(error)}`, { cause: error }) : error;
}

class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;

  /** `depth` is null for the pool handle, else the savepoint depth of this transaction's client. */
  constructor(
    private readonly pool: Pool,
    private readonly on: Queryable,
    private readonly depth: number | null,
  ) {}

  private async query(sql: string, params: readonly SqlValue[]): Promise<{ rows: Row[]; rowCount: number | null }> {
    try {
      return await this.on.query<Row>(toPositional(sql), bind(params));
    } catch (error) {
      throw translateError(error);
    }
  }

  async all<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.query(sql, params)).rows as T[];
  }

  async get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.query(sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.on.query(sql);
    } catch (error) {
      throw translateError(error);
    }
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    if (this.depth !== null) {
      const name = `sp_${this.depth + 1}`;
      await this.exec(`SAVEPOINT ${name}`);
      try {
        const result = await fn(new PostgresDb(this.pool, this.on, this.depth + 1));
        await this.exec(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await this.exec(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    }
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw translateError(error);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(new PostgresDb(this.pool, client, 0));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw translateError(error);
    } finally {
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}

/** The URL with any password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Connects a pool to `url` and checks that the server answers. */
export async function openPostgresDb(url: string): Promise<Db> {
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: url, max: POSTGRES_POOL_MAX });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new OperationalError(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${errorMessage(error)}`, {
      input: redactUrl(url),
      cause: error,
    });
  }
  return new PostgresDb(pool, pool, null);
}
