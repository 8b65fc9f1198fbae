/**
 * @module ingest/capture
 * Builds the items ingest yields: a Capture identified by the hash of its bytes, or a refusal
 * with a reason and an "ingest:*" code.
 */
import { captureIdFor, sha256Hex } from '../core/ids.js';
import type { Capture, CaptureKind } from '../core/types.js';
import type { IngestItem } from './types.js';

export interface CaptureInit {
  readonly bytes: Uint8Array;
  readonly kind: CaptureKind;
  /** Default: text/html or text/plain after `kind`. */
  readonly mediaType?: string;
  readonly input: string;
  readonly declaredCharset?: string | undefined;
  readonly url?: string | undefined;
  readonly fetchedAt?: string | undefined;
}

/** A Capture of the given bytes, identified by their hash. */
export function makeCapture(init: CaptureInit): Capture {
  const contentHash = sha256Hex(init.bytes);
  return {
    id: captureIdFor(contentHash),
    contentHash,
    bytes: init.bytes,
    kind: init.kind,
    mediaType: init.mediaType ?? mediaTypeFor(init.kind),
    input: init.input,
    ...(init.declaredCharset ? { declaredCharset: init.declaredCharset } : {}),
    ...(init.url ? { url: init.url } : {}),
    ...(init.fetchedAt ? { fetchedAt: init.fetchedAt } : {}),
  };
}

export function captureItem(init: CaptureInit): IngestItem {
  return { ok: true, capture: makeCapture(init) };
}

export function refusal(input: string, reason: string, code: string): IngestItem {
  return { ok: false, input, reason, code };
}

export function mediaTypeFor(kind: CaptureKind): string {
  return kind === 'html' ? 'text/html' : 'text/plain';
}

export function formatBytes(count: number): string {
  if (count >= 1024 * 1024) return `${(count / (1024 * 1024)).toFixed(1)} MiB`;
  if (count >= 1024) return `${(count / 1024).toFixed(1)} KiB`;
  return `${count} bytes`;
}
