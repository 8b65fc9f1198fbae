/**
 * @module server/auth
 * Access control. Without a token (loopback only) everything is open. With a token every /api route
 * needs it, as `Authorization: Bearer <token>` or the HttpOnly cookie the login form sets; tokens are
 * compared in constant time. The login page is static markup with no script.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, sendText } from './respond.js';

export const AUTH_COOKIE = 'triangulate_token';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time comparison (both sides hashed first so lengths do not leak). */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  return timingSafeEqual(digest(expected), digest(given));
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The token the request presents: the bearer header first, else the login cookie. */
export function presentedToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return m ? m[1] : undefined;
  }
  return cookieValue(req, AUTH_COOKIE);
}

/** Throws 401 unless the request carries the token (when one is configured). */
export function requireToken(req: IncomingMessage, token: string | undefined): void {
  if (token === undefined) return;
  if (!tokenMatches(token, presentedToken(req)))
    throw new HttpError(
      401,
      'unauthorized',
      'an access token is required: send "Authorization: Bearer <token>" or log in at /login',
    );
}

/** Sets the login cookie: HttpOnly, SameSite=Strict, for the whole site. */
export function setAuthCookie(res: ServerResponse, token: string, secure: boolean): void {
  const attrs = ['Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=2592000', ...(secure ? ['Secure'] : [])];
  res.setHeader('Set-Cookie', `${AUTH_COOKIE}=${encodeURIComponent(token)}; ${attrs.join('; ')}`);
}

export function clearAuthCookie(res: ServerResponse): void {
  res.setHeader('Set-Cookie', `${AUTH_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
}

/** The login form: plain HTML, styled by the UI's stylesheet link if present, no script. */
export function sendLoginPage(res: ServerResponse, status: number, failed: boolean): void {
  const note = failed ? '<p class="login-error" role="alert">That token is not valid.</p>' : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triangulate · log in</title><link rel="stylesheet" href="/login.css"></head>
<body class="login"><main><h1>Triangulate</h1>
<form method="post" action="/login"><label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button></form>${note}</main></body></html>`;
  sendText(res, status, 'text/html', html);
}

export const LOGIN_CSS = `body.login{font:16px/1.5 system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;background:#f6f7f9;color:#1b1f24}
body.login main{background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px #0002;max-width:22rem;width:90%}
body.login label{display:block;margin:.5rem 0 .25rem}body.login input{width:100%;padding:.5rem;font:inherit;box-sizing:border-box}
body.login button{margin-top:1rem;padding:.5rem 1rem;font:inherit}.login-error{color:#a4161a}`;
