/**
 * @module ingest/request
 * One HTTP(S) request, no redirects followed: guarded DNS lookup (see net-guard), a connect
 * timeout and a total timeout, and a size cap enforced while the body streams in (on the
 * decoded bytes, so a compression bomb is stopped too). Fails with UserError (the input is
 * the problem) or OperationalError (retrying may help), each naming the URL.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { OperationalError, UserError } from '../core/errors.js';
import { type AddressPolicy, guardedLookup, PrivateAddressError } from './net-guard.js';

export interface RequestSettings {
  readonly userAgent: string;
  readonly timeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly maxBytes: number;
  /** Returns true for addresses that must not be contacted (by default: non-global ones). */
  readonly isRefusedAddress: AddressPolicy;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Decoded body; empty for redirects. */
  readonly bytes: Uint8Array;
}

const NETWORK_REASONS: Readonly<Record<string, (url: URL) => string>> = {
  ENOTFOUND: (url) => `cannot resolve host ${url.hostname} (ENOTFOUND)`,
  EAI_AGAIN: (url) => `cannot resolve host ${url.hostname} right now (EAI_AGAIN)`,
  ECONNREFUSED: (url) => `connection refused by ${url.host} (ECONNREFUSED)`,
  ECONNRESET: (url) => `connection reset by ${url.host} (ECONNRESET)`,
  EHOSTUNREACH: (url) => `host ${url.hostname} unreachable (EHOSTUNREACH)`,
};

const ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** Refuses a URL before connecting when its scheme is not http(s) or its host is a private IP literal. */
export function checkTarget(url: URL, isRefusedAddress: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`${url.href}: refused scheme "${url.protocol.replace(':', '')}" (only http and https)`, {
      input: url.href,
      code: 'ingest:scheme',
    });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && isRefusedAddress(host)) {
    throw new UserError(`${url.href}: ${new PrivateAddressError(host).message}`, {
      input: url.href,
      code: 'ingest:private-address',
    });
  }
}

/** Performs one request. Redirect responses resolve with their status and headers, unread. */
export function requestOnce(url: URL, settings: RequestSettings): Promise<RawResponse> {
  checkTarget(url, settings.isRefusedAddress);
  return new Promise<RawResponse>((resolve, reject) => {
    const fail = (error: Error) => {
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      request.destroy();
      reject(wrapError(url, error));
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      agent: false,
      headers: { 'user-agent': settings.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' },
      lookup: guardedLookup(settings.isRefusedAddress) as unknown as http.RequestOptions['lookup'],
    });
    const totalTimer = setTimeout(() => fail(timeoutError(url, settings.timeoutMs, 'timed out')), settings.timeoutMs);
    const connectTimer = setTimeout(
      () => fail(timeoutError(url, settings.connectTimeoutMs, 'connection timed out')),
      settings.connectTimeoutMs,
    );
    request.on('socket', (socket) => socket.once('connect', () => clearTimeout(connectTimer)));
    request.on('error', fail);
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      readResponse(url, response, settings).then(
        (result) => {
          clearTimeout(totalTimer);
          resolve(result);
        },
        (error: Error) => fail(error),
      );
    });
    request.end();
  });
}

function timeoutError(url: URL, ms: number, what: string): OperationalError {
  return new OperationalError(`${url.href}: ${what} after ${ms} ms`, { input: url.href, code: 'ingest:timeout' });
}

function wrapError(url: URL, error: Error): Error {
  if (error instanceof UserError || error instanceof OperationalError) return error;
  if (error instanceof PrivateAddressError || (error as { code?: string }).code === 'ingest:private-address') {
    const address = (error as PrivateAddressError).address ?? '';
    return new UserError(`${url.href}: refused private address ${address} (use --allow-private to allow)`, {
      input: url.href,
      code: 'ingest:private-address',
      cause: error,
    });
  }
  const errno = (error as NodeJS.ErrnoException).code;
  const reason = NETWORK_REASONS[errno ?? '']?.(url) ?? (errno ? `${errno} ${error.message}` : error.message);
  const code = errno === 'ENOTFOUND' ? 'ingest:dns' : 'ingest:network';
  return new OperationalError(`${url.href}: request failed: ${reason}`, { input: url.href, code, cause: error });
}

async function readResponse(url: URL, response: http.IncomingMessage, settings: RequestSettings): Promise<RawResponse> {
  const status = response.statusCode ?? 0;
  if (status >= 300 && status < 400 && response.headers.location) {
    response.resume();
    return { status, headers: response.headers, bytes: new Uint8Array(0) };
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > settings.maxBytes) {
    response.destroy();
    throw tooLarge(url, settings.maxBytes, `Content-Length ${declared}`);
  }
  const bytes = await readCapped(url, decodedStream(url, response), settings.maxBytes);
  return { status, headers: response.headers, bytes };
}

function decodedStream(url: URL, response: http.IncomingMessage): Readable {
  const coding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? createGunzip()
      : coding === 'deflate'
        ? createInflate()
        : coding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (coding !== '' && coding !== 'identity' && !decoder) {
    response.destroy();
    throw new UserError(`${url.href}: unsupported content encoding "${coding}"`, {
      input: url.href,
      code: 'ingest:bad-encoding',
    });
  }
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

function readCapped(url: URL, stream: Readable, maxBytes: number): Promise<Uint8Array> {
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        stream.destroy();
        reject(tooLarge(url, maxBytes, 'body'));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', (error) =>
      reject(
        new OperationalError(`${url.href}: body could not be read: ${error.message}`, {
          input: url.href,
          code: 'ingest:bad-encoding',
          cause: error,
        }),
      ),
    );
  });
}

function tooLarge(url: URL, maxBytes: number, what: string): UserError {
  return new UserError(`${url.href}: ${what} exceeds the size cap of ${maxBytes} bytes`, {
    input: url.href,
    code: 'ingest:too-large',
  });
}
