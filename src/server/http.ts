/**
 * @module server/http
 * The request handler: security headers on every response, the login form, the token check on every
 * /api route, routing, JSON errors (HttpError → its status; UserError → 400; OperationalError → 503;
 * anything else → 500 without details), and the built UI for everything else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OperationalError, UserError } from '../core/errors.js';
import {
  clearAuthCookie,
  LOGIN_CSS,
  presentedToken,
  requireToken,
  sendLoginPage,
  setAuthCookie,
  tokenMatches,
} from './auth.js';
import { readJsonBody } from './body.js';
import type { ServerContext } from './context.js';
import { HttpError, sendError, sendJson, sendText, setSecurityHeaders } from './respond.js';
import { matchRoute, type Route } from './router.js';
import { defaultWebRoot, serveStatic } from './static.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export function createHandler(
  ctx: ServerContext,
  routes: readonly Route[],
  onError: (e: unknown) => void,
): RequestListener {
  const webRoot = ctx.options.webRoot ?? defaultWebRoot();
  return (req, res) => {
    setSecurityHeaders(res);
    handle(ctx, routes, webRoot, req, res).catch((error: unknown) => answerError(res, error, onError));
  };
}

function answerError(res: ServerResponse, error: unknown, onError: (e: unknown) => void): void {
  if (error instanceof HttpError) sendError(res, error.status, error.code, error.message);
  else if (error instanceof UserError) sendError(res, 400, error.code ?? 'bad-request', error.message);
  else if (error instanceof OperationalError)
    sendError(res, 503, error.code ?? 'unavailable', `${error.message} (transient: retry may help)`);
  else {
    onError(error);
    sendError(res, 500, 'internal', 'internal error (see the server log)');
  }
}

async function handle(
  ctx: ServerContext,
  routes: readonly Route[],
  webRoot: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    throw new HttpError(400, 'invalid-url', 'the request URL is malformed');
  }
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (path === '/api' || path.startsWith('/api/')) return handleApi(ctx, routes, req, res, url);
  if (path === '/login' || path === '/logout' || path === '/login.css') return handleLogin(ctx, req, res, path, method);
  if (method !== 'GET' && method !== 'HEAD')
    throw new HttpError(405, 'method-not-allowed', `${method} is not allowed here`);
  const token = ctx.options.token;
  if (token !== undefined && !tokenMatches(token, presentedToken(req))) {
    res.statusCode = 303;
    res.setHeader('Location', '/login');
    res.end();
    return;
  }
  if (!(await serveStatic(res, webRoot, path, method === 'HEAD'))) sendText(res, 404, 'text/plain', 'not found');
}

async function handleApi(
  ctx: ServerContext,
  routes: readonly Route[],
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  requireToken(req, ctx.options.token);
  const match = matchRoute(routes, req.method ?? 'GET', url.pathname);
  if (match.kind === 'none')
    throw new HttpError(404, 'not-found', `no API route ${url.pathname} (see /api/openapi.json)`);
  if (match.kind === 'method-not-allowed') {
    res.setHeader('Allow', match.allowed.join(', '));
    throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed on ${url.pathname}`);
  }
  const body = await match.route.handler({ req, res, url, params: match.params });
  if (body !== undefined && !res.writableEnded) sendJson(res, 200, body);
}

async function handleLogin(
  ctx: ServerContext,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  method: string,
) {
  const token = ctx.options.token;
  if (path === '/login.css') return sendText(res, 200, 'text/css', LOGIN_CSS);
  const redirect = (to: string) => {
    res.statusCode = 303;
    res.setHeader('Location', to);
    res.end();
  };
  if (path === '/logout') {
    if (method !== 'POST') throw new HttpError(405, 'method-not-allowed', 'log out with POST /logout');
    clearAuthCookie(res);
    return redirect('/login');
  }
  if (token === undefined) return redirect('/');
  if (method === 'GET' || method === 'HEAD') return sendLoginPage(res, 200, false);
  if (method !== 'POST') throw new HttpError(405, 'method-not-allowed', `${method} is not allowed on /login`);
  const given = await readFormToken(req);
  if (!tokenMatches(token, given)) return sendLoginPage(res, 401, true);
  setAuthCookie(res, token, req.headers['x-forwarded-proto'] === 'https');
  redirect('/');
}

/** The "token" field of a urlencoded login form (or a JSON {token}). */
async function readFormToken(req: IncomingMessage): Promise<string | undefined> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    const body = await readJsonBody(req, 4096);
    const value = (body as { token?: unknown } | null)?.token;
    return typeof value === 'string' ? value : undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4096) throw new HttpError(413, 'payload-too-large', 'the login form is too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8')).get('token') ?? undefined;
}
