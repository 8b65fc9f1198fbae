/**
 * @module store/sql-store
 * The `Store` written once over the `Db` query layer. Dialects differ only in the `Db` adapter
 * and the `DialectSpec` (migrations, migration lock, search statement) they pass in here.
 */
import { InternalError, UserError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import type { Article, Capture } from '../core/types.js';
import type { Story, Thread } from '../stories/types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Db, DialectSpec, Row, SqlValue } from './db.js';
import { applyMigrations } from './migrate.js';
import {
  ANNOTATION_COLUMNS,
  ARTICLE_COLUMNS,
  annotationValues,
  articleValues,
  CAPTURE_COLUMNS,
  captureValues,
  insertSql,
  MESSAGE_COLUMNS,
  messageValues,
  nameKey,
  publishedKey,
  rowToAnnotation,
  rowToArticle,
  rowToCapture,
  rowToEntity,
  rowToHit,
  rowToMessage,
  rowToSource,
  rowToStageOutput,
  rowToStorySummary,
  rowToSummary,
  SOURCE_COLUMNS,
  STAGE_OUTPUT_COLUMNS,
  STORY_COLUMNS,
  STORY_SUMMARY_COLUMNS,
  SUMMARY_COLUMNS,
  sourceValues,
  stageOutputValues,
  storyValues,
  THREAD_COLUMNS,
  threadValues,
} from './rows.js';
import { toSafeQuery } from './search-query.js';
import type {
  AnnotationQuery,
  AnnotationRecord,
  ArticleIndex,
  ArticleQuery,
  ArticleSummary,
  Dialect,
  EntityQuery,
  EntitySummary,
  IngestedItem,
  Page,
  SearchHit,
  SourceRecord,
  StageOutput,
  Store,
  StoriesUpdate,
  StoryQuery,
  StorySummary,
} from './store.js';

/** Stages whose outputs belong to stories (cleared with them by `clearStories`). */
const STORY_STAGES = ['stories', 'verify', 'brief'] as const;

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
const UPSERT_STORY = `${insertSql('stories', STORY_COLUMNS)}
  ON CONFLICT (id) DO UPDATE SET ${STORY_COLUMNS.filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;
const UPSERT_THREAD = `${insertSql('threads', THREAD_COLUMNS)}
  ON CONFLICT (id) DO UPDATE SET title = excluded.title, data = excluded.data, updated_at = excluded.updated_at`;
const UPSERT_MEMBER = `INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)
  ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`;
const UPSERT_ENTITY = `INSERT INTO entities (id, name, name_key, type, articles) VALUES (?, ?, ?, ?, 1)
  ON CONFLICT (id) DO UPDATE SET articles = entities.articles + 1`;
const INSERT_ARTICLE_ENTITY = 'INSERT INTO article_entities (article_id, entity_id, mentions) VALUES (?, ?, ?)';
const INSERT_ANNOTATION = insertSql('annotations', ANNOTATION_COLUMNS);
const UPSERT_SOURCE = `${insertSql('sources', SOURCE_COLUMNS)}
  ON CONFLICT (input) DO UPDATE SET status = excluded.status, capture_id = excluded.capture_id,
  reason = excluded.reason, updated_at = excluded.updated_at`;

/** Writes an article's entity and annotation index rows (inside the ingest transaction). */
async function writeIndex(tx: Db, article: Article, index: ArticleIndex): Promise<void> {
  for (const entity of index.entities) {
    await tx.run(UPSERT_ENTITY, [entity.id, entity.name, nameKey(entity.name), entity.type]);
    await tx.run(INSERT_ARTICLE_ENTITY, [article.id, entity.id, entity.mentions]);
  }
  const published = article.meta.publishedAt?.value ?? null;
  const ordinals = new Map<string, number>();
  for (const annotation of index.annotations) {
    const ordinal = ordinals.get(annotation.kind) ?? 0;
    ordinals.set(annotation.kind, ordinal + 1);
    await tx.run(INSERT_ANNOTATION, annotationValues(article.id, ordinal, annotation, published));
  }
}

function checkedDateKey(value: string, name: string): string {
  const key = publishedKey(value);
  if (key === '')
    throw new UserError(`invalid ${name} date "${value}": give an ISO date such as 2025-12-07`, {
      code: 'store:invalid-date',
    });
  return key;
}

/** Splits an annotation cursor id "articleId#ordinal". */
function annotationPosition(id: string): { articleId: string; ordinal: number } {
  const at = id.lastIndexOf('#');
  const ordinal = Number(id.slice(at + 1));
  if (at < 0 || !Number.isInteger(ordinal)) {
    throw new UserError('invalid page cursor: pass back the nextCursor of a previous page unchanged', {
      code: 'store:invalid-cursor',
    });
  }
  return { articleId: id.slice(0, at), ordinal };
}

function pageOf<T>(
  rows: Row[],
  limit: number,
  read: (row: Row) => T,
  position: (row: Row) => [string, string],
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(toPosition(position(last))) : null;
  return { items: pageRows.map(read), nextCursor };
}

const toPosition = ([key, id]: [string, string]) => ({ key, id });

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

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
      if (item.index) await writeIndex(tx, article, item.index);
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
    if (query.entity !== undefined) {
      where.push('id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)');
      params.push(query.entity);
    }
    if (query.story !== undefined) {
      where.push('id IN (SELECT article_id FROM story_articles WHERE story_id = ?)');
      params.push(query.story);
    }
    if (query.from !== undefined) {
      where.push("published_key >= ? AND published_key <> ''");
      params.push(checkedDateKey(query.from, 'from'));
    }
    if (query.to !== undefined) {
      where.push("published_key < ? AND published_key <> ''");
      params.push(checkedDateKey(query.to, 'to'));
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      // `key <= ?` first lets the index seek to the cursor instead of scanning down to it.
      where.push('published_key <= ? AND (published_key < ? OR id > ?)');
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

  async listArticleIdsInArrivalOrder(): Promise<string[]> {
    const rows = await this.db.all('SELECT id FROM articles ORDER BY seq');
    return rows.map((row) => String(row.id));
  }

  async saveStories(update: StoriesUpdate): Promise<void> {
    const now = new Date().toISOString();
    await this.db.transaction(async (tx) => {
      for (const id of update.removedStoryIds ?? []) {
        await tx.run('DELETE FROM stories WHERE id = ?', [id]);
        await tx.run('DELETE FROM story_articles WHERE story_id = ?', [id]);
        for (const stage of STORY_STAGES) {
          await tx.run('DELETE FROM stage_outputs WHERE stage = ? AND record_id = ?', [stage, id]);
        }
      }
      for (const id of update.removedThreadIds ?? []) await tx.run('DELETE FROM threads WHERE id = ?', [id]);
      for (const story of update.stories) {
        await tx.run(UPSERT_STORY, storyValues(story, update.counts?.get(story.id), now));
        for (const member of story.articles) await tx.run(UPSERT_MEMBER, [member.id, story.id]);
      }
      for (const thread of update.threads) await tx.run(UPSERT_THREAD, threadValues(thread, now));
      for (const output of update.outputs) await tx.run(UPSERT_STAGE_OUTPUT, stageOutputValues(output, now));
    });
  }

  async clearStories(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.run('DELETE FROM story_articles');
      await tx.run('DELETE FROM stories');
      await tx.run('DELETE FROM threads');
      for (const stage of STORY_STAGES) await tx.run('DELETE FROM stage_outputs WHERE stage = ?', [stage]);
    });
  }

  /** Keyset pagination in the order (last published desc, undated last, then id). */
  async listStories(query: StoryQuery = {}): Promise<Page<StorySummary>> {
    const limit = clamp(query.limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (query.thread !== undefined) {
      where.push('thread_id = ?');
      params.push(query.thread);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      where.push('sort_key <= ? AND (sort_key < ? OR id > ?)');
      params.push(after.key, after.key, after.id);
    }
    const rows = await this.db.all(
      `SELECT ${STORY_SUMMARY_COLUMNS} FROM stories ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY sort_key DESC, id LIMIT ?`,
      [...params, limit + 1],
    );
    return pageOf(rows, limit, rowToStorySummary, (row) => [String(row.sort_key), String(row.id)]);
  }

  async getStory(id: string): Promise<Story | null> {
    const row = await this.db.get('SELECT data FROM stories WHERE id = ?', [id]);
    return row ? parseJson<Story>(row.data) : null;
  }

  async getThread(id: string): Promise<Thread | null> {
    const row = await this.db.get('SELECT data FROM threads WHERE id = ?', [id]);
    return row ? parseJson<Thread>(row.data) : null;
  }

  async storyOfArticle(articleId: string): Promise<string | null> {
    const row = await this.db.get('SELECT story_id FROM story_articles WHERE article_id = ?', [articleId]);
    return row ? String(row.story_id) : null;
  }

  /** Keyset pagination in the order (articles desc, then id). */
  async listEntities(query: EntityQuery = {}): Promise<Page<EntitySummary>> {
    const limit = clamp(query.limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (query.type !== undefined) {
      where.push('type = ?');
      params.push(query.type);
    }
    if (query.q !== undefined && query.q.trim() !== '') {
      const prefix = nameKey(query.q.trim());
      where.push('name_key >= ? AND name_key < ?');
      params.push(prefix, `${prefix}\uffff`);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      const n = Number(after.key);
      if (!Number.isInteger(n)) throw new UserError('invalid page cursor', { code: 'store:invalid-cursor' });
      where.push('articles <= ? AND (articles < ? OR id > ?)');
      params.push(n, n, after.id);
    }
    const rows = await this.db.all(
      `SELECT id, name, type, articles FROM entities ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY articles DESC, id LIMIT ?`,
      [...params, limit + 1],
    );
    return pageOf(rows, limit, rowToEntity, (row) => [String(row.articles), String(row.id)]);
  }

  async getEntity(id: string): Promise<EntitySummary | null> {
    const row = await this.db.get('SELECT id, name, type, articles FROM entities WHERE id = ?', [id]);
    return row ? rowToEntity(row) : null;
  }

  async countArticlesMentioning(entityId: string, exclude: ReadonlySet<string> = new Set()): Promise<number> {
    const ids = [...exclude];
    const not = ids.length > 0 ? `AND article_id NOT IN (${ids.map(() => '?').join(', ')})` : '';
    const row = await this.db.get(`SELECT COUNT(*) AS n FROM article_entities WHERE entity_id = ? ${not}`, [
      entityId,
      ...ids,
    ]);
    return Number(row?.n ?? 0);
  }

  /** Keyset pagination in the order (published desc, undated last, article id, ordinal). */
  async listAnnotations(query: AnnotationQuery): Promise<Page<AnnotationRecord>> {
    const limit = clamp(query.limit, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const where = ['kind = ?'];
    const params: SqlValue[] = [query.kind];
    if (query.articleId !== undefined) {
      where.push('article_id = ?');
      params.push(query.articleId);
    }
    if (query.entity !== undefined) {
      where.push('(entity_id = ? OR target_id = ?)');
      params.push(query.entity, query.entity);
    }
    if (query.cursor !== undefined) {
      const after = decodeCursor(query.cursor);
      const { articleId, ordinal } = annotationPosition(after.id);
      where.push('published_key <= ? AND (published_key < ? OR article_id > ? OR (article_id = ? AND ordinal > ?))');
      params.push(after.key, after.key, articleId, articleId, ordinal);
    }
    const rows = await this.db.all(
      `SELECT ${ANNOTATION_COLUMNS.join(', ')} FROM annotations WHERE ${where.join(' AND ')}
       ORDER BY published_key DESC, article_id, ordinal LIMIT ?`,
      [...params, limit + 1],
    );
    return pageOf(rows, limit, rowToAnnotation, (row) => [
      String(row.published_key),
      `${String(row.article_id)}#${String(row.ordinal)}`,
    ]);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
