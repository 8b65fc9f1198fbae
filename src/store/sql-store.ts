/**
 * @module store/sql-store
 * The `Store` written once over the `Db` query layer. Dialects differ only in the `Db` adapter
 * and the `DialectSpec` (migrations, migration lock, search statement) they pass in here.
 */
import { InternalError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import type { Article, Capture } from '../core/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Db, DialectSpec, SqlValue } from './db.js';
import { applyMigrations } from './migrate.js';
import {
  ARTICLE_COLUMNS,
  articleValues,
  CAPTURE_COLUMNS,
  captureValues,
  insertSql,
  MESSAGE_COLUMNS,
  messageValues,
  rowToArticle,
  rowToCapture,
  rowToHit,
  rowToMessage,
  rowToSource,
  rowToStageOutput,
  rowToSummary,
  SOURCE_COLUMNS,
  STAGE_OUTPUT_COLUMNS,
  SUMMARY_COLUMNS,
  sourceValues,
  stageOutputValues,
} from './rows.js';
import { toSafeQuery } from './search-query.js';
import type {
  ArticleQuery,
  ArticleSummary,
  Dialect,
  IngestedItem,
  Page,
  SearchHit,
  SourceRecord,
  StageOutput,
  Store,
} from './store.js';

/** Page size of `listArticles` when none is asked for, and the most it returns. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
/** Hits returned by `searchArticles` when no limit is given, and the most it returns. */
export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 1000;

const INSERT_CAPTURE = `${insertSql('captures', CAPTURE_COLUMNS)} ON CONFLICT DO NOTHING`;
const INSERT_ARTICLE = insertSql('articles', ARTICLE_COLUMNS);
const INSERT_MESSAGE = insertSql('messages', MESSAGE_COLUMNS);
const UPSERT_STAGE_OUTPUT = `${insertSql('stage_outputs', STAGE_OUTPUT_COLUMNS)}
  ON CONFLICT (stage, record_id) DO UPDATE SET stage_version = excluded.stage_version, data = excluded.data,
  created_at = excluded.created_at`;
const UPSERT_SOURCE = `${insertSql('sources', SOURCE_COLUMNS)}
  ON CONFLICT (input) DO UPDATE SET status = excluded.status, capture_id = excluded.capture_id,
  reason = excluded.reason, updated_at = excluded.updated_at`;

function clamp(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(value)));
}

/** Checks that an item hangs together before anything is written. */
function checkItem(item: IngestedItem): void {
  const { capture, article } = item;
  if (article.captureId !== capture.id) {
    throw new InternalError(`article ${article.id} names capture ${article.captureId}, not ${capture.id}`);
  }
}

export class SqlStore implements Store {
  constructor(
    private readonly db: Db,
    private readonly spec: DialectSpec,
  ) {}

  get dialect(): Dialect {
    return this.db.dialect;
  }

  async migrate(): Promise<void> {
    await applyMigrations(this.db, this.spec);
  }

  async saveIngested(item: IngestedItem): Promise<'new' | 'duplicate'> {
    checkItem(item);
    const now = new Date().toISOString();
    const { capture, article } = item;
    const captureRow = captureValues(capture, now);
    const articleRow = articleValues(article, now);
    const messages = item.messages.map((message, index) => messageValues(message, article.id, capture.id, index));
    return this.db.transaction(async (tx) => {
      const { changes } = await tx.run(INSERT_CAPTURE, captureRow);
      if (changes === 0) return 'duplicate';
      await tx.run(INSERT_ARTICLE, articleRow);
      for (const values of messages) await tx.run(INSERT_MESSAGE, values);
      for (const output of item.outputs ?? []) await tx.run(UPSERT_STAGE_OUTPUT, stageOutputValues(output, now));
      return 'new';
    });
  }

  async hasCapture(contentHash: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS found FROM captures WHERE content_hash = ?', [contentHash])) !== undefined;
  }

  async getCapture(id: string): Promise<Capture | null> {
    const row = await this.db.get(`SELECT ${CAPTURE_COLUMNS.join(', ')} FROM captures WHERE id = ?`, [id]);
    return row ? rowToCapture(row) : null;
  }

  async recordSource(source: Omit<SourceRecord, 'updatedAt'>): Promise<void> {
    await this.db.run(UPSERT_SOURCE, sourceValues(source, new Date().toISOString()));
  }

  async getSource(input: string): Promise<SourceRecord | null> {
    const row = await this.db.get(`SELECT ${SOURCE_COLUMNS.join(', ')} FROM sources WHERE input = ?`, [input]);
    return row ? rowToSource(row) : null;
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = await this.db.get(`SELECT ${ARTICLE_COLUMNS.join(', ')} FROM articles WHERE id = ?`, [id]);
    return row ? rowToArticle(row) : null;
  }

  async saveStageOutput(output: StageOutput, messages: readonly Message[] = []): Promise<void> {
    const now = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      await tx.run(UPSERT_STAGE_OUTPUT, stageOutputValues(output, now));
      await tx.run('DELETE FROM messages WHERE article_id = ? AND id LIKE ?', [
        output.recordId,
        `${output.recordId}:${output.stage}:%`,
      ]);
      for (const [index, message] of messages.entries()) {
        await tx.run(INSERT_MESSAGE, messageValues(message, output.recordId, null, index));
      }
    });
  }

  async getStageOutput(stage: string, recordId: string): Promise<StageOutput | null> {
    const row = await this.db.get(
      `SELECT ${STAGE_OUTPUT_COLUMNS.join(', ')} FROM stage_outputs WHERE stage = ? AND record_id = ?`,
      [stage, recordId],
    );
    return row ? rowToStageOutput(row) : null;
  }

  async getMessages(articleId: string): Promise<Message[]> {
    const rows = await this.db.all(
      `SELECT ${MESSAGE_COLUMNS.join(', ')} FROM messages WHERE article_id = ? ORDER BY ordinal, id`,
      [articleId],
    );
    return rows.map(rowToMessage);
  }

  /** Keyset pagination in the order (published desc, unknown dates last, then id). */
  async listArticles(query: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
    const limit = clamp(query.limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (query.outlet !== undefined) {
      where.push('outlet = ?');
      params.push(query.outlet);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      where.push('(published_key < ? OR (published_key = ? AND id > ?))');
      params.push(after.key, after.key, after.id);
    }
    const rows = await this.db.all(
      `SELECT ${SUMMARY_COLUMNS} FROM articles ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY published_key DESC, id LIMIT ?`,
      [...params, limit + 1],
    );
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    const nextCursor =
      rows.length > limit && last ? encodeCursor({ key: String(last.published_key), id: String(last.id) }) : null;
    return { items: pageRows.map(rowToSummary), nextCursor };
  }

  async countArticles(): Promise<number> {
    const row = await this.db.get('SELECT COUNT(*) AS n FROM articles');
    return Number(row?.n ?? 0);
  }

  /** Ranked hits (higher rank is better; ranks compare only within one dialect). */
  async searchArticles(q: string, limit?: number): Promise<SearchHit[]> {
    const safe = toSafeQuery(q);
    if (safe === null) return [];
    const rows = await this.db.all(this.spec.searchSql, [safe, clamp(limit, DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT)]);
    return rows.map(rowToHit);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
