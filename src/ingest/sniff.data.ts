/**
 * @module ingest/sniff.data
 * File extensions and media types ingest recognises, and the magic numbers of binary formats
 * it refuses by name.
 */

export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm', '.xhtml', '.shtml'];
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.text'];
export const FEED_EXTENSIONS: readonly string[] = ['.xml', '.rss', '.atom'];
export const JSON_EXTENSIONS: readonly string[] = ['.json'];
export const JSONL_EXTENSIONS: readonly string[] = ['.jsonl', '.ndjson'];
export const WARC_EXTENSIONS: readonly string[] = ['.warc', '.warc.gz'];

/** Directory entries never descended into. */
export const SKIPPED_DIRECTORIES: readonly string[] = ['node_modules'];

export const HTML_MEDIA_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml'];
export const TEXT_MEDIA_TYPES: readonly string[] = ['text/plain', 'text/markdown'];
/** Media types whose body may be a feed or a sitemap (decided by content, not by the header). */
export const FEED_MEDIA_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  'application/x-gzip',
  'application/gzip',
];
/** Media types that may hold anything; the content decides. */
export const NEUTRAL_MEDIA_TYPES: readonly string[] = ['application/octet-stream', 'binary/octet-stream', ''];

/** Prefixes of media types refused without looking at the bytes. */
export const REFUSED_MEDIA_PREFIXES: readonly string[] = [
  'image/',
  'audio/',
  'video/',
  'font/',
  'application/pdf',
  'application/zip',
  'application/msword',
  'application/vnd.',
  'application/javascript',
  'text/javascript',
  'text/css',
];

/** Magic numbers of common binary formats, for a clear refusal reason. */
export const MAGIC_NUMBERS: readonly { readonly name: string; readonly bytes: readonly number[] }[] = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Start tags whose presence near the top of a document marks it as HTML. */
export const HTML_MARKERS =
  /<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|article|main|section|h[1-6]|title|meta|table|ul|br)[\s/>]/i;
