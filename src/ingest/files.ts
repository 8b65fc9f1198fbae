/**
 * @module ingest/files
 * Local paths → captures. Directories are walked recursively in sorted order, skipping hidden
 * entries and node_modules. The extension says how to read a file: HTML, text, JSON/JSONL
 * records, WARC archives, feeds/sitemaps (.xml/.rss/.atom, expanded to their URLs, then fetched),
 * and any of these gzipped (.gz). Every problem becomes a refusal naming the file; files of unknown
 * kinds found while walking a directory are passed over silently.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errorMessage } from '../core/errors.js';
import { gunzipPartial } from './body.js';
import { captureItem, formatBytes, refusal } from './capture.js';
import type { CollectContext } from './context.js';
import { jsonlRecords, jsonRecords, recordItem } from './records.js';
import {
  FEED_EXTENSIONS,
  HTML_EXTENSIONS,
  JSON_EXTENSIONS,
  JSONL_EXTENSIONS,
  SKIPPED_DIRECTORIES,
  TEXT_EXTENSIONS,
  WARC_EXTENSIONS,
} from './sniff.data.js';
import { binaryReason, sniffKind, sniffShape } from './sniff.js';
import type { IngestItem } from './types.js';
import { decodeFeed, feedItems } from './urls.js';
import { warcItems } from './warc.js';

type FileFormat = 'html' | 'text' | 'json' | 'jsonl' | 'warc' | 'feed';

const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024 - 1;

/** Items for a path: one file, or every file under a directory. */
export async function* pathItems(
  path: string,
  context: CollectContext,
  visited = new Set<string>(),
  inDirectory = false,
): AsyncGenerator<IngestItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield refusal(path, `${path}: cannot read (${errorMessage(error)})`, 'ingest:unreadable');
    return;
  }
  if (info.isDirectory()) {
    yield* directoryItems(path, context, visited);
    return;
  }
  if (!info.isFile()) {
    yield refusal(path, `${path}: not a regular file`, 'ingest:unreadable');
    return;
  }
  // Inside a directory walk, files of other kinds (images, stylesheets, databases) are passed over;
  // a file named explicitly is refused with the reason instead.
  if (inDirectory && !formatOf(path)) return;
  yield* fileItems(path, info.size, context);
}

async function* directoryItems(
  path: string,
  context: CollectContext,
  visited: Set<string>,
): AsyncGenerator<IngestItem> {
  let entries: string[];
  try {
    const real = await realpath(path);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(path))
      .filter((name) => !name.startsWith('.') && !SKIPPED_DIRECTORIES.includes(name))
      .sort();
  } catch (error) {
    yield refusal(path, `${path}: cannot read directory (${errorMessage(error)})`, 'ingest:unreadable');
    return;
  }
  for (const name of entries) yield* pathItems(join(path, name), context, visited, true);
}

/** The format named by a file's extension, looking through a trailing ".gz". */
export function formatOf(path: string): { format: FileFormat; gzipped: boolean } | undefined {
  const name = basename(path).toLowerCase();
  if (WARC_EXTENSIONS.some((ext) => name.endsWith(ext))) return { format: 'warc', gzipped: false };
  const gzipped = name.endsWith('.gz');
  const inner = gzipped ? name.slice(0, -3) : name;
  const ext = inner.includes('.') ? inner.slice(inner.lastIndexOf('.')) : '';
  const format: FileFormat | undefined = HTML_EXTENSIONS.includes(ext)
    ? 'html'
    : TEXT_EXTENSIONS.includes(ext)
      ? 'text'
      : JSON_EXTENSIONS.includes(ext)
        ? 'json'
        : JSONL_EXTENSIONS.includes(ext)
          ? 'jsonl'
          : FEED_EXTENSIONS.includes(ext)
            ? 'feed'
            : undefined;
  return format ? { format, gzipped } : undefined;
}

