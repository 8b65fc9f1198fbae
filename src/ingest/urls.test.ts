import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectSources } from './collect.js';
import type { CollectOptions, IngestItem } from './types.js';

type Route = { type: string; body: string | Buffer; status?: number };

const page = (n: string) =>
  `<!doctype html><html><head><title>Story ${n}</title></head><body><p>Story ${n} body.</p></body></html>`;
const routes = new Map<string, Route>();
const fetched: string[] = [];
let server: http.Server;
let base: string;
let dir: string;

function route(path: string, type: string, body: string | Buffer, status = 200): void {
  routes.set(path, { type, body, status });
}

async function collect(inputs: string[], options: CollectOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  const settings = { fetch: { allowPrivate: true, perHostDelayMs: 0, timeoutMs: 2000 }, ...options };
  for await (const item of collectSources(inputs, settings)) items.push(item);
  return items;
}

const names = (items: IngestItem[]) =>
  items.map((item) => (item.ok ? item.capture.input : `refused ${item.input} ${item.code}`));

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    fetched.push(path);
    const found = routes.get(path);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(found.status ?? 200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'triangulate-urls-'));
  for (const n of ['1', '2', '3', '4', '5', '6']) route(`/a/${n}`, 'text/html; charset=utf-8', page(n));
  route('/robots.txt', 'text/plain', 'User-agent: *\nAllow: /\n');
  route('/text', 'text/plain', 'Headline\n\nA plain text capture.');
  route('/image', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  route(
    '/rss',
    'text/xml',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>1</title><link>${base}/a/1</link></item>
      <item><title>2</title><link>/a/2</link></item>
      <item><title>dup</title><link>${base}/a/1#comments</link></item>
      <item><title>3</title><guid isPermaLink="true">${base}/a/3</guid></item>
    </channel></rss>`,
  );
  route(
    '/atom-served-as-html',
    'text/html',
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>4</title><link rel="alternate" href="${base}/a/4"/><link rel="edit" href="${base}/edit/4"/></entry>
      <entry><title>5</title><link href="/a/5"/></entry></feed>`,
  );
  route(
    '/feed.json',
    'application/json',
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '6', url: `${base}/a/6` }, { id: 'x' }],
    }),
  );
  route(
    '/sitemap.xml',
    'application/xml',
    `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/a/1</loc></url><url><loc>${base}/a/2</loc></url></urlset>`,
  );
  route(
    '/sitemap-2.xml.gz',
    'application/octet-stream',
    gzipSync(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${base}/a/3</loc></url></urlset>`),
  );
  route(
    '/sitemap-index.xml',
    'text/xml',
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap.xml</loc></sitemap><sitemap><loc>${base}/sitemap-2.xml.gz</loc></sitemap></sitemapindex>`,
  );
  route('/empty-feed', 'application/rss+xml', '<rss version="2.0"><channel><title>T</title></channel></rss>');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('urls: documents', () => {
  test('urls: a fetched page becomes a capture with its URL, charset and fetch time', async () => {
    const [item] = await collect([`${base}/a/1`]);
    expect(item?.ok && item.capture).toMatchObject({
      input: `${base}/a/1`,
      url: `${base}/a/1`,
      kind: 'html',
      declaredCharset: 'utf-8',
    });
    expect(item?.ok && item.capture.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  test('urls: text/plain is a text capture; images and missing pages are refused', async () => {
    const items = await collect([`${base}/text`, `${base}/image`, `${base}/nope`]);
    expect(items[0]?.ok && items[0].capture.kind).toBe('text');
    expect(names(items).slice(1)).toEqual([
      `refused ${base}/image ingest:media-type`,
      `refused ${base}/nope ingest:http-status`,
    ]);
    expect(items[2] && !items[2].ok && items[2].reason).toBe(`${base}/nope: HTTP status 404`);
  });

  test('urls: without allowPrivate the local server is refused as a private address', async () => {
    const items: IngestItem[] = [];
    for await (const item of collectSources([`${base}/a/1`], { fetch: { perHostDelayMs: 0 } })) items.push(item);
    expect(items[0] && !items[0].ok && items[0]).toMatchObject({ code: 'ingest:private-address' });
  });
});

describe('urls: feeds and sitemaps', () => {
  test('urls: an RSS feed expands into its article URLs, resolved and deduplicated', async () => {
    expect(names(await collect([`${base}/rss`]))).toEqual([`${base}/a/1`, `${base}/a/2`, `${base}/a/3`]);
  });

  test('urls: an Atom feed is detected by content even when served as text/html', async () => {
    expect(names(await collect([`${base}/atom-served-as-html`]))).toEqual([`${base}/a/4`, `${base}/a/5`]);
  });

  test('urls: a JSON Feed expands into its item URLs', async () => {
    expect(names(await collect([`${base}/feed.json`]))).toEqual([`${base}/a/6`]);
  });

  test('urls: a sitemap index expands through its sitemaps, gzipped ones included', async () => {
    expect(names(await collect([`${base}/sitemap-index.xml`]))).toEqual([`${base}/a/1`, `${base}/a/2`, `${base}/a/3`]);
  });

  test('urls: maxPerFeed bounds the documents taken from one feed', async () => {
    expect(names(await collect([`${base}/rss`], { maxPerFeed: 2 }))).toEqual([`${base}/a/1`, `${base}/a/2`]);
  });

  test('urls: a URL listed twice in one run is fetched once', async () => {
    expect(names(await collect([`${base}/a/1`, `${base}/rss`, `${base}/sitemap.xml`]))).toEqual([
      `${base}/a/1`,
      `${base}/a/2`,
      `${base}/a/3`,
    ]);
  });

  test('urls: skip is asked for each article URL before it is fetched', async () => {
    fetched.length = 0;
    const items = await collect([`${base}/rss`], { skip: async (input) => input.endsWith('/a/2') });
    expect(names(items)).toEqual([`${base}/a/1`, `${base}/a/3`]);
    expect(fetched).not.toContain('/a/2');
  });

  test('urls: a feed with no items is refused with a reason', async () => {
    const items = await collect([`${base}/empty-feed`]);
    expect(names(items)).toEqual([`refused ${base}/empty-feed ingest:empty-feed`]);
  });

  test('urls: a local .rss file expands to its URLs, which are fetched', async () => {
    const path = join(dir, 'local.rss');
    await writeFile(
      path,
      `<rss version="2.0"><channel><item><link>${base}/a/5</link></item><item><link>${base}/a/6</link></item></channel></rss>`,
    );
    expect(names(await collect([path]))).toEqual([`${base}/a/5`, `${base}/a/6`]);
  });
});
