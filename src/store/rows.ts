/**
 * @module store/rows
 * Row ↔ record mapping, one place per record type, shared by both dialects. Records go in as
 * positional values for the INSERTs below; rows come back through checked readers (drivers
 * differ: Postgres parses `json` columns and returns counts as strings, SQLite returns TEXT).
 */
import { InternalError, UserError } from '../core/errors.js';
import type { Message, Place } from '../core/message.js';
import type { Article, ArticleMeta, Block, Capture, CaptureKind, Removal } from '../core/types.js';
import type { Story, Thread } from '../stories/types.js';
import type { Row, SqlValue } from './db.js';
import type {
  AnnotationInput,
  AnnotationKind,
  AnnotationRecord,
  ArticleSummary,
  EntitySummary,
  SearchHit,
  SourceRecord,
  StageOutput,
  StoryCounts,
  StorySummary,
} from './store.js';

// ── readers ────────────────────────────────────────────────────────────────────────────────

function column(row: Row, name: string): unknown {
  if (!(name in row)) throw new InternalError(`store: column ${name} missing from result`);
  return row[name];
}

function str(row: Row, name: string): string {
  const value = column(row, name);
  if (typeof value !== 'string') throw new InternalError(`store: column ${name} is not text`);
  return value;
}

function strOrNull(row: Row, name: string): string | null {
  const value = column(row, name);
  return value === null ? null : str(row, name);
}

function num(row: Row, name: string): number {
  const value = Number(column(row, name));
  if (!Number.isFinite(value)) throw new InternalError(`store: column ${name} is not a number`);
  return value;
}

