/**
 * @module ingest/types
 * What ingest yields: one item per input document, either a Capture or a refusal with a reason.
 */
import type { Capture } from '../core/types.js';

export type IngestItem =
  | { readonly ok: true; readonly capture: Capture }
  | {
      readonly ok: false;
      /** The path, URL or record name that was refused. */
      readonly input: string;
      /** Human-readable reason, e.g. "refused private address 10.0.0.5". */
      readonly reason: string;
      /** "ingest:kebab-rule", e.g. "ingest:private-address", "ingest:http-status", "ingest:binary". */
      readonly code: string;
    };

export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (default false). */
  readonly allowPrivate?: boolean;
  readonly userAgent?: string;
  /** Per-request timeout in ms, connect to last byte (default 15000). */
  readonly timeoutMs?: number;
  /** Time allowed to open the connection in ms (default: the smaller of timeoutMs and 10000). */
  readonly connectTimeoutMs?: number;
  /** Maximum body size in bytes (default 10 MiB). */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Minimum delay between requests to one host in ms (default 1000). */
  readonly perHostDelayMs?: number;
  /** Obey robots.txt (default true). */
  readonly respectRobots?: boolean;
}

export interface CollectOptions {
  readonly fetch?: FetchOptions;
  /** Max documents taken from one feed or sitemap (default 1000). */
  readonly maxPerFeed?: number;
  /**
   * Asked before fetching a URL or reading a file; returning true skips it (used to resume:
   * inputs already ingested are not fetched again).
   */
  readonly skip?: (input: string) => Promise<boolean>;
  /** Maximum size of one local document or archive record in bytes (default 32 MiB). */
  readonly maxDocumentBytes?: number;
  /** Fetcher to use for URLs (default: a new Fetcher built from `fetch`); lets callers share one. */
  readonly fetcher?: DocumentFetcher;
  /** Readable used for the input "-" (default process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** A fetched document: the final URL after redirects, its media type and charset, and the body. */
export interface FetchedDocument {
  /** The URL as requested. */
  readonly requestedUrl: string;
  /** The URL after redirects. */
  readonly url: string;
  readonly status: number;
  /** Lower-case media type from Content-Type, "" when absent. */
  readonly mediaType: string;
  /** Charset from Content-Type, if any. */
  readonly charset?: string;
  /** Body, content-decoded (gzip/deflate/br removed). */
  readonly bytes: Uint8Array;
  /** ISO 8601 time the response arrived. */
  readonly fetchedAt: string;
}

/** What collectSources needs from a fetcher; `Fetcher` implements it. Rejects with UserError/OperationalError. */
export interface DocumentFetcher {
  fetch(url: string): Promise<FetchedDocument>;
}
