/**
 * @module store/store
 * The one interface every storage dialect implements (SQLite embedded, PostgreSQL at scale).
 * All methods are async so both dialects share callers. Writes that belong together happen in
 * one transaction: a crash leaves either all of an ingested item or none of it.
 */
import type { Message } from '../core/message.js';
import type { Article, Capture } from '../core/types.js';

export type Dialect = 'sqlite' | 'postgres';

/** How one named input (path, URL, record) ended in the last ingest that saw it. */
export interface SourceRecord {
  readonly input: string;
  readonly status: 'ingested' | 'duplicate' | 'refused';
  readonly captureId: string | null;
  readonly reason: string | null;
  readonly updatedAt: string;
}

/** What a stage after extract computed for one record (e.g. the analyze stage's annotations of an article). */
export interface StageOutput {
  readonly stage: string;
  readonly recordId: string;
  readonly stageVersion: string;
  /** JSON-serialisable output of the stage. */
  readonly data: unknown;
}

/** An ingested item: capture, its article, the messages of extracting it, and later stages' outputs — written together. */
export interface IngestedItem {
  readonly capture: Capture;
  readonly article: Article;
  readonly messages: readonly Message[];
  readonly outputs?: readonly StageOutput[];
}

export interface ArticleSummary {
  readonly id: string;
  readonly input: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly language: string | null;
  readonly chars: number;
}

export interface ArticleQuery {
  readonly limit?: number;
  /** Opaque cursor from a previous page (stable order: published desc, then id). */
  readonly cursor?: string;
  readonly outlet?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string | null;
  /** Text around the match with the matched terms wrapped in «…». */
  readonly snippet: string;
  /** Relevance: higher is better; comparable only between hits of one search. */
  readonly rank: number;
}

export interface Store {
  readonly dialect: Dialect;
  /** Applies pending migrations (idempotent). */
  migrate(): Promise<void>;
  /** Stores capture + article + messages in one transaction. 'duplicate' if the capture was already stored. */
  saveIngested(item: IngestedItem): Promise<'new' | 'duplicate'>;
  hasCapture(contentHash: string): Promise<boolean>;
  getCapture(id: string): Promise<Capture | null>;
  /** Records how an input ended (upsert by input). */
  recordSource(source: Omit<SourceRecord, 'updatedAt'>): Promise<void>;
  getSource(input: string): Promise<SourceRecord | null>;
  getArticle(id: string): Promise<Article | null>;
  /** Stores (replacing) a stage's output for a record, with the messages it reported, in one transaction. */
  saveStageOutput(output: StageOutput, messages?: readonly Message[]): Promise<void>;
  /** A stage's stored output for a record, or null. */
  getStageOutput(stage: string, recordId: string): Promise<StageOutput | null>;
  /** Messages stored for an article (extraction diagnostics). */
  getMessages(articleId: string): Promise<Message[]>;
  listArticles(query?: ArticleQuery): Promise<Page<ArticleSummary>>;
  countArticles(): Promise<number>;
  /** Full-text search over article titles and text. */
  searchArticles(q: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}
