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

export const postgresMigrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: v1 },
  { version: 2, name: 'stage-outputs', sql: v2 },
];
