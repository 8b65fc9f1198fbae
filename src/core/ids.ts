/**
 * @module core/ids
 * Content-derived identifiers: the same bytes always get the same id.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function captureIdFor(contentHash: string): string {
  return `c_${contentHash.slice(0, 20)}`;
}

export function articleIdFor(contentHash: string): string {
  return `a_${contentHash.slice(0, 20)}`;
}
