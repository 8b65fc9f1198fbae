/**
 * @module extract/html/refine
 * Block-level rules applied after the main content is chosen: the page title repeated at the top of
 * the content, byline / date / category lines in the head of the article, and tag lists at its end.
 */
import type { RemovalReason } from '../../core/types.js';
import type { SourceBlock } from '../types.js';
import { lettersAndDigits } from '../whitespace.js';
import { BYLINE_LINE, DATE_LINE, META_LINE, TAGS_LINE } from './boilerplate.data.js';

const norm = (s: string) => lettersAndDigits(s);

/** A block that reads like article prose: long enough and ends like a sentence. */
export function isProseBlock(b: SourceBlock): boolean {
  return (b.kind === 'paragraph' || b.kind === 'quote') && b.text.length >= 100 && (b.linkDensity ?? 0) < 0.5;
}

function remove(b: SourceBlock, reason: RemovalReason, rule: string): SourceBlock {
  return { ...b, removal: { reason, ruleId: `extract:${rule}` } };
}

/** What a short kept line in the head of the article is, if it is metadata rather than text. */
function headLine(b: SourceBlock, title: string): SourceBlock | null {
  if (b.kind === 'heading') {
    const t = norm(b.text);
    if (t.length >= 8 && title.includes(t)) return remove(b, 'title', 'title-heading');
    if (b.level === 1) return remove(b, 'title', 'title-heading');
    return null;
  }
  if (b.text.length > 100 || b.kind === 'table-row') return null;
  if (BYLINE_LINE.test(b.text)) return remove(b, 'byline', 'byline-line');
  if (META_LINE.test(b.text)) return remove(b, 'metadata-line', 'metadata-line');
  if (DATE_LINE.test(b.text) && b.text.length < 80 && !/[.!?]["”»]?$/.test(b.text))
    return remove(b, 'metadata-line', 'date-line');
  if ((b.linkDensity ?? 0) >= 0.6 && b.text.length < 60) return remove(b, 'metadata-line', 'category-line');
  return null;
}

const LABEL_PREFIX = /^[^.!?]{2,40}:\s/u;

/** A short line that is mostly a link, introduced by a label ("Read also: <link>") or standing alone. */
function isLinkTeaser(b: SourceBlock): boolean {
  if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
  const ld = b.linkDensity ?? 0;
  if (b.text.length > 200 || ld < 0.5) return false;
  if (LABEL_PREFIX.test(b.text)) return true;
  return ld >= 0.9 && b.kind === 'paragraph';
}

/** Applies the head and tail rules in place and returns the array. */
export function refineBlocks(blocks: SourceBlock[], pageTitle: string): SourceBlock[] {
  const title = norm(pageTitle);
  // Captions and other text of figures are not article text (as in Readability and Trafilatura).
  for (let i = 0; i < blocks.length; i++)
    if (!blocks[i]!.removal && blocks[i]!.kind === 'caption') blocks[i] = remove(blocks[i]!, 'chrome', 'caption');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.removal) continue;
    if (isProseBlock(b)) break;
    const r = headLine(b, title);
    if (r) blocks[i] = r;
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.removal && isLinkTeaser(b)) blocks[i] = remove(b, 'teaser', 'link-teaser');
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.removal) continue;
    if (isProseBlock(b)) break;
    if (b.text.length < 300 && TAGS_LINE.test(b.text)) blocks[i] = remove(b, 'metadata-line', 'tags-line');
  }
  return blocks;
}
