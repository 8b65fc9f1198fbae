/**
 * @module ingest/sniff
 * Looks at bytes to decide what they are: binary (refused), HTML or text, a feed or a sitemap.
 * Content decides; extensions and Content-Type headers are only hints.
 */
import type { CaptureKind } from '../core/types.js';
import { HTML_MARKERS, MAGIC_NUMBERS } from './sniff.data.js';

export type DocumentShape = 'rss' | 'atom' | 'rdf' | 'json-feed' | 'urlset' | 'sitemapindex' | 'document';

const SNIFF_BYTES = 8192;

function head(bytes: Uint8Array, length = SNIFF_BYTES): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length)).toString('latin1');
}

/** Why the bytes are binary, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const magic of MAGIC_NUMBERS) {
    if (magic.bytes.every((byte, i) => bytes[i] === byte)) return `binary content (${magic.name})`;
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  if (utf16) return undefined;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary content (NUL bytes)';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b) || byte === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    return `binary content (${Math.round((100 * control) / sample.length)}% control characters)`;
  }
  return undefined;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** html if the first bytes look like HTML markup, else text. */
export function sniffKind(bytes: Uint8Array): CaptureKind {
  return HTML_MARKERS.test(head(bytes, 4096)) ? 'html' : 'text';
}

/** Whether the bytes are a feed, a sitemap or a plain document. */
export function sniffShape(bytes: Uint8Array): DocumentShape {
  const start = head(bytes, 4096)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (start.startsWith('{'))
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(start) ? 'json-feed' : 'document';
  if (!start.startsWith('<')) return 'document';
  const root = firstElementName(start);
  if (root === 'rss') return 'rss';
  if (root === 'feed') return 'atom';
  if (root === 'rdf:rdf') return 'rdf';
  if (root === 'urlset') return 'urlset';
  if (root === 'sitemapindex') return 'sitemapindex';
  return 'document';
}

/** The lower-cased name of the first element, skipping the XML declaration, comments, doctype and PIs. */
function firstElementName(text: string): string | undefined {
  const stripped = text
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>/gi, '')
    .trimStart();
  const match = /^<([A-Za-z_][\w:.-]*)/.exec(stripped);
  return match?.[1]?.toLowerCase();
}

/** Parses a Content-Type header into a lower-case media type and an optional charset. */
export function parseContentType(header: string | undefined): { mediaType: string; charset?: string } {
  if (!header) return { mediaType: '' };
  const [type = '', ...params] = header.split(';');
  const charsetParam = params.map((param) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(param)).find(Boolean);
  const mediaType = type.trim().toLowerCase();
  return charsetParam?.[1] ? { mediaType, charset: charsetParam[1] } : { mediaType };
}
