import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OperationalError, UserError } from '../core/errors.js';
import { DEFAULT_USER_AGENT, Fetcher } from './fetch.js';
import { isPrivateAddress } from './net-guard.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const PAGE = '<html><body><p>Hello</p></body></html>';
const hits: { path: string; at: number; ua: string }[] = [];
let server: http.Server;
let base: string;

const routes: Record<string, Handler> = {
  '/robots.txt': (_req, res) => res.end('User-agent: *\nDisallow: /private/\n'),
  '/page': (_req, res) => {
    res.setHeader('content-type', 'text/html; charset=windows-1251');
    res.end(PAGE);
  },
  '/gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(PAGE));
  },
  '/br': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
    res.end(brotliCompressSync(PAGE));
  },
  '/private/secret': (_req, res) => res.end(PAGE),
  '/redirect': (_req, res) => res.writeHead(302, { location: '/page' }).end(),
  '/loop': (_req, res) => res.writeHead(301, { location: '/loop' }).end(),
  '/to-private': (_req, res) => res.writeHead(302, { location: 'http://10.0.0.1/x' }).end(),
  '/to-ipv6-loopback': (_req, res) => res.writeHead(302, { location: 'http://[::1]/x' }).end(),
  '/to-robots-disallowed': (_req, res) => res.writeHead(302, { location: '/private/secret' }).end(),
  '/missing': (_req, res) => res.writeHead(404).end('not here'),
  '/error': (_req, res) => res.writeHead(503).end('busy'),
  '/big-declared': (_req, res) => res.writeHead(200, { 'content-length': '5000000' }).end(),
  '/big-streamed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 100; i++) res.write('x'.repeat(1000));
    res.end();
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(1_000_000, 0x20)));
  },
  '/slow': () => {},
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push({ path, at: Date.now(), ua: String(req.headers['user-agent']) });
    (routes[path] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local = (options: ConstructorParameters<typeof Fetcher>[0] = {}) =>
  new Fetcher({ allowPrivate: true, perHostDelayMs: 0, timeoutMs: 2000, ...options });

async function failure(promise: Promise<unknown>): Promise<UserError | OperationalError> {
  try {
    await promise;
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected a rejection');
}

describe('fetch: documents', () => {
  test('fetch: returns the body, media type and charset from Content-Type, with the default user agent', async () => {
    const fetched = await local().fetch(`${base}/page`);
    expect(fetched).toMatchObject({
      status: 200,
      mediaType: 'text/html',
      charset: 'windows-1251',
      url: `${base}/page`,
    });
    expect(Buffer.from(fetched.bytes).toString()).toBe(PAGE);
    expect(hits.find((hit) => hit.path === '/page')?.ua).toBe(DEFAULT_USER_AGENT);
  });

  test('fetch: decodes gzip and br content encodings', async () => {
    const fetcher = local();
    expect(Buffer.from((await fetcher.fetch(`${base}/gzip`)).bytes).toString()).toBe(PAGE);
    expect(Buffer.from((await fetcher.fetch(`${base}/br`)).bytes).toString()).toBe(PAGE);
  });

  test('fetch: follows a redirect and reports the final URL', async () => {
    const fetched = await local().fetch(`${base}/redirect`);
    expect(fetched).toMatchObject({ requestedUrl: `${base}/redirect`, url: `${base}/page` });
  });

  test('fetch: refuses past the redirect limit', async () => {
    const error = await failure(local({ maxRedirects: 3 }).fetch(`${base}/loop`));
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'ingest:redirect-limit' });
    expect(error.message).toContain('more than 3 redirects');
  });

  test('fetch: a non-2xx status is an error naming the URL and status', async () => {
    const missing = await failure(local().fetch(`${base}/missing`));
    expect(missing).toBeInstanceOf(UserError);
    expect(missing.message).toBe(`${base}/missing: HTTP status 404`);
    expect(await failure(local().fetch(`${base}/error`))).toBeInstanceOf(OperationalError);
  });

  test('fetch: only http and https schemes', async () => {
    expect(await failure(local().fetch('file:///etc/passwd'))).toMatchObject({ code: 'ingest:scheme' });
  });
});

