/**
 * The store contract on SQLite (always runs, on temporary files), plus what only SQLite has:
 * the file, its pragmas, and the FTS5 external-content index.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Message } from '../../core/message.js';
import { openStore } from '../open.js';
import { defineStoreContract } from '../store.contract.js';
import { fixture } from '../store.fixtures.js';
import { defineStoriesContract } from '../stories.contract.js';
import { sqliteMigrations } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-sqlite-'));
let count = 0;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

defineStoreContract('sqlite', () => openStore(join(dir, `store-${++count}.db`)));
defineStoriesContract('sqlite', () => openStore(join(dir, `store-${++count}.db`)));

describe('sqlite store: file and schema', () => {
  it('sqlite: creates parent folders, uses WAL, and keeps data across reopening', async () => {
    const file = join(dir, 'nested', 'deeper', 'triangulate.db');
    const item = fixture({ text: 'Persisted across reopening.' });
    const first = await openStore(file);
    await first.saveIngested(item);
    await first.close();
    const second = await openStore(file);
    expect(await second.getArticle(item.article.id)).toStrictEqual(item.article);
    await second.close();
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(
        sqliteMigrations.map(({ version, name }) => ({ version, name })),
      );
    } finally {
      raw.close();
    }
  });

  it('sqlite: keeps the FTS index in step with the articles table', async () => {
    const file = join(dir, `fts-${++count}.db`);
    const store = await openStore(file);
    await store.saveIngested(fixture({ text: 'One indexed article.' }));
    const bad = fixture({ text: 'Rolled back.', messages: [{ severity: 'nope' } as unknown as Message] });
    await expect(store.saveIngested(bad)).rejects.toThrow();
    await store.close();
    const raw = new Database(file);
    try {
      // Throws SQLITE_CORRUPT_VTAB if the external-content index and the table disagree.
      raw.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
      expect(raw.prepare('SELECT count(*) AS n FROM articles_fts').get()).toEqual({ n: 1 });
    } finally {
      raw.close();
    }
  });

  it('sqlite: refuses a database whose schema is newer than this build', async () => {
    const file = join(dir, `newer-${++count}.db`);
    await (await openStore(file)).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    raw.close();
    await expect(openStore(file)).rejects.toMatchObject({ name: 'UserError', code: 'store:schema-too-new' });
  });

  it('sqlite: refuses a file that is not a database with a user error', async () => {
    const file = join(dir, `not-a-db-${++count}.db`);
    writeFileSync(file, 'this is not a SQLite database, just some text that is long enough to have a header');
    await expect(openStore(file)).rejects.toMatchObject({ name: 'UserError' });
  });
});
