/**
 * @module store/postgres/migrations
 * The PostgreSQL schema, as ordered versions (TypeScript, so the build ships them). Never edit
 * an applied version: add the next one. Keep in step with sqlite/migrations.ts (same tables and
 * columns; only types and full-text search differ).
 *
 * Times are ISO 8601 TEXT as given (the records' own strings round-trip exactly). JSON columns
 * are `json`, which keeps an exact copy of the text (jsonb refuses \u0000 and lone surrogates).
 * Keys compared by keyset pagination use COLLATE "C" so the order is bytewise, as in SQLite.
 * Full-text search: a generated tsvector over title (weight A) and text (weight B), GIN-indexed.
 */
import type { Migration } from '../db.js';

/**
 * Most characters of an article's text that are indexed: a tsvector is limited to 1 MB, and
 * pathological text (100k chars of distinct 3-letter words) already makes a 340 kB one.
 */
export const POSTGRES_FTS_MAX_CHARS = 100_000;

/** Key of the transaction-scoped advisory lock that serialises concurrent migrators. */
export const POSTGRES_MIGRATION_LOCK_KEY = 7_426_601;

const v1 = `
CREATE TABLE captures (
  id               TEXT COLLATE "C" PRIMARY KEY,
  content_hash     TEXT NOT NULL UNIQUE,
  bytes            BYTEA NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('html', 'text')),
  media_type       TEXT NOT NULL,
  declared_charset TEXT,
  input            TEXT NOT NULL,
  url              TEXT,
  fetched_at       TEXT,
  stored_at        TEXT NOT NULL
);

CREATE TABLE articles (
  id            TEXT COLLATE "C" PRIMARY KEY,
  capture_id    TEXT COLLATE "C" NOT NULL REFERENCES captures (id) ON DELETE CASCADE,
  input         TEXT NOT NULL,
  title         TEXT,
  outlet        TEXT,
  published_at  TEXT,
  published_key TEXT COLLATE "C" NOT NULL,
  language      TEXT,
  text          TEXT NOT NULL,
  text_length   INTEGER NOT NULL,
  meta          JSON NOT NULL,
  blocks        JSON NOT NULL,
  removed       JSON NOT NULL,
  extractor     JSON NOT NULL,
  created_at    TEXT NOT NULL,
  search        TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A') ||
    setweight(to_tsvector('simple'::regconfig, left(text, ${POSTGRES_FTS_MAX_CHARS})), 'B')
  ) STORED
);
CREATE INDEX articles_capture ON articles (capture_id);
CREATE INDEX articles_order ON articles (published_key DESC, id);
CREATE INDEX articles_outlet_order ON articles (outlet, published_key DESC, id);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE messages (
  id         TEXT COLLATE "C" PRIMARY KEY,
  article_id TEXT COLLATE "C" REFERENCES articles (id) ON DELETE CASCADE,
  capture_id TEXT COLLATE "C" REFERENCES captures (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  rule_id    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  place      JSON,
  detail     JSON NOT NULL
);
CREATE INDEX messages_article ON messages (article_id, ordinal);
CREATE INDEX messages_capture ON messages (capture_id);

CREATE TABLE sources (
  input      TEXT PRIMARY KEY,
  status     TEXT NOT NULL CHECK (status IN ('ingested', 'duplicate', 'refused')),
  capture_id TEXT COLLATE "C",
  reason     TEXT,
  updated_at TEXT NOT NULL
);
`;

/** v2: what later stages computed for a record, keyed by (stage, record) and stamped with the stage version. */
const v2 = `
CREATE TABLE stage_outputs (
  stage         TEXT COLLATE "C" NOT NULL,
  record_id     TEXT COLLATE "C" NOT NULL,
  stage_version TEXT NOT NULL,
  data          JSON NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (stage, record_id)
);
CREATE INDEX stage_outputs_record ON stage_outputs (record_id);
`;

/** v3: arrival order of articles (SQLite has it as the rowid), stories and threads, and the per-article index of entities and annotations that lists and filters use. */
const v3 = `
ALTER TABLE articles ADD COLUMN seq BIGSERIAL;
CREATE UNIQUE INDEX articles_seq ON articles (seq);

CREATE TABLE stories (
  id              TEXT COLLATE "C" PRIMARY KEY,
  title           TEXT NOT NULL,
  thread_id       TEXT COLLATE "C" NOT NULL,
  sort_key        TEXT COLLATE "C" NOT NULL,
  article_count   INTEGER NOT NULL,
  origin_count    INTEGER NOT NULL,
  outlets         JSON NOT NULL,
  first_published TEXT,
  last_published  TEXT,
  findings        INTEGER NOT NULL,
  contradicted    INTEGER NOT NULL,
  flags           INTEGER NOT NULL,
  data            JSON NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX stories_order ON stories (sort_key DESC, id);
CREATE INDEX stories_thread ON stories (thread_id, sort_key DESC, id);

CREATE TABLE story_articles (
  article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id   TEXT COLLATE "C" NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE threads (
  id         TEXT COLLATE "C" PRIMARY KEY,
  title      TEXT NOT NULL,
  data       JSON NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE entities (
  id       TEXT COLLATE "C" PRIMARY KEY,
  name     TEXT NOT NULL,
  name_key TEXT COLLATE "C" NOT NULL,
  type     TEXT NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX entities_order ON entities (articles DESC, id);
CREATE INDEX entities_name ON entities (name_key);

CREATE TABLE article_entities (
  article_id TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT COLLATE "C" NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

CREATE TABLE annotations (
  article_id    TEXT COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'event')),
  ordinal       INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  entity_id     TEXT COLLATE "C",
  target_id     TEXT COLLATE "C",
  published_at  TEXT,
  published_key TEXT COLLATE "C" NOT NULL,
  data          JSON NOT NULL,
  PRIMARY KEY (article_id, kind, ordinal)
);
CREATE INDEX annotations_order ON annotations (kind, published_key DESC, article_id, ordinal);
CREATE INDEX annotations_entity ON annotations (entity_id, kind);
CREATE INDEX annotations_target ON annotations (target_id, kind);
`;

export const postgresMigrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: v1 },
  { version: 2, name: 'stage-outputs', sql: v2 },
  { version: 3, name: 'stories-and-index', sql: v3 },
];
