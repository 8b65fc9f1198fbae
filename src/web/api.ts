/**
 * @module web/api
 * The UI's client of the JSON API: same-origin fetches (the login cookie rides along), errors as
 * exceptions carrying the API's {code, message}, a 401 sends the browser to the login form.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Builds `/api/<path>?…`, leaving out empty parameters. */
export function apiUrl(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `/api/${path}${qs ? `?${qs}` : ''}`;
}

export async function getJson<T>(
  path: string,
  params: Record<string, string | number | null | undefined> = {},
): Promise<T> {
  const res = await fetch(apiUrl(path, params), {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin',
  });
  return parse<T>(res);
}

export async function parse<T>(res: Response): Promise<T> {
  if (res.status === 401) {
    location.assign('/login');
    throw new ApiError(401, 'unauthorized', 'log in first');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'error', err?.message ?? `HTTP ${res.status}`);
  }
  return body as T;
}

export const enc = encodeURIComponent;
