/**
 * Security of `triangulate serve`: loopback by default, no start beyond loopback without a token, every
 * /api route needs the token (bearer or login cookie), strict headers on every response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.js';
import { demoStore, type Fixture, serve } from './fixture.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await demoStore();
});
afterAll(async () => {
  await fx?.cleanup();
});

describe('api: security', () => {
  it('api: binds 127.0.0.1 by default and sends a strict CSP', async () => {
    const server = await serve(fx.store);
    try {
      expect(server.host).toBe('127.0.0.1');
      const res = await fetch(`${server.url}/api/health`);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await server.close();
    }
  });

  it('api: refuses to listen beyond loopback without a token', async () => {
    await expect(startServer(fx.store, { host: '0.0.0.0', port: 0 })).rejects.toThrow(/token/);
  });

  it('api: beyond loopback every API route needs the token, by header or login cookie', async () => {
    const server = await serve(fx.store, { host: '0.0.0.0', token: 's3cret-token' });
    const base = `http://127.0.0.1:${server.port}`;
    try {
      for (const path of ['/api/articles', '/api/stories', '/api/search?q=x', '/api/openapi.json', '/api/entities']) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, path).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
      }
      const upload = await fetch(`${base}/api/ingest`, {
        method: 'POST',
        body: '{"urls":[]}',
        headers: { 'content-type': 'application/json' },
      });
      expect(upload.status).toBe(401);
      expect((await fetch(`${base}/api/articles`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(`${base}/api/articles`, { headers: { authorization: 'Bearer s3cret-token' } })).status).toBe(
        200,
      );
      const page = await fetch(`${base}/`, { redirect: 'manual' });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/login');
      const bad = await fetch(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ token: 'nope' }),
        redirect: 'manual',
      });
      expect(bad.status).toBe(401);
      const login = await fetch(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ token: 's3cret-token' }),
        redirect: 'manual',
      });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!;
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const withCookie = await fetch(`${base}/api/articles`, { headers: { cookie: cookie.split(';')[0]! } });
      expect(withCookie.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
