/**
 * @module server/validate
 * Request validation shared by the routes: only the query parameters a route documents are accepted
 * (unknown or repeated ones are a 400), limits are integers in range, cursors are opaque base64url,
 * dates are ISO 8601. Every refusal names the parameter and what was expected.
 */
import { badRequest } from './respond.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

/** The query string as a plain map, refusing parameters the route does not take and repeated ones. */
export function readQuery(url: URL, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name))
      throw badRequest(
        'unknown-parameter',
        `unknown query parameter "${name}"${allowed.length ? ` (this route takes: ${allowed.join(', ')})` : ' (this route takes none)'}`,
      );
    if (name in out) throw badRequest('repeated-parameter', `query parameter "${name}" is given more than once`);
    out[name] = value;
  }
  return out;
}

export function limitParam(query: Record<string, string>, fallback = DEFAULT_LIMIT, max = MAX_LIMIT): number {
  const raw = query.limit;
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw badRequest('invalid-limit', `limit must be an integer from 1 to ${max}`);
  const n = Number.parseInt(raw, 10);
  if (n < 1 || n > max) throw badRequest('invalid-limit', `limit must be an integer from 1 to ${max}, not ${n}`);
  return n;
}

export function cursorParam(query: Record<string, string>): string | undefined {
  const raw = query.cursor;
  if (raw === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(raw))
    throw badRequest('invalid-cursor', 'cursor must be the nextCursor of a previous page, unchanged');
  return raw;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function dateParam(query: Record<string, string>, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (!ISO_DATE.test(raw) || Number.isNaN(Date.parse(raw)))
    throw badRequest('invalid-date', `${name} must be an ISO 8601 date (YYYY-MM-DD or a full timestamp)`);
  return raw;
}

/** A free-text parameter: trimmed, non-empty, bounded. */
export function textParam(query: Record<string, string>, name: string, max = 500): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  const value = raw.trim();
  if (!value) throw badRequest('invalid-parameter', `${name} must not be empty`);
  if (value.length > max) throw badRequest('invalid-parameter', `${name} is longer than ${max} characters`);
  return value;
}

export function enumParam<T extends string>(
  query: Record<string, string>,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = query[name];
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw badRequest('invalid-parameter', `${name} must be one of ${values.join(', ')}`);
  return raw as T;
}

const ID_PATTERNS: Record<string, RegExp> = {
  article: /^a_[0-9a-f]{20}$/,
  story: /^s_[0-9a-f]{1,64}$/,
  job: /^j_[0-9a-f]{16}$/,
};

/** A path id of a known shape (article, story, job); a malformed one is a 400, not a 404. */
export function checkId(kind: keyof typeof ID_PATTERNS, id: string): string {
  if (!ID_PATTERNS[kind]!.test(id)) throw badRequest('invalid-id', `"${id}" is not a valid ${kind} id`);
  return id;
}

/** An entity id: "type:slug" style, bounded, no control characters. */
export function checkEntityId(id: string): string {
  if (!/^[a-z][a-z-]*:[^\s\u0000-\u001f]{1,200}$/.test(id))
    throw badRequest('invalid-id', `"${id}" is not a valid entity id (like person:dmitry-peskov)`);
  return id;
}
