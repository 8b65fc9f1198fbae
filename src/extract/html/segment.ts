/**
 * @module extract/html/segment
 * DOM → SourceBlocks: finds the main content and marks everything else removed with a reason.
 */
import type { Document } from 'domhandler';
import type { MessageLog } from '../../core/message.js';
import type { SourceBlock } from '../types.js';

export function segmentHtml(_doc: Document, _source: string, _log: MessageLog): SourceBlock[] {
  return [];
}
