/**
 * @module ingest/body
 * HTTP message bodies as stored in archives and files: chunked transfer decoding, content
 * decompression (gzip, deflate, br) with an output cap, and parsing a raw HTTP response.
 */
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

export class BodyError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/** Decompresses a gzip/deflate/br body; identity passes through. Throws BodyError past `maxBytes`. */
export function decodeContent(body: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const coding = (encoding ?? '').trim().toLowerCase();
  if (coding === '' || coding === 'identity') return body;
  const options = { maxOutputLength: maxBytes + 1 };
  try {
    const out = decompress(body, coding, options);
    if (out.length > maxBytes) throw new BodyError(`decompressed body exceeds ${maxBytes} bytes`, 'ingest:too-large');
    return out;
  } catch (error) {
    if (error instanceof BodyError) throw error;
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new BodyError(`decompressed body exceeds ${maxBytes} bytes`, 'ingest:too-large');
    }
    throw new BodyError(`corrupt or truncated ${coding} body: ${(error as Error).message}`, 'ingest:bad-encoding');
  }
}

function decompress(body: Uint8Array, coding: string, options: { maxOutputLength: number }): Uint8Array {
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, options);
  if (coding === 'br') return brotliDecompressSync(body, options);
  if (coding === 'deflate') {
    try {
      return inflateSync(body, options);
    } catch {
      return inflateRawSync(body, options);
    }
  }
  throw new BodyError(`unsupported content encoding "${coding}"`, 'ingest:bad-encoding');
}

/** Gunzips what can be read of a possibly truncated gzip stream. */
export function gunzipPartial(
  bytes: Uint8Array,
  maxBytes: number,
): { data: Uint8Array; complete: boolean; error?: string } {
  try {
    return { data: gunzipSync(bytes, { maxOutputLength: maxBytes }), complete: true };
  } catch (error) {
    const message = (error as Error).message;
    try {
      const data = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
      return { data, complete: false, error: message };
    } catch {
      return { data: new Uint8Array(0), complete: false, error: message };
    }
  }
}

/** Decodes a chunked transfer-coded body. Throws BodyError when the framing is broken. */
export function dechunk(body: Uint8Array): Uint8Array {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.length);
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', offset, 'latin1');
    if (lineEnd < 0) throw new BodyError('broken chunked encoding (missing chunk size)', 'ingest:bad-encoding');
    const size = Number.parseInt(buffer.toString('latin1', offset, lineEnd).split(';')[0] ?? '', 16);
    if (!Number.isFinite(size) || size < 0)
      throw new BodyError('broken chunked encoding (bad chunk size)', 'ingest:bad-encoding');
    if (size === 0) break;
    const start = lineEnd + 2;
    if (start + size > buffer.length)
      throw new BodyError('broken chunked encoding (truncated chunk)', 'ingest:bad-encoding');
    parts.push(buffer.subarray(start, start + size));
    offset = start + size + 2;
  }
  return Buffer.concat(parts);
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Uint8Array;
}

/** Parses "HTTP/1.1 200 OK\r\nHeaders\r\n\r\nbody". Returns undefined when it is not an HTTP response. */
export function parseHttpResponse(block: Uint8Array): HttpResponse | undefined {
  const buffer = Buffer.from(block.buffer, block.byteOffset, block.length);
  let headEnd = buffer.indexOf('\r\n\r\n', 0, 'latin1');
  let separator = 4;
  if (headEnd < 0) {
    headEnd = buffer.indexOf('\n\n', 0, 'latin1');
    separator = 2;
  }
  if (headEnd < 0) return undefined;
  const lines = buffer.toString('latin1', 0, headEnd).split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status?.[1]) return undefined;
  return {
    status: Number(status[1]),
    headers: parseHeaderLines(lines.slice(1)),
    body: buffer.subarray(headEnd + separator),
  };
}

/** "Name: value" lines → lower-case name → value (repeated names joined with ", "). */
export function parseHeaderLines(lines: readonly string[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? value : `${previous}, ${value}`);
  }
  return headers;
}
