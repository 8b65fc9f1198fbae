/**
 * The store contract on PostgreSQL. Enabled by TRIANGULATE_TEST_PG_URL (a URL of a database the
 * user may CREATE DATABASE from, e.g. postgres://postgres@127.0.0.1:5432/postgres): the suite
 * creates its own database triangulate_test_<random>, runs there, and drops it afterwards.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../open.js';
import { defineStoreContract } from '../store.contract.js';
import { fixture } from '../store.fixtures.js';
import { defineStoriesContract } from '../stories.contract.js';
import { postgresMigrations } from './migrations.js';

const adminUrl = process.env.TRIANGULATE_TEST_PG_URL;

if (!adminUrl) {
  console.info(
    'postgres store tests skipped: set TRIANGULATE_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)',
  );
  describe.skip('postgres store: skipped — set TRIANGULATE_TEST_PG_URL=postgres://user@host:5432/postgres to run', () => {
    it('runs the store contract on PostgreSQL', () => {});
  });
} else {
  const database = `triangulate_test_${randomBytes(6).toString('hex')}`;
  const testUrl = (() => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  })();
  let client: pg.Client | undefined;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${database}`);
    } finally {
      await admin.end();
    }
    client = new pg.Client({ connectionString: testUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });

  describe('postgres store: migrations', () => {
    it('postgres: concurrent openers of a fresh database migrate it once', async () => {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openStore(testUrl)));
      await Promise.all(stores.map((store) => store.close()));
      const { rows } = await client!.query('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(rows).toEqual(postgresMigrations.map(({ version, name }) => ({ version, name })));
    });

    it('postgres: reopening and migrating again applies nothing', async () => {
      const store = await openStore(testUrl);
      await store.migrate();
      await store.close();
      const { rows } = await client!.query('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]).toEqual({ n: postgresMigrations.length });
    });

    it('postgres: indexes a very long article without exceeding the tsvector limit', async () => {
      await client!.query('TRUNCATE messages, articles, captures, sources CASCADE');
      const words = Array.from({ length: 25_000 }, (_, i) => `w${(i * 7919).toString(36)}`).join(' ');
      const store = await openStore(testUrl);
      try {
        const item = fixture({ text: `${words} needleword` });
        expect(await store.saveIngested(item)).toBe('new');
        expect((await store.searchArticles('w0'))[0]?.articleId).toBe(item.article.id);
      } finally {
        await store.close();
      }
    });
  });

  const freshStore = async () => {
    const store = await openStore(testUrl);
    await client!.query(
      'TRUNCATE messages, articles, captures, sources, stage_outputs, stories, story_articles, threads, entities, article_entities, annotations',
    );
    return store;
  };
  defineStoreContract('postgres', freshStore);
  defineStoriesContract('postgres', freshStore);
}
