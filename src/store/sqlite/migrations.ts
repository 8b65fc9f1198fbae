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

export const sqliteMigrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: v1 },
  { version: 2, name: 'stage-outputs', sql: v2 },
];
