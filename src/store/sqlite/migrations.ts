/**
 * @module store/sqlite/migrations
 * The SQLite schema, as ordered versions (TypeScript, so the build ships them). Never edit an
 * applied version: add the next one. Keep in step with postgres/migrations.ts (same tables and
 * columns; only types and full-text search differ).
 *
 * Times are ISO 8601 TEXT as given (the records' own strings round-trip exactly).
 * `articles.seq` is the stable integer row id the FTS5 external-content table points at
 * (a plain rowid may change on VACUUM); `id` stays the record's key (UNIQUE, referenced by FKs).
 */
import type { Migration } from '../db.js';

const v1 = `
CREATE TABLE captures (
  id               TEXT PRIMARY KEY,
  content_hash     TEXT NOT NULL UNIQUE,
  bytes            BLOB NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('html', 'text')),
  media_type       TEXT NOT NULL,
  declared_charset TEXT,
  input            TEXT NOT NULL,
  url              TEXT,
  fetched_at       TEXT,
  stored_at        TEXT NOT NULL
);

CREATE TABLE articles (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  capture_id    TEXT NOT NULL REFERENCES captures (id) ON DELETE CASCADE,
  input         TEXT NOT NULL,
  title         TEXT,
  outlet        TEXT,
  published_at  TEXT,
  published_key TEXT NOT NULL,
  language      TEXT,
  text          TEXT NOT NULL,
  text_length   INTEGER NOT NULL,
  meta          TEXT NOT NULL,
  blocks        TEXT NOT NULL,
  removed       TEXT NOT NULL,
  extractor     TEXT NOT NULL,
  created_at    TEXT NOT NULL
);
CREATE INDEX articles_capture ON articles (capture_id);
CREATE INDEX articles_order ON articles (published_key DESC, id);
CREATE INDEX articles_outlet_order ON articles (outlet, published_key DESC, id);

CREATE TABLE messages (
  id         TEXT PRIMARY KEY,
  article_id TEXT REFERENCES articles (id) ON DELETE CASCADE,
  capture_id TEXT REFERENCES captures (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  severity   TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  rule_id    TEXT NOT NULL,
  reason     TEXT NOT NULL,
  place      TEXT,
  detail     TEXT NOT NULL
);
CREATE INDEX messages_article ON messages (article_id, ordinal);
CREATE INDEX messages_capture ON messages (capture_id);

CREATE TABLE sources (
  input      TEXT PRIMARY KEY,
  status     TEXT NOT NULL CHECK (status IN ('ingested', 'duplicate', 'refused')),
  capture_id TEXT,
  reason     TEXT,
  updated_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`;

/** v2: what later stages computed for a record, keyed by (stage, record) and stamped with the stage version. */
const v2 = `
CREATE TABLE stage_outputs (
  stage         TEXT NOT NULL,
  record_id     TEXT NOT NULL,
  stage_version TEXT NOT NULL,
  data          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  PRIMARY KEY (stage, record_id)
);
CREATE INDEX stage_outputs_record ON stage_outputs (record_id);
`;

/** v3: stories and threads, and the per-article index of entities and annotations that lists and filters use. */
const v3 = `
CREATE TABLE stories (
  id              TEXT PRIMARY KEY,
  title           TEXT NOT NULL,
  thread_id       TEXT NOT NULL,
  sort_key        TEXT NOT NULL,
  article_count   INTEGER NOT NULL,
  origin_count    INTEGER NOT NULL,
  outlets         TEXT NOT NULL,
  first_published TEXT,
  last_published  TEXT,
  findings        INTEGER NOT NULL,
  contradicted    INTEGER NOT NULL,
  flags           INTEGER NOT NULL,
  data            TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);
CREATE INDEX stories_order ON stories (sort_key DESC, id);
CREATE INDEX stories_thread ON stories (thread_id, sort_key DESC, id);

CREATE TABLE story_articles (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  story_id   TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

CREATE TABLE threads (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  data       TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE entities (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type     TEXT NOT NULL,
  articles INTEGER NOT NULL
);
CREATE INDEX entities_order ON entities (articles DESC, id);
CREATE INDEX entities_name ON entities (name_key);

CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL,
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id, article_id);

CREATE TABLE annotations (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind          TEXT NOT NULL CHECK (kind IN ('quote', 'claim', 'event')),
  ordinal       INTEGER NOT NULL,
  start_offset  INTEGER NOT NULL,
  end_offset    INTEGER NOT NULL,
  entity_id     TEXT,
  target_id     TEXT,
  published_at  TEXT,
  published_key TEXT NOT NULL,
  data          TEXT NOT NULL,
  PRIMARY KEY (article_id, kind, ordinal)
);
CREATE INDEX annotations_order ON annotations (kind, published_key DESC, article_id, ordinal);
CREATE INDEX annotations_entity ON annotations (entity_id, kind);
CREATE INDEX annotations_target ON annotations (target_id, kind);
`;

export const sqliteMigrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: v1 },
  { version: 2, name: 'stage-outputs', sql: v2 },
  { version: 3, name: 'stories-and-index', sql: v3 },
];
