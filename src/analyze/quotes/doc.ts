/**
 * @module analyze/quotes/doc
 * The working view the quote rules share: the text, its tokens with lower-cased forms, the quotation spans
 * and small token predicates. Built once per `findQuotes` call.
 */

import { partitionPoint } from '../../core/span.js';
import type { Range } from '../../core/types.js';
import { type Sentence, type Token, tokenize } from '../text/index.js';
import { findBlockQuotes, type QuoteSpan } from './marks.js';

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** All quotation spans, by start. */
  readonly quotes: readonly QuoteSpan[];
  /** Top-level spans only (non-overlapping), by start. */
  readonly top: readonly QuoteSpan[];
  readonly sentences: readonly Sentence[];
  /** Token index range of each sentence. */
  readonly sentenceTokens: readonly TokenRange[];
}

export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** Block ranges recovered from the sentences (first sentence start to last sentence end per block index). */
function blocksOf(sentences: readonly Sentence[]): { block: Range; sentences: Sentence[] }[] {
  const out: { block: Range; sentences: Sentence[] }[] = [];
  let current: { block: { start: number; end: number }; sentences: Sentence[]; index: number } | null = null;
  for (const s of sentences) {
    if (!current || current.index !== s.blockIndex) {
      current = { block: { start: s.start, end: s.end }, sentences: [], index: s.blockIndex };
      out.push(current);
    }
    current.block.end = Math.max(current.block.end, s.end);
    current.sentences.push(s);
  }
  return out;
}

export function buildDoc(text: string, sentences: readonly Sentence[]): Doc {
  const tokens: Token[] = [];
  const quotes: QuoteSpan[] = [];
  const sentenceTokens: TokenRange[] = [];
  for (const { block, sentences: inBlock } of blocksOf(sentences)) {
    const blockFrom = tokens.length;
    for (const s of inBlock) {
      const from = tokens.length;
      for (const t of tokenize(text, s.start, s.end)) tokens.push(t);
      sentenceTokens.push({ from, to: tokens.length });
    }
    quotes.push(...findBlockQuotes(text, tokens.slice(blockFrom), block.start, block.end));
  }
  const lower = tokens.map((t) => text.slice(t.start, t.end).toLowerCase());
  const top = quotes.filter((q) => q.level === 0);
  return { text, tokens, lower, quotes, top, sentences, sentenceTokens };
}

export function tokText(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return t ? doc.text.slice(t.start, t.end) : '';
}

/** A word token that starts with a capital letter. */
export function isCap(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && t.kind === 'word' && t.shape.charAt(0) === 'X';
}

export function isWord(doc: Doc, i: number): boolean {
  return doc.tokens[i]?.kind === 'word';
}

export function isPunct(doc: Doc, i: number, chars: string): boolean {
  const t = doc.tokens[i];
  return !!t && t.kind === 'punct' && chars.includes(doc.text.charAt(t.start)) && t.end - t.start === 1;
}

/** A quote-mark token (opening or closing). */
export function isQuoteMark(doc: Doc, i: number): boolean {
  return isPunct(doc, i, '"\'“”„«»‘’‚‹›');
}

/** The top-level quote span containing position `pos` (marks included), if any. Binary search. */
export function quoteAt(doc: Doc, pos: number): QuoteSpan | undefined {
  const top = doc.top;
  const q = top[partitionPoint(top.length, (i) => (top[i] as QuoteSpan).start <= pos) - 1];
  return q && pos < q.end ? q : undefined;
}

/** The top-level quote span whose opening mark is at `pos`. */
export function quoteOpeningAt(doc: Doc, pos: number): QuoteSpan | undefined {
  const q = quoteAt(doc, pos);
  return q && q.start === pos ? q : undefined;
}

/** The top-level quote span whose closing mark ends at `end`. */
export function quoteClosingAt(doc: Doc, end: number): QuoteSpan | undefined {
  const q = quoteAt(doc, end - 1);
  return q?.closed && q.end === end ? q : undefined;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function tokenAt(doc: Doc, pos: number): number {
  return partitionPoint(doc.tokens.length, (i) => (doc.tokens[i] as Token).start < pos);
}

export function rangeOf(doc: Doc, from: number, to: number): Range {
  const a = doc.tokens[from] as Token;
  const b = doc.tokens[to - 1] as Token;
  return { start: a.start, end: b.end };
}