describe('fetch: politeness and limits', () => {
  test('fetch: obeys robots.txt disallow, unless respectRobots is false', async () => {
    const error = await failure(local().fetch(`${base}/private/secret`));
    expect(error).toMatchObject({ code: 'ingest:robots' });
    expect(error.message).toContain('disallowed by');
    await expect(local({ respectRobots: false }).fetch(`${base}/private/secret`)).resolves.toMatchObject({
      status: 200,
    });
  });

  test('fetch: checks robots.txt on every redirect hop', async () => {
    expect(await failure(local().fetch(`${base}/to-robots-disallowed`))).toMatchObject({ code: 'ingest:robots' });
  });

  test('fetch: caches robots.txt per host', async () => {
    const fetcher = local();
    const before = hits.filter((hit) => hit.path === '/robots.txt').length;
    await fetcher.fetch(`${base}/page`);
    await fetcher.fetch(`${base}/gzip`);
    expect(hits.filter((hit) => hit.path === '/robots.txt').length - before).toBe(1);
  });

  test('fetch: waits the per-host delay between requests to one host', async () => {
    const fetcher = local({ perHostDelayMs: 120, respectRobots: false });
    const start = Date.now();
    await Promise.all([fetcher.fetch(`${base}/page`), fetcher.fetch(`${base}/gzip`), fetcher.fetch(`${base}/br`)]);
    expect(Date.now() - start).toBeGreaterThanOrEqual(230);
  });

  test('fetch: refuses a body larger than maxBytes (declared or streamed or decompressed)', async () => {
    const fetcher = local({ maxBytes: 10_000 });
    for (const path of ['/big-declared', '/big-streamed', '/gzip-bomb']) {
      const error = await failure(fetcher.fetch(`${base}${path}`));
      expect(error).toMatchObject({ code: 'ingest:too-large' });
      expect(error.message).toContain('exceeds the size cap of 10000 bytes');
    }
  });

  test('fetch: times out a server that never answers', async () => {
    const start = Date.now();
    const error = await failure(local({ timeoutMs: 300 }).fetch(`${base}/slow`));
    expect(error).toBeInstanceOf(OperationalError);
    expect(error).toMatchObject({ code: 'ingest:timeout' });
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

describe('fetch: private addresses', () => {
  test.each([
    ['http://127.0.0.1/x', '127.0.0.1'],
    ['http://10.0.0.1/x', '10.0.0.1'],
    ['http://192.168.1.20/x', '192.168.1.20'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://[::1]/x', '::1'],
    ['http://[::ffff:127.0.0.1]/x', '::ffff:7f00:1'],
    ['http://[fd00::1]/x', 'fd00::1'],
    ['http://0.0.0.0/x', '0.0.0.0'],
    ['http://2130706433/x', '127.0.0.1'],
  ])('fetch: refuses %s without allowPrivate', async (url, address) => {
    const error = await failure(new Fetcher({ respectRobots: false }).fetch(url));
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'ingest:private-address' });
    expect(error.message).toBe(
      `${new URL(url).href}: refused private address ${address} (use --allow-private to allow)`,
    );
  });

  test('fetch: refuses a host name that resolves to a loopback address', async () => {
    const error = await failure(new Fetcher({ respectRobots: false }).fetch('http://localhost:9/x'));
    expect(error).toMatchObject({ code: 'ingest:private-address' });
  });

  test('fetch: refuses a redirect to a private address', async () => {
    const onlyTheTestServer = (address: string) => address !== '127.0.0.1' && isPrivateAddress(address);
    const fetcher = new Fetcher({ perHostDelayMs: 0, respectRobots: false }, { isRefusedAddress: onlyTheTestServer });
    await expect(fetcher.fetch(`${base}/page`)).resolves.toMatchObject({ status: 200 });
    const error = await failure(fetcher.fetch(`${base}/to-private`));
    expect(error).toMatchObject({ code: 'ingest:private-address' });
    expect(error.message).toContain('refused private address 10.0.0.1');
    expect(await failure(fetcher.fetch(`${base}/to-ipv6-loopback`))).toMatchObject({ code: 'ingest:private-address' });
  });

  test('fetch: classifies addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.0.1',
      '169.254.1.1',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      'ff02::1',
      '224.0.0.1',
      '::ffff:10.0.0.1',
      '100.64.0.1',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
