/**
 * @module extract/text/segment
 * Plain-text page capture → SourceBlocks (paragraphs, headings, list items, table rows).
 */
import type { MessageLog } from '../../core/message.js';
import type { SourceBlock } from '../types.js';

export function segmentText(_source: string, _log: MessageLog): SourceBlock[] {
  return [];
}
