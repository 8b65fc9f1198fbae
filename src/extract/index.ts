/**
 * @module extract
 * Capture (HTML or plain-text bytes) → Article (clean text, blocks, metadata with provenance,
 * and every removed piece with its reason and original offsets).
 * Requires: capture. Provides: article.
 * Messages: extract:no-main-content (warning), extract:<removal-rule> (info), extract:implausible-date (warning),
 * extract:charset (info: a declared charset was overridden or unknown).
 */

import { articleIdFor } from '../core/ids.js';
import { MessageLog } from '../core/message.js';
import type { Article, ArticleMeta, Capture } from '../core/types.js';
import { decodeBytes } from '../ingest/decode.js';
import { defineStage, type StageContext } from '../pipeline/stage.js';
import { assembleText } from './assemble.js';
import { cleanBlocks } from './clean.js';
import { parseHtml } from './html/parse.js';
import { segmentHtml } from './html/segment.js';
import { htmlMetadata } from './metadata/html.js';
import { textMetadata } from './metadata/text.js';
import { segmentText } from './text/segment.js';
import { markLeadingTitle } from './title.js';
import type { DecodedSource } from './types.js';

export const EXTRACTOR = { name: 'triangulate', version: '1' } as const;

export interface ExtractOutput {
  readonly article: Article;
  readonly source: DecodedSource;
}

/** Extracts the article of one capture. Pure: same capture and `now`, same article. */
export function extractArticle(capture: Capture, ctx: StageContext): ExtractOutput {
  const decoded = decodeBytes(capture.bytes, { kind: capture.kind, declaredCharset: capture.declaredCharset });
  // U+0000 is never text (and PostgreSQL cannot store it): replaced one for one, so offsets hold.
  const source = decoded.text.includes('\u0000')
    ? { ...decoded, text: decoded.text.replaceAll('\u0000', '\uFFFD') }
    : decoded;
  if (source.note) {
    ctx.log.info(source.note, {
      ruleId: 'extract:charset',
      place: { captureId: capture.id, start: 0, end: 0 },
      actual: source.charset,
    });
  }
  const { blocks, meta } =
    capture.kind === 'html' ? readHtml(source.text, capture, ctx) : readText(source.text, capture, ctx);
  const withoutTitle = markLeadingTitle(blocks, meta.title?.value);
  const { text, blocks: articleBlocks, removed } = assembleText(withoutTitle);
  if (text.trim() === '') {
    ctx.log.warn('no main content found', {
      ruleId: 'extract:no-main-content',
      place: { captureId: capture.id, start: 0, end: source.text.length },
    });
  }
  const article: Article = {
    id: articleIdFor(capture.contentHash),
    captureId: capture.id,
    input: capture.input,
    text,
    blocks: articleBlocks,
    meta,
    removed,
    extractor: EXTRACTOR,
  };
  return { article, source };
}

function readHtml(source: string, capture: Capture, ctx: StageContext) {
  const doc = parseHtml(source);
  const blocks = cleanBlocks(segmentHtml(doc, source, ctx.log), ctx.log);
  const meta: ArticleMeta = htmlMetadata(doc, source, { url: capture.url, blocks, now: ctx.now }, ctx.log);
  return { blocks, meta };
}

function readText(source: string, capture: Capture, ctx: StageContext) {
  const blocks = cleanBlocks(segmentText(source, ctx.log), ctx.log);
  const meta: ArticleMeta = textMetadata(source, { url: capture.url, blocks, now: ctx.now }, ctx.log);
  return { blocks, meta };
}

export const extract = defineStage<Capture, ExtractOutput>({
  name: 'extract',
  version: EXTRACTOR.version,
  requires: ['capture'],
  provides: ['article'],
  run: extractArticle,
});

/** Convenience for callers outside a pipeline run: extracts with a fresh log. */
export function extractStandalone(capture: Capture, now: Date = new Date()): { article: Article; log: MessageLog } {
  const log = new MessageLog('extract');
  const { article } = extractArticle(capture, { log, now });
  return { article, log };
}
