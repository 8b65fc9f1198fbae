/**
 * @module extract/assemble
 * Kept SourceBlocks → the article's clean text, its Blocks and the list of Removals.
 */
import type { Block, Removal } from '../core/types.js';
import type { SourceBlock } from './types.js';

export interface AssembledText {
  readonly text: string;
  readonly blocks: Block[];
  readonly removed: Removal[];
}

export function assembleText(blocks: readonly SourceBlock[]): AssembledText {
  const kept = blocks.filter((b) => !b.removal);
  let text = '';
  const out: Block[] = [];
  for (const b of kept) {
    if (text) text += '\n\n';
    out.push({ kind: b.kind, start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  const removed: Removal[] = blocks
    .filter((b) => b.removal)
    .map((b) => ({ reason: b.removal!.reason, ruleId: b.removal!.ruleId, text: b.text, start: b.start, end: b.end }));
  return { text, blocks: out, removed };
}
