/**
 * @module ingest/decode
 * Bytes → string: BOM, transport charset, <meta charset>, then detection (windows-1251, KOI8-R, …).
 */
import type { CaptureKind } from '../core/types.js';
import type { DecodedSource } from '../extract/types.js';

export interface DecodeOptions {
  readonly declaredCharset?: string;
  readonly kind: CaptureKind;
}

export function decodeBytes(bytes: Uint8Array, _options: DecodeOptions): DecodedSource {
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', charsetSource: 'default' };
}
