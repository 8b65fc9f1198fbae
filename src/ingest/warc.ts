/**
 * @module ingest/warc
 * WARC/1.0 and WARC/1.1 archives (plain, or gzip per record / whole-file) → captures.
 * `response` records: the HTTP payload is parsed (status line, headers), dechunked when
 * Transfer-Encoding is chunked and decompressed per Content-Encoding; only 2xx HTML, XHTML and
 * plain-text payloads become captures. `resource` records are taken as they are. Other record
 * types (warcinfo, request, metadata, revisit) are not documents and are passed over.
 * Records are named "archive.warc.gz#record-N" (N counts every record from 1).
 */

import { constants } from 'node:buffer';
import {
  BodyError,
  dechunk,
  decodeContent,
  gunzipPartial,
  type HttpResponse,
  parseHeaderLines,
  parseHttpResponse,
} from './body.js';
import { captureItem, mediaTypeFor, refusal } from './capture.js';
import { HTML_MEDIA_TYPES, TEXT_MEDIA_TYPES } from './sniff.data.js';
import { binaryReason, isGzip, parseContentType, sniffKind } from './sniff.js';
import type { IngestItem } from './types.js';

export interface WarcRecord {
  /** 1-based position in the archive. */
  readonly index: number;
  readonly headers: ReadonlyMap<string, string>;
  readonly block: Uint8Array;
}

/** Splits an uncompressed WARC stream into records; stops with `error` at the first malformed one. */
export function parseWarc(data: Uint8Array): { records: WarcRecord[]; error?: string } {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.length);
  const records: WarcRecord[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    while (offset < buffer.length && (buffer[offset] === 0x0d || buffer[offset] === 0x0a)) offset++;
    if (offset >= buffer.length) break;
    const index = records.length + 1;
    if (!/^WARC\/1\.[01]\r?\n/.test(buffer.toString('latin1', offset, offset + 10))) {
      return { records, error: `record ${index}: not a WARC/1.0 or WARC/1.1 record` };
    }
    const headEnd = buffer.indexOf('\r\n\r\n', offset, 'latin1');
    if (headEnd < 0) return { records, error: `record ${index}: truncated header` };
    const headers = parseHeaderLines(buffer.toString('utf8', offset, headEnd).split('\r\n').slice(1));
    const length = Number(headers.get('content-length'));
    const start = headEnd + 4;
    if (!Number.isInteger(length) || length < 0) return { records, error: `record ${index}: missing Content-Length` };
    if (start + length > buffer.length) return { records, error: `record ${index}: truncated block` };
    records.push({ index, headers, block: buffer.subarray(start, start + length) });
    offset = start + length;
  }
  return { records };
}

/** Reads an archive file's bytes (gzipped or not) into records, reporting damage as `error`. */
export function readWarc(bytes: Uint8Array, maxBytes: number): { records: WarcRecord[]; error?: string } {
  if (!isGzip(bytes)) return parseWarc(bytes);
  const unzipped = gunzipPartial(bytes, maxBytes);
  const parsed = parseWarc(unzipped.data);
  if (unzipped.complete) return parsed;
  const damage = `truncated or corrupt gzip (${unzipped.error ?? 'unknown error'})`;
  return { records: parsed.records, error: damage };
}

export interface WarcItemOptions {
  readonly maxDocumentBytes: number;
  readonly skip: (input: string) => Promise<boolean>;
}

/** The ingest items of one archive: captures, refusals for unusable records, and one for damage. */
export async function* warcItems(
  name: string,
  bytes: Uint8Array,
  options: WarcItemOptions,
): AsyncGenerator<IngestItem> {
  const { records, error } = readWarc(bytes, constants.MAX_LENGTH);
  let documents = 0;
  for (const record of records) {
    const type = (record.headers.get('warc-type') ?? '').toLowerCase();
    if (type !== 'response' && type !== 'resource') continue;
    documents++;
    const input = `${name}#record-${record.index}`;
    if (await options.skip(input)) continue;
    yield recordItem(input, type, record, options.maxDocumentBytes);
  }
  if (error) yield refusal(name, `${name}: ${error}; ${records.length} record(s) read before it`, 'ingest:truncated');
  else if (documents === 0) yield refusal(name, `${name}: no response or resource records`, 'ingest:empty');
}

function recordItem(input: string, type: string, record: WarcRecord, maxBytes: number): IngestItem {
  const url = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
  const fetchedAt = record.headers.get('warc-date');
  const warcType = parseContentType(record.headers.get('content-type'));
  let payload: { body: Uint8Array; mediaType: string; charset?: string | undefined };
  try {
    payload =
      type === 'response' && warcType.mediaType.startsWith('application/http')
        ? httpPayload(record.block, maxBytes)
        : {
            body: record.block,
            mediaType: warcType.mediaType,
            charset: warcType.charset,
          };
  } catch (error) {
    const code = error instanceof BodyError ? error.code : 'ingest:bad-record';
    return refusal(input, `${input}: ${(error as Error).message}`, code);
  }
  return payloadItem(input, payload, { url, fetchedAt, maxBytes });
}

function payloadItem(
  input: string,
  payload: { body: Uint8Array; mediaType: string; charset?: string | undefined },
  context: { url: string | undefined; fetchedAt: string | undefined; maxBytes: number },
): IngestItem {
  const { body, mediaType } = payload;
  const isHtml = HTML_MEDIA_TYPES.includes(mediaType);
  if (!isHtml && !TEXT_MEDIA_TYPES.includes(mediaType) && mediaType !== '') {
    return refusal(input, `${input}: media type ${mediaType} is not HTML or text`, 'ingest:media-type');
  }
  if (body.length === 0) return refusal(input, `${input}: empty payload`, 'ingest:empty');
  if (body.length > context.maxBytes) {
    return refusal(
      input,
      `${input}: payload of ${body.length} bytes exceeds the ${context.maxBytes}-byte cap`,
      'ingest:too-large',
    );
  }
  const binary = binaryReason(body);
  if (binary) return refusal(input, `${input}: ${binary}`, 'ingest:binary');
  const kind = isHtml ? 'html' : mediaType === '' ? sniffKind(body) : 'text';
  return captureItem({
    bytes: body,
    kind,
    mediaType: mediaType || mediaTypeFor(kind),
    input,
    declaredCharset: payload.charset,
    url: context.url,
    fetchedAt: context.fetchedAt,
  });
}

function httpPayload(
  block: Uint8Array,
  maxBytes: number,
): { body: Uint8Array; mediaType: string; charset?: string | undefined } {
  const response: HttpResponse | undefined = parseHttpResponse(block);
  if (!response) throw new BodyError('payload is not an HTTP response', 'ingest:bad-record');
  if (response.status < 200 || response.status > 299)
    throw new BodyError(`HTTP status ${response.status}`, 'ingest:http-status');
  const chunked = /\bchunked\b/i.test(response.headers.get('transfer-encoding') ?? '');
  const dechunked = chunked ? dechunk(response.body) : response.body;
  const body = decodeContent(dechunked, response.headers.get('content-encoding'), maxBytes);
  const contentType = parseContentType(response.headers.get('content-type'));
  return { body, mediaType: contentType.mediaType, charset: contentType.charset };
}