async function* fileItems(path: string, size: number, context: CollectContext): AsyncGenerator<IngestItem> {
  const format = formatOf(path);
  if (!format) {
    const ext = basename(path).includes('.') ? `"${basename(path).slice(basename(path).lastIndexOf('.'))}"` : '(none)';
    yield refusal(
      path,
      `${path}: unknown extension ${ext}; expected .html, .htm, .xhtml, .txt, .md, .json, .jsonl, .warc, .warc.gz, .xml, .rss, .atom or one of these .gz`,
      'ingest:unknown-extension',
    );
    return;
  }
  const perDocument = format.format === 'html' || format.format === 'text';
  if (perDocument && (await context.skip(path))) return;
  const limit = format.format === 'warc' ? MAX_ARCHIVE_BYTES : context.maxDocumentBytes;
  if (size > limit) {
    yield refusal(
      path,
      `${path}: file of ${formatBytes(size)} exceeds the ${formatBytes(limit)} cap`,
      'ingest:too-large',
    );
    return;
  }
  const bytes = await readOrRefuse(path, format.gzipped, context.maxDocumentBytes);
  if (!(bytes instanceof Uint8Array)) {
    yield bytes;
    return;
  }
  if (bytes.length === 0) {
    yield refusal(path, `${path}: empty file`, 'ingest:empty');
    return;
  }
  yield* formatItems(path, format.format, bytes, context);
}

async function readOrRefuse(path: string, gzipped: boolean, maxBytes: number): Promise<Uint8Array | IngestItem> {
  let raw: Uint8Array;
  try {
    raw = await readFile(path);
  } catch (error) {
    return refusal(path, `${path}: cannot read (${errorMessage(error)})`, 'ingest:unreadable');
  }
  if (!gzipped) return raw;
  if (raw.length === 0) return raw;
  const unzipped = gunzipPartial(raw, maxBytes + 1);
  if (unzipped.data.length > maxBytes) {
    return refusal(path, `${path}: decompresses to more than ${formatBytes(maxBytes)}`, 'ingest:too-large');
  }
  if (!unzipped.complete)
    return refusal(path, `${path}: truncated or corrupt gzip (${unzipped.error})`, 'ingest:truncated');
  return unzipped.data;
}

async function* formatItems(
  path: string,
  format: FileFormat,
  bytes: Uint8Array,
  context: CollectContext,
): AsyncGenerator<IngestItem> {
  if (format === 'warc') {
    yield* warcItems(path, bytes, { maxDocumentBytes: context.maxDocumentBytes, skip: context.skip });
    return;
  }
  const binary = binaryReason(bytes);
  if (binary) {
    yield refusal(path, `${path}: ${binary}`, 'ingest:binary');
    return;
  }
  if (format === 'json' || format === 'jsonl') {
    const text = Buffer.from(bytes).toString('utf8');
    const records = format === 'json' ? jsonRecords(path, text) : jsonlRecords(path, text);
    if (records.length === 0) yield refusal(path, `${path}: no records`, 'ingest:empty');
    for (const record of records) {
      if (!(await context.skip(record.input))) yield recordItem(record, context.maxDocumentBytes);
    }
    return;
  }
  if (format === 'feed') {
    yield* localFeedItems(path, bytes, context);
    return;
  }
  yield captureItem({ bytes, kind: format, mediaType: format === 'html' ? 'text/html' : 'text/plain', input: path });
}

async function* localFeedItems(path: string, bytes: Uint8Array, context: CollectContext): AsyncGenerator<IngestItem> {
  const shape = sniffShape(bytes);
  if (shape !== 'document') {
    yield* feedItems(path, shape, decodeFeed(bytes, undefined), undefined, context);
    return;
  }
  if (sniffKind(bytes) === 'html') {
    if (!(await context.skip(path)))
      yield captureItem({ bytes, kind: 'html', mediaType: 'application/xhtml+xml', input: path });
    return;
  }
  yield refusal(path, `${path}: XML that is neither a feed (RSS, Atom) nor a sitemap nor XHTML`, 'ingest:not-a-feed');
}
