/**
 * @module ingest/records
 * JSON and JSON Lines records → captures. A record is `{url?, html? | text?, fetchedAt?, title?}`;
 * a .json file holds one record or an array of them, a .jsonl file one per line. Records are
 * named "file.jsonl#line-3" (1-based line) or "file.json#record-2" (1-based array position).
 */
import { captureItem, refusal } from './capture.js';
import type { IngestItem } from './types.js';

interface SourceRecord {
  readonly url?: unknown;
  readonly html?: unknown;
  readonly text?: unknown;
  readonly fetchedAt?: unknown;
  readonly title?: unknown;
}

export interface NamedRecord {
  readonly input: string;
  /** The parsed value, or an Error when the JSON did not parse. */
  readonly value: unknown;
}

/** Parses a .json file into named records (one, or one per array element). */
export function jsonRecords(name: string, text: string): NamedRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ input: name, value: error }];
  }
  if (!Array.isArray(value)) return [{ input: name, value }];
  return value.map((entry, i) => ({ input: `${name}#record-${i + 1}`, value: entry }));
}

/** Parses a .jsonl file into named records, one per non-blank line. */
export function jsonlRecords(name: string, text: string): NamedRecord[] {
  const records: NamedRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const input = `${name}#line-${i + 1}`;
    try {
      records.push({ input, value: JSON.parse(line) });
    } catch (error) {
      records.push({ input, value: error });
    }
  });
  return records;
}

/** One record → a capture, or a refusal saying what is wrong with it. */
export function recordItem(record: NamedRecord, maxBytes: number): IngestItem {
  const { input, value } = record;
  if (value instanceof Error) return refusal(input, `${input}: invalid JSON (${value.message})`, 'ingest:bad-json');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refusal(
      input,
      `${input}: a record must be an object {url?, html? | text?, fetchedAt?}`,
      'ingest:bad-record',
    );
  }
  const fields = value as SourceRecord;
  const content =
    typeof fields.html === 'string' ? fields.html : typeof fields.text === 'string' ? fields.text : undefined;
  if (content === undefined)
    return refusal(input, `${input}: record has neither "html" nor "text"`, 'ingest:bad-record');
  if (content.trim() === '') return refusal(input, `${input}: record content is empty`, 'ingest:empty');
  const kind = typeof fields.html === 'string' ? 'html' : 'text';
  const body = kind === 'text' ? withTitle(content, fields.title) : content;
  const bytes = Buffer.from(body, 'utf8');
  if (bytes.length > maxBytes) {
    return refusal(
      input,
      `${input}: record of ${bytes.length} bytes exceeds the ${maxBytes}-byte cap`,
      'ingest:too-large',
    );
  }
  return captureItem({
    bytes,
    kind,
    mediaType: kind === 'html' ? 'text/html' : 'text/plain',
    declaredCharset: 'utf-8',
    input,
    url: typeof fields.url === 'string' ? fields.url : undefined,
    fetchedAt: typeof fields.fetchedAt === 'string' ? fields.fetchedAt : undefined,
  });
}

/** Text records: a title not already at the top becomes the first line, as in a text capture of a page. */
function withTitle(text: string, title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') return text;
  return text.trimStart().startsWith(title.trim()) ? text : `${title.trim()}\n\n${text}`;
}
