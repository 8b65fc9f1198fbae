/**
 * @module analyze/text/sentences
 * Article text + blocks → sentences: stand-off ranges, trimmed of surrounding whitespace, each inside one
 * block and tagged with its index. One pass per block; each terminator run is judged by analyze/text/boundary
 * in bounded time, so the whole split is linear in the text.
 *
 * Per block kind:
 * - heading, table-row: one sentence (a heading or row longer than `LONG_ITEM` is split like a paragraph);
 * - preformatted: each line on its own, split like a paragraph;
 * - paragraph, list-item, quote, caption: split on ". ! ? …" (and CJK/Devanagari/Arabic terminators) followed
 *   by whitespace and a capital, a digit, a caseless letter or an opening quote; closing quotes and brackets stay
 *   with the sentence they close.
 * A footnote marker right after the terminator ("killed.[1]") stays with the sentence.
 * Text outside every block belongs to no sentence. A sentence longer than `maxLength` is cut at the best weak
 * boundary (line break, ";", ":", ",", dash, space) in the second half of the window, so that a text with no
 * sentence ends still yields bounded pieces.
 */
import type { Block } from '../../core/types.js';
import * as boundary from './boundary.js';
import * as chars from './chars.js';

// Local bindings: loaders that compile modules to getters (tsx, vitest) make imported bindings slow in hot loops.
const { endsSentence, isCloser, isTerminator } = boundary;
const { isSpaceAt, trimRange } = chars;

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index into the `blocks` given to `splitSentences`. */
  readonly blockIndex: number;
}

export interface SentenceOptions {
  /** Longest sentence, in UTF-16 code units, before a forced cut. Default 2000. */
  readonly maxLength?: number;
}

/** Headings and table rows up to this length are one sentence whatever they contain. */
export const LONG_ITEM = 250;
const DEFAULT_MAX_LENGTH = 2000;

type Emit = (start: number, end: number) => void;

/** The sentences of `text`, block by block, in order. */
export function splitSentences(text: string, blocks: readonly Block[], options: SentenceOptions = {}): Sentence[] {
  const maxLength = Math.max(16, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
  const out: Sentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const emit: Emit = (start, end) => {
      const r = trimRange(text, start, end);
      if (r.end > r.start)
        capLength(text, r.start, r.end, maxLength, (s, e) => out.push({ start: s, end: e, blockIndex }));
    };
    splitBlock(text, block, emit);
  });
  return out;
}

function splitBlock(text: string, block: Block, emit: Emit): void {
  const end = Math.max(0, Math.min(block.end, text.length));
  const start = Math.max(0, Math.min(block.start, end));
  const whole = (block.kind === 'heading' || block.kind === 'table-row') && end - start <= LONG_ITEM;
  if (whole) emit(start, end);
  else if (block.kind === 'preformatted') splitLines(text, start, end, emit);
  else splitRange(text, start, end, emit);
}

function splitLines(text: string, start: number, end: number, emit: Emit): void {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 0x0a) {
      splitRange(text, from, i, emit);
      from = i + 1;
    }
  }
}

/** Splits [start, end) at every terminator run that ends a sentence. */
export function splitRange(text: string, start: number, end: number, emit: Emit): void {
  let from = start;
  let i = start;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    const k = closersEnd(text, j, end);
    if (endsSentence(text, start, end, i, j, k)) {
      emit(from, k);
      from = k;
    }
    i = k;
  }
  emit(from, end);
}

/**
 * End of the closing quotes and brackets from `j`; a French closing guillemet after a space ("verrons. »") is
 * taken too when nothing but a space or the end follows it.
 */
function closersEnd(text: string, j: number, end: number): number {
  let k = j;
  for (;;) {
    while (k < end && isCloser(text.charCodeAt(k))) k++;
    const note = footnoteEnd(text, k, end);
    if (note === k) break;
    k = note;
  }
  if (k === j && k + 2 <= end && isSpaceAt(text, k)) {
    const g = text.charCodeAt(k + 1);
    if ((g === 0xbb || g === 0x203a) && (k + 2 === end || isSpaceAt(text, k + 2))) k += 2;
  }
  return k;
}

/** End of a footnote marker such as "[1]" or "[a]" at `k` (at most three characters inside), or `k`. */
function footnoteEnd(text: string, k: number, end: number): number {
  if (text.charCodeAt(k) !== 0x5b) return k;
  for (let m = k + 1; m < end && m <= k + 4; m++) {
    const c = text.charCodeAt(m);
    if (c === 0x5d) return m > k + 1 ? m + 1 : k;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a))) return k;
  }
  return k;
}

/** Emits [start, end) in pieces of at most `max` code units, cut at weak boundaries where possible. */
function capLength(text: string, start: number, end: number, max: number, emit: Emit): void {
  let s = start;
  while (end - s > max) {
    const cut = weakBoundary(text, s + Math.floor(max / 2), s + max);
    const piece = trimRange(text, s, cut);
    if (piece.end > piece.start) emit(piece.start, piece.end);
    s = cut;
    while (s < end && isSpaceAt(text, s)) s++;
  }
  if (end > s) emit(s, end);
}

/** The best cut position in (lo, hi]: after a line break or ";", else after ":" "," or a dash, else at a space. */
function weakBoundary(text: string, lo: number, hi: number): number {
  let best = -1;
  let bestRank = 0;
  for (let i = lo; i < hi; i++) {
    const rank = cutRank(text, i);
    if (rank > 0 && rank >= bestRank) {
      best = i + 1;
      bestRank = rank;
    }
  }
  if (best > 0) return best;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff ? hi - 1 : hi;
}

function cutRank(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x3b) return 3;
  const spaceAfter = isSpaceAt(text, i + 1);
  if ((c === 0x3a || c === 0x2c || c === 0x2013 || c === 0x2014) && spaceAfter) return 2;
  return isSpaceAt(text, i) ? 1 : 0;
}