function json<T>(row: Row, name: string): T {
  const value = column(row, name);
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

function bytes(row: Row, name: string): Uint8Array {
  const value = column(row, name);
  if (!(value instanceof Uint8Array)) throw new InternalError(`store: column ${name} is not bytes`);
  return new Uint8Array(value); // a plain copy, not the driver's Buffer
}

// ── writers ────────────────────────────────────────────────────────────────────────────────

/** PostgreSQL cannot store U+0000 in text; refuse it in both dialects so they behave alike. */
function clean(value: string, field: string): string {
  if (value.includes('\u0000')) {
    throw new UserError(`cannot store ${field}: it contains the NUL character (U+0000)`, {
      code: 'store:nul-character',
    });
  }
  return value;
}

function cleanOrNull(value: string | null | undefined, field: string): string | null {
  return value === undefined || value === null ? null : clean(value, field);
}

/** Text columns that only index or describe (not the record itself): NUL becomes U+FFFD. */
function lossy(value: string | null | undefined): string | null {
  return value === undefined || value === null ? null : value.replaceAll('\u0000', '\uFFFD');
}

export function insertSql(table: string, columns: readonly string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

// ── captures ───────────────────────────────────────────────────────────────────────────────

export const CAPTURE_COLUMNS = [
  'id',
  'content_hash',
  'bytes',
  'kind',
  'media_type',
  'declared_charset',
  'input',
  'url',
  'fetched_at',
  'stored_at',
] as const;

export function captureValues(capture: Capture, storedAt: string): SqlValue[] {
  return [
    clean(capture.id, 'capture id'),
    clean(capture.contentHash, 'content hash'),
    capture.bytes,
    capture.kind,
    clean(capture.mediaType, 'media type'),
    cleanOrNull(capture.declaredCharset, 'declared charset'),
    clean(capture.input, 'input'),
    cleanOrNull(capture.url, 'url'),
    cleanOrNull(capture.fetchedAt, 'fetched-at'),
    storedAt,
  ];
}

export function rowToCapture(row: Row): Capture {
  const declaredCharset = strOrNull(row, 'declared_charset');
  const url = strOrNull(row, 'url');
  const fetchedAt = strOrNull(row, 'fetched_at');
  return {
    id: str(row, 'id'),
    contentHash: str(row, 'content_hash'),
    bytes: bytes(row, 'bytes'),
    kind: str(row, 'kind') as CaptureKind,
    mediaType: str(row, 'media_type'),
    ...(declaredCharset === null ? {} : { declaredCharset }),
    input: str(row, 'input'),
    ...(url === null ? {} : { url }),
    ...(fetchedAt === null ? {} : { fetchedAt }),
  };
}

// ── articles ───────────────────────────────────────────────────────────────────────────────

export const ARTICLE_COLUMNS = [
  'id',
  'capture_id',
  'input',
  'title',
  'outlet',
  'published_at',
  'published_key',
  'language',
  'text',
  'text_length',
  'meta',
  'blocks',
  'removed',
  'extractor',
  'created_at',
] as const;

/**
 * The sort key of the article list: the publication time as a UTC ISO string (a bare day is
 * its midnight UTC), or '' when unknown or unparsable — '' sorts last in descending order.
 */
export function publishedKey(value: string | null | undefined): string {
  if (!value) return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

export function articleValues(article: Article, createdAt: string): SqlValue[] {
  const { meta } = article;
  const published = meta.publishedAt?.value ?? null;
  return [
    clean(article.id, 'article id'),
    clean(article.captureId, 'capture id'),
    clean(article.input, 'input'),
    lossy(meta.title?.value),
    lossy(meta.outlet?.value),
    lossy(published),
    publishedKey(published),
    lossy(meta.language?.value),
    clean(article.text, 'article text'),
    article.text.length,
    JSON.stringify(meta),
    JSON.stringify(article.blocks),
    JSON.stringify(article.removed),
    JSON.stringify(article.extractor),
    createdAt,
  ];
}

export function rowToArticle(row: Row): Article {
  return {
    id: str(row, 'id'),
    captureId: str(row, 'capture_id'),
    input: str(row, 'input'),
    text: str(row, 'text'),
    blocks: json<Block[]>(row, 'blocks'),
    meta: json<ArticleMeta>(row, 'meta'),
    removed: json<Removal[]>(row, 'removed'),
    extractor: json<Article['extractor']>(row, 'extractor'),
  };
}

export const SUMMARY_COLUMNS = 'id, input, title, outlet, published_at, published_key, language, text_length';

export function rowToSummary(row: Row): ArticleSummary {
  return {
    id: str(row, 'id'),
    input: str(row, 'input'),
    title: strOrNull(row, 'title'),
    outlet: strOrNull(row, 'outlet'),
    publishedAt: strOrNull(row, 'published_at'),
    language: strOrNull(row, 'language'),
    chars: num(row, 'text_length'),
  };
}

// ── messages ───────────────────────────────────────────────────────────────────────────────

export const MESSAGE_COLUMNS = [
  'id',
  'article_id',
  'capture_id',
  'ordinal',
  'severity',
  'rule_id',
  'reason',
  'place',
  'detail',
] as const;

interface MessageDetail {
  readonly source: string;
  readonly actual?: string;
  readonly expected?: string;
  readonly note?: string;
}

/** Values for the `ordinal`-th message about an article; ids are `<articleId>:<stage>:<ordinal>`. */
export function messageValues(
  message: Message,
  articleId: string,
  captureId: string | null,
  ordinal: number,
): SqlValue[] {
  const { severity, reason, ruleId, source, place, actual, expected, note } = message;
  const detail: MessageDetail = { source, actual, expected, note };
  return [
    `${articleId}:${source}:${ordinal}`,
    articleId,
    captureId,
    ordinal,
    severity,
    lossy(ruleId),
    lossy(reason),
    place === undefined ? null : JSON.stringify(place),
    JSON.stringify(detail),
  ];
}

export function rowToMessage(row: Row): Message {
  const place = json<Place | null>(row, 'place');
  const detail = json<MessageDetail>(row, 'detail');
  return {
    severity: str(row, 'severity') as Message['severity'],
    reason: str(row, 'reason'),
    ruleId: str(row, 'rule_id'),
    source: detail.source,
    ...(place === null ? {} : { place }),
    ...(detail.actual === undefined ? {} : { actual: detail.actual }),
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    ...(detail.note === undefined ? {} : { note: detail.note }),
  };
}

// ── sources ────────────────────────────────────────────────────────────────────────────────

export const SOURCE_COLUMNS = ['input', 'status', 'capture_id', 'reason', 'updated_at'] as const;

export function sourceValues(source: Omit<SourceRecord, 'updatedAt'>, updatedAt: string): SqlValue[] {
  return [clean(source.input, 'input'), source.status, source.captureId, lossy(source.reason), updatedAt];
}

export function rowToSource(row: Row): SourceRecord {
  return {
    input: str(row, 'input'),
    status: str(row, 'status') as SourceRecord['status'],
    captureId: strOrNull(row, 'capture_id'),
    reason: strOrNull(row, 'reason'),
    updatedAt: str(row, 'updated_at'),
  };
}

// ── search hits ────────────────────────────────────────────────────────────────────────────

export function rowToHit(row: Row): SearchHit {
  return {
    articleId: str(row, 'article_id'),
    title: strOrNull(row, 'title'),
    snippet: str(row, 'snippet'),
    rank: num(row, 'rank'),
  };
}

// ── stage outputs ──────────────────────────────────────────────────────────────────────────

export const STAGE_OUTPUT_COLUMNS = ['stage', 'record_id', 'stage_version', 'data', 'created_at'] as const;

export function stageOutputValues(output: StageOutput, createdAt: string): SqlValue[] {
  return [output.stage, output.recordId, output.stageVersion, lossy(JSON.stringify(output.data)), createdAt];
}

export function rowToStageOutput(row: Row): StageOutput {
  return {
    stage: str(row, 'stage'),
    recordId: str(row, 'record_id'),
    stageVersion: str(row, 'stage_version'),
    data: json<unknown>(row, 'data'),
  };
}

// ── stories, threads ───────────────────────────────────────────────────────────────────────

export const STORY_COLUMNS = [
  'id',
  'title',
  'thread_id',
  'sort_key',
  'article_count',
  'origin_count',
  'outlets',
  'first_published',
  'last_published',
  'findings',
  'contradicted',
  'flags',
  'data',
  'updated_at',
] as const;

export const STORY_SUMMARY_COLUMNS = STORY_COLUMNS.filter((c) => c !== 'data' && c !== 'updated_at').join(', ');

/** Distinct outlets of a story's articles, in first-seen order. */
function storyOutlets(story: Story): string[] {
  return [...new Set(story.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))];
}

export function storyValues(story: Story, counts: StoryCounts | undefined, updatedAt: string): SqlValue[] {
  return [
    story.id,
    lossy(story.title) ?? '',
    story.threadId,
    publishedKey(story.lastPublished),
    story.articles.length,
    story.origins.length,
    JSON.stringify(storyOutlets(story)),
    lossy(story.firstPublished),
    lossy(story.lastPublished),
    counts?.findings ?? 0,
    counts?.contradicted ?? 0,
    counts?.flags ?? 0,
    lossy(JSON.stringify(story)),
    updatedAt,
  ];
}

export function rowToStorySummary(row: Row): StorySummary {
  return {
    id: str(row, 'id'),
    title: str(row, 'title'),
    threadId: str(row, 'thread_id'),
    articles: num(row, 'article_count'),
    origins: num(row, 'origin_count'),
    outlets: json<string[]>(row, 'outlets'),
    firstPublished: strOrNull(row, 'first_published'),
    lastPublished: strOrNull(row, 'last_published'),
    findings: num(row, 'findings'),
    contradicted: num(row, 'contradicted'),
    flags: num(row, 'flags'),
  };
}

export const THREAD_COLUMNS = ['id', 'title', 'data', 'updated_at'] as const;

export function threadValues(thread: Thread, updatedAt: string): SqlValue[] {
  return [thread.id, lossy(thread.title) ?? '', lossy(JSON.stringify(thread)), updatedAt];
}

// ── entities, annotations ──────────────────────────────────────────────────────────────────

/** Lower-cased, accent-folded name for prefix search. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function rowToEntity(row: Row): EntitySummary {
  return { id: str(row, 'id'), name: str(row, 'name'), type: str(row, 'type'), articles: num(row, 'articles') };
}

export const ANNOTATION_COLUMNS = [
  'article_id',
  'kind',
  'ordinal',
  'start_offset',
  'end_offset',
  'entity_id',
  'target_id',
  'published_at',
  'published_key',
  'data',
] as const;

export function annotationValues(
  articleId: string,
  ordinal: number,
  annotation: AnnotationInput,
  publishedAt: string | null,
): SqlValue[] {
  return [
    articleId,
    annotation.kind,
    ordinal,
    annotation.start,
    annotation.end,
    annotation.entityId,
    annotation.targetId,
    lossy(publishedAt),
    publishedKey(publishedAt),
    lossy(JSON.stringify(annotation.data)),
  ];
}

export function rowToAnnotation(row: Row): AnnotationRecord {
  return {
    articleId: str(row, 'article_id'),
    kind: str(row, 'kind') as AnnotationKind,
    ordinal: num(row, 'ordinal'),
    start: num(row, 'start_offset'),
    end: num(row, 'end_offset'),
    entityId: strOrNull(row, 'entity_id'),
    targetId: strOrNull(row, 'target_id'),
    data: json<unknown>(row, 'data'),
    publishedAt: strOrNull(row, 'published_at'),
  };
}
