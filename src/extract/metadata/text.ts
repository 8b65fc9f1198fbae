/**
 * @module extract/metadata/text
 * Metadata of a plain-text capture: title line, breadcrumb section, byline, dates in the text.
 */
import type { MessageLog } from '../../core/message.js';
import type { ArticleMeta } from '../../core/types.js';
import type { MetadataContext } from './context.js';
import { emptyMeta } from './empty.js';

export function textMetadata(_source: string, _context: MetadataContext, _log: MessageLog): ArticleMeta {
  return emptyMeta();
}
