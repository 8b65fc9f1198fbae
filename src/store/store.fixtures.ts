/**
 * @module store/store.fixtures
 * Small invented ingested items for the store contract: a capture, its article with full
 * metadata, blocks and removals, and extraction messages — built by hand, no extractor needed.
 */
import { articleIdFor, captureIdFor, sha256Hex } from '../core/ids.js';
import type { Message } from '../core/message.js';
import type { ArticleMeta, Block, Capture, Field, FieldSource } from '../core/types.js';
import type { IngestedItem } from './store.js';

export interface FixtureOptions {
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly publishedAt?: string | null;
  readonly language?: string | null;
  /** Raw bytes; default: an HTML page built from title and text (so distinct texts differ). */
  readonly bytes?: Uint8Array;
  readonly input?: string;
  readonly url?: string;
  readonly fetchedAt?: string;
  readonly declaredCharset?: string;
  readonly messages?: readonly Message[];
}

function field<T>(value: T, source: FieldSource, confidence: number, note?: string): Field<T> {
  return note === undefined ? { value, source, confidence } : { value, source, confidence, note };
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    if (part.length > 0) blocks.push({ kind: 'paragraph', start, end: start + part.length });
    start += part.length + 2;
  }
  return blocks;
}

/** An ingested item whose ids derive from its bytes, as ingest makes them. */
export function fixture(options: FixtureOptions): IngestedItem {
  const { text, title = 'Talks resume in Vellmar', outlet = 'The Harbour Courier' } = options;
  const publishedAt = options.publishedAt === undefined ? '2025-03-14T09:30:00Z' : options.publishedAt;
  const language = options.language === undefined ? 'en' : options.language;
  const bytes =
    options.bytes ?? new TextEncoder().encode(`<html><head><title>${title}</title></head><body>${text}</body></html>`);
  const contentHash = sha256Hex(bytes);
  const captureId = captureIdFor(contentHash);
  const articleId = articleIdFor(contentHash);
  const input = options.input ?? `pages/${contentHash.slice(0, 8)}.html`;
  const capture: Capture = {
    id: captureId,
    contentHash,
    bytes,
    kind: 'html',
    mediaType: 'text/html',
    input,
    ...(options.declaredCharset === undefined ? {} : { declaredCharset: options.declaredCharset }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.fetchedAt === undefined ? {} : { fetchedAt: options.fetchedAt }),
  };
  const meta: ArticleMeta = {
    title: title === null ? null : field(title, 'meta', 0.9, 'from <meta property=og:title>'),
    outlet: outlet === null ? null : field(outlet, 'json-ld', 0.95),
    authors: field([{ name: 'James Carter', role: 'Senior News Editor' }, { name: 'Ana Ruiz' }], 'byline', 0.8),
    publishedAt: publishedAt === null ? null : field(publishedAt, 'time', 0.85),
    updatedAt: null,
    section: field('world', 'breadcrumb', 0.7, 'Home » world'),
    language: language === null ? null : field(language, 'detector', 0.6),
    url: options.url === undefined ? null : field(options.url, 'meta', 1),
  };
  const article = {
    id: articleId,
    captureId,
    input,
    text,
    blocks: blocksOf(text),
    meta,
    removed: [
      {
        reason: 'call-to-action' as const,
        text: 'No time to read? Get a summary',
        ruleId: 'extract:call-to-action',
        start: 10,
        end: 40,
      },
      {
        reason: 'chatbot-residue' as const,
        text: 'If you want, I can also assist you with…',
        ruleId: 'extract:chatbot-residue',
        start: 90,
        end: 131,
      },
    ],
    extractor: { name: 'triangulate-extract', version: '1' },
  };
  const messages: readonly Message[] = options.messages ?? [
    {
      severity: 'warning',
      reason: 'Removed chatbot residue',
      ruleId: 'extract:chatbot-residue',
      source: 'extract',
      place: { captureId, start: 90, end: 131 },
    },
    {
      severity: 'info',
      reason: 'Date taken from the URL',
      ruleId: 'extract:date-from-url',
      source: 'extract',
      place: { articleId, start: 0, end: Math.min(5, text.length) },
      actual: '2025/03/14',
      note: 'no <time> element',
    },
  ];
  return { capture, article, messages };
}
