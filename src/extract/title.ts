/**
 * @module extract/title
 * The page title repeated as the first heading or line of the body is not body text: mark it removed.
 */
import type { SourceBlock } from './types.js';
import { lettersAndDigits } from './whitespace.js';

const normalise = (s: string) => lettersAndDigits(s);

export function markLeadingTitle(blocks: readonly SourceBlock[], title: string | undefined): SourceBlock[] {
  if (!title) return [...blocks];
  const wanted = normalise(title);
  const firstKept = blocks.findIndex((b) => !b.removal);
  const first = blocks[firstKept];
  if (!first || first.kind === 'table-row' || normalise(first.text) !== wanted) return [...blocks];
  const out = [...blocks];
  out[firstKept] = { ...first, removal: { reason: 'title', ruleId: 'extract:title' } };
  return out;
}
