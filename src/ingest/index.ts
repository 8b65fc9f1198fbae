/**
 * @module ingest
 * Sources → Capture. Paths, directories, stdin, JSON/JSONL records, WARC archives, and http(s)
 * URLs through a polite fetcher (robots.txt, per-host delay, timeouts, size cap, redirect limit,
 * refusal of private addresses unless allowed); feeds and sitemaps expand into article URLs.
 * Each document becomes a Capture identified by the SHA-256 of its bytes, or a refusal with a
 * reason. Decoding (charset detection) lives here too and is used by extract.
 * Provides: capture.
 * Refusal codes: ingest:unknown-extension, ingest:unreadable, ingest:empty, ingest:binary,
 * ingest:truncated, ingest:too-large, ingest:bad-json, ingest:bad-record, ingest:bad-encoding,
 * ingest:media-type, ingest:not-a-feed, ingest:empty-feed, ingest:http-status, ingest:robots,
 * ingest:redirect-limit, ingest:private-address, ingest:scheme, ingest:bad-url, ingest:timeout,
 * ingest:dns, ingest:network, ingest:fetch, ingest:failed.
 */
export { collectSources } from './collect.js';
export { type DecodeOptions, type DecodeResult, decodeBytes, normalizeCharset } from './decode.js';
export { DEFAULT_USER_AGENT, Fetcher } from './fetch.js';
export { isPrivateAddress } from './net-guard.js';
export type { CollectOptions, DocumentFetcher, FetchedDocument, FetchOptions, IngestItem } from './types.js';
