/**
 * The HTTP API over a real server on a loopback port and a SQLite store filled from the demo corpus:
 * listing, paging, detail, search, validation and errors, uploads and job events, the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { demoStore, type Fixture, HOSTILE_PAGE, serve } from './fixture.js';

let fx: Fixture;
let server: RunningServer;
const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
const json = async (path: string) => {
  const res = await get(path);
  return {
    status: res.status, // biome-ignore lint/suspicious/noExplicitAny: tests read loosely shaped JSON
    body: (await res.json()) as Record<string, any>,
  };
};

beforeAll(async () => {
  fx = await demoStore();
  server = await serve(fx.store, { uploadLimit: 64 * 1024 });
});
afterAll(async () => {
  await server?.close();
  await fx?.cleanup();
});

describe('api: articles', () => {
  it('api: lists articles newest first and pages with a stable cursor', async () => {
    const all = await json('/api/articles?limit=200');
    expect(all.status).toBe(200);
    const ids: string[] = all.body.items.map((a: { id: string }) => a.id);
    expect(ids.length).toBe(15);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(`/api/articles?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.body.items.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ids);
  });

  it('api: filters articles by outlet and date', async () => {
    const { body } = await json('/api/articles?outlet=Coastline%20Daily');
    expect(body.items.map((a: { id: string }) => a.id)).toEqual([fx.hostileId]);
    const dated = await json('/api/articles?from=2025-03-01&to=2025-03-31');
    expect(dated.status).toBe(200);
    expect(dated.body.items.some((a: { id: string }) => a.id === fx.hostileId)).toBe(true);
  });

  it('api: article detail carries annotations, removals and provenance', async () => {
    const { body: list } = await json('/api/articles?limit=50');
    const id = list.items.find((a: { id: string }) => a.id !== fx.hostileId).id;
    const { status, body } = await json(`/api/articles/${id}`);
    expect(status).toBe(200);
    expect(body.article.id).toBe(id);
    expect(body.article.provenance.title.source).toBeTruthy();
    expect(Array.isArray(body.article.removed)).toBe(true);
    expect(body.analysis.entities.length).toBeGreaterThan(0);
    expect(Array.isArray(body.flags)).toBe(true);
  });

  it('api: a stored <script> comes back as inert text in JSON', async () => {
    const res = await get(`/api/articles/${fx.hostileId}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = (await res.json()) as { article: { text: string } };
    expect(body.article.text).toContain('<script>window.__pwned = 1</script>');
  });

  it('api: search finds articles and their quotes, with filters and paging', async () => {
    const { status, body } = await json('/api/search?q=ceasefire&limit=2');
    expect(status).toBe(200);
    expect(body.items.length).toBe(2);
    expect(body.items[0].snippet).toContain('«');
    expect(body.nextCursor).toBeTruthy();
    const next = await json(`/api/search?q=ceasefire&limit=2&cursor=${body.nextCursor}`);
    expect(next.body.items[0].articleId).not.toBe(body.items[0].articleId);
    const none = await json('/api/search?q=ceasefire&outlet=Nobody%20Times');
    expect(none.body.items).toEqual([]);
  });
});

describe('api: validation and errors', () => {
  it.each([
    ['/api/articles?limit=0', 'invalid-limit'],
    ['/api/articles?limit=abc', 'invalid-limit'],
    ['/api/articles?limit=100000', 'invalid-limit'],
    ['/api/articles?cursor=%%%', 'invalid-cursor'],
    ['/api/articles?cursor=bm9wZQ', 'store:invalid-cursor'],
    ['/api/articles?colour=red', 'unknown-parameter'],
    ['/api/articles?limit=1&limit=2', 'repeated-parameter'],
    ['/api/articles?from=yesterday', 'invalid-date'],
    ['/api/articles/not-an-id', 'invalid-id'],
    ['/api/search', 'missing-parameter'],
    ['/api/search?q=x&cursor=bm9wZQ', 'invalid-cursor'],
    ['/api/stories/s_00/brief?format=pdf', 'invalid-parameter'],
  ])('api: %s answers 400 %s', async (path, code) => {
    const { status, body } = await json(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
  });

  it('api: unknown records and routes are JSON 404s, wrong methods 405', async () => {
    expect((await json('/api/articles/a_00000000000000000000')).status).toBe(404);
    expect((await json('/api/stories/s_0000')).status).toBe(404);
    expect((await json('/api/entities/person:nobody-at-all')).status).toBe(404);
    expect((await json('/api/nothing-here')).body.error.code).toBe('not-found');
    const res = await get('/api/articles', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('method-not-allowed');
  });

  it('api: malformed ingest bodies are refused with a reason', async () => {
    const post = (body: string, type: string) =>
      get('/api/ingest', { method: 'POST', body, headers: { 'content-type': type } });
    expect((await post('{nope', 'application/json')).status).toBe(400);
    expect((await post('{"urls": "x"}', 'application/json')).status).toBe(400);
    expect((await post('{"urls": ["ftp://x"]}', 'application/json')).status).toBe(400);
    expect((await post('{"urls": [], "extra": 1}', 'application/json')).status).toBe(400);
    expect((await post('{}', 'application/json')).status).toBe(400);
    expect((await post('hello', 'text/plain')).status).toBe(415);
    expect((await post('garbage', 'multipart/form-data')).status).toBe(400);
  });

  it('api: an upload over the limit answers 413', async () => {
    const form = new FormData();
    form.append('files', new Blob(['x'.repeat(200 * 1024)], { type: 'text/html' }), 'big.html');
    const res = await get('/api/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload-too-large');
  });
});

// biome-ignore lint/suspicious/noExplicitAny: event payloads are read loosely
async function readEvents(url: string): Promise<{ type: string; data: any }[]> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await res.text();
  return text
    .split('\n\n')
    .map((block) => ({
      type: /^event: (.+)$/m.exec(block)?.[1] ?? '',
      data: JSON.parse(/^data: (.+)$/m.exec(block)?.[1] ?? 'null'),
    }))
    .filter((e) => e.type);
}

describe('api: ingest jobs', () => {
  it('api: an uploaded file is ingested as a job followed by server-sent events', async () => {
    const form = new FormData();
    const page = HOSTILE_PAGE.replaceAll('harbour levy', 'harbour toll').replace('4 million', '5 million');
    form.append('files', new Blob([page], { type: 'text/html' }), 'toll-vote.html');
    const res = await get('/api/ingest', { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { job, events } = (await res.json()) as { job: { id: string }; events: string };
    const log = await readEvents(`${server.url}${events}`);
    const types = log.map((e) => e.type);
    expect(types[0]).toBe('queued');
    expect(types).toContain('progress');
    expect(types.at(-1)).toBe('done');
    const progress = log.find((e) => e.type === 'progress')!.data;
    expect(progress.outcome.status).toBe('ingested');
    expect(progress.outcome.input).toBe('upload:toll-vote.html');
    const id = log.at(-1)!.data.articleIds[0];
    expect((await json(`/api/articles/${id}`)).body.article.title).toContain('harbour toll');
    expect((await json(`/api/jobs/${job.id}`)).body.status).toBe('done');
  });

  it('api: a private URL is refused by the fetcher, not fetched', async () => {
    const res = await get('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ urls: ['http://127.0.0.1:9/secret'] }),
    });
    expect(res.status).toBe(202);
    const { events } = (await res.json()) as { events: string };
    const log = await readEvents(`${server.url}${events}`);
    const outcome = log.find((e) => e.type === 'progress')!.data.outcome;
    expect(outcome.status).toBe('refused');
    expect(log.at(-1)!.data.refused).toBe(1);
  });
});

describe('api: openapi', () => {
  it('api: the OpenAPI document describes every route', async () => {
    const { status, body } = await json('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/stories',
      '/api/stories/{id}',
      '/api/stories/{id}/brief',
      '/api/stories/{id}/findings',
      '/api/entities',
      '/api/entities/{id}',
      '/api/quotes',
      '/api/claims',
      '/api/events',
      '/api/search',
      '/api/ingest',
      '/api/jobs/{id}/events',
    ])
      expect(body.paths[path], path).toBeTruthy();
  });
});
