/**
 * @module store/store
 * The one interface every storage dialect implements (SQLite embedded, PostgreSQL at scale).
 * All methods are async so both dialects share callers. Writes that belong together happen in
 * one transaction: a crash leaves either all of an ingested item or none of it.
 */
import type { Message } from '../core/message.js';
import type { Article, Capture } from '../core/types.js';
import type { Story, Thread } from '../stories/types.js';

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

/** An entity an article mentions, for the store-wide entity index. */
export interface ArticleEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly mentions: number;
}

/** A quote, claim or event of an article, kept queryable across the store. */
export interface AnnotationInput {
  readonly kind: AnnotationKind;
  readonly start: number;
  readonly end: number;
  readonly entityId: string | null;
  readonly targetId: string | null;
  readonly data: unknown;
}

/** The queryable index of an article's analysis: which entities it mentions, its quotes, claims and events. */
export interface ArticleIndex {
  readonly entities: readonly ArticleEntity[];
  readonly annotations: readonly AnnotationInput[];
}

/** An ingested item: capture, its article, the messages of extracting it, and later stages' outputs — written together. */
export interface IngestedItem {
  readonly capture: Capture;
  readonly article: Article;
  readonly messages: readonly Message[];
  readonly outputs?: readonly StageOutput[];
  /** The article's analysis as index rows (entities, annotations), when it was analysed. */
  readonly index?: ArticleIndex;
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
  /** Only articles that mention this entity id. */
  readonly entity?: string;
  /** Only articles of this story. */
  readonly story?: string;
  /** Only articles published on or after / before this ISO date (articles without a date are left out). */
  readonly from?: string;
  readonly to?: string;
}

/** A story as listed: counts for the stories page, without the members' detail. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly threadId: string;
  readonly articles: number;
  readonly origins: number;
  readonly outlets: readonly string[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  /** From the story's verification (0 until verified). */
  readonly findings: number;
  readonly contradicted: number;
  readonly flags: number;
}

export interface StoryQuery {
  readonly limit?: number;
  /** Opaque cursor (stable order: last published desc, then id). */
  readonly cursor?: string;
  readonly thread?: string;
}

/** Counts a story's verification adds to its summary. */
export interface StoryCounts {
  readonly findings: number;
  readonly contradicted: number;
  readonly flags: number;
}

/** What one stories run changed, written in one transaction. */
export interface StoriesUpdate {
  /** Stories created or changed (replaced whole, members included). */
  readonly stories: readonly Story[];
  /** Threads created or changed. */
  readonly threads: readonly Thread[];
  /** Stories removed (merged away). */
  readonly removedStoryIds?: readonly string[];
  readonly removedThreadIds?: readonly string[];
  /** Verification counts per story id. */
  readonly counts?: ReadonlyMap<string, StoryCounts>;
  /** Stage outputs written with them: the clustering state, each changed story's verification and brief. */
  readonly outputs: readonly StageOutput[];
}

/** One canonical entity as listed, with how many stored articles mention it. */
export interface EntitySummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly articles: number;
}

export interface EntityQuery {
  readonly limit?: number;
  /** Opaque cursor (stable order: articles desc, then id). */
  readonly cursor?: string;
  readonly type?: string;
  /** Name prefix, case-insensitive. */
  readonly q?: string;
}

/** A row of an article's analysis kept queryable across the store (quotes, claims, events). */
export type AnnotationKind = 'quote' | 'claim' | 'event';

export interface AnnotationRecord {
  readonly articleId: string;
  readonly kind: AnnotationKind;
  /** Position among the article's annotations of this kind. */
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  /** The entity the annotation is by (quote speaker, event source), if resolved. */
  readonly entityId: string | null;
  /** The event's target entity, if any. */
  readonly targetId: string | null;
  /** The annotation as the analyze stage gave it. */
  readonly data: unknown;
  readonly publishedAt: string | null;
}

export interface AnnotationQuery {
  readonly kind: AnnotationKind;
  readonly limit?: number;
  /** Opaque cursor (stable order: published desc, article id, ordinal). */
  readonly cursor?: string;
  readonly articleId?: string;
  /** By or about this entity (speaker/source or target). */
  readonly entity?: string;
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
  /** Ids of stored articles in the order they were stored (the arrival order stories replay). */
  listArticleIdsInArrivalOrder(): Promise<string[]>;
  /** Writes a stories run's changes in one transaction. */
  saveStories(update: StoriesUpdate): Promise<void>;
  /** Removes every story, thread and stories/verify/brief output (before `recluster`). */
  clearStories(): Promise<void>;
  listStories(query?: StoryQuery): Promise<Page<StorySummary>>;
  getStory(id: string): Promise<Story | null>;
  getThread(id: string): Promise<Thread | null>;
  /** The story an article belongs to, or null before stories ran. */
  storyOfArticle(articleId: string): Promise<string | null>;
  listEntities(query?: EntityQuery): Promise<Page<EntitySummary>>;
  getEntity(id: string): Promise<EntitySummary | null>;
  /** How many stored articles, other than `exclude`, mention the entity. */
  countArticlesMentioning(entityId: string, exclude?: ReadonlySet<string>): Promise<number>;
  listAnnotations(query: AnnotationQuery): Promise<Page<AnnotationRecord>>;
  close(): Promise<void>;
}
