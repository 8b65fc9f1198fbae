/**
 * @module analyze/quotes/marks
 * Text + tokens + block ranges → quotation spans. Curly, low and angle quotes have a side; straight quotes and
 * the right single quote get one from their neighbours (space or bracket before → opening; space or
 * punctuation after → closing). Single quotes pair only when an opening one is seen, so apostrophes
 * ("officials’ plan", "’90s") never open a span. A double quote left open at the end of its block runs to the
 * block's end (`closed: false`), the newspaper convention for quotes that go on into the next paragraph.
 * Two adjacent ASCII marks (`''` or ``` `` ```, the NYT / Penn Treebank convention) are one straight double mark.
 */
import type { Range } from '../../core/types.js';
import type { Token } from '../text/index.js';

export interface QuoteSpan extends Range {
  /** Inside the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly single: boolean;
  readonly closed: boolean;
  /** 0 for a top-level span, 1 for a span inside another. */
  readonly level: number;
}

type Side = 'open' | 'close' | 'either';

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹', '‛']);
const SINGLE_CLOSE = new Set(['’', '›']);
const LEFT_EDGE = /[\s([{\u2014\u2013\-/]/;
const RIGHT_EDGE = /[\s)\]},.;:!?\u2014\u2013\-…]/;
const MAX_SINGLE = 400;

interface Open {
  readonly pos: number;
  readonly mark: string;
  /** Characters in the mark: 2 for `''` and ``` `` ```. */
  readonly width: number;
}

/** Side of a straight or ambiguous mark at `pos` from its neighbours inside [from, to). */
function sideOf(text: string, pos: number, from: number, to: number, width = 1): Side {
  const left = pos === from || LEFT_EDGE.test(text.charAt(pos - 1)) || isMark(text.charAt(pos - 1));
  const right = pos + width >= to || RIGHT_EDGE.test(text.charAt(pos + width));
  if (left && !right) return 'open';
  if (right && !left) return 'close';
  return 'either';
}

function isMark(ch: string): boolean {
  return ch === '"' || ch === "'" || DOUBLE_OPEN.has(ch) || SINGLE_OPEN.has(ch);
}

function span(open: Open, end: number, single: boolean, closed: boolean, level: number, closeWidth = 1): QuoteSpan {
  return {
    start: open.pos,
    end,
    innerStart: open.pos + open.width,
    innerEnd: closed ? end - closeWidth : end,
    single,
    closed,
    level,
  };
}

/** Quotation spans inside one block [from, to), given the block's tokens. */
export function findBlockQuotes(text: string, tokens: readonly Token[], from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let dbl: Open | null = null;
  const singles: Open[] = [];
  for (let n = 0; n < tokens.length; n++) {
    const t = tokens[n] as Token;
    if (t.end - t.start !== 1 || (t.kind !== 'punct' && text.charAt(t.start) !== '`')) continue;
    const pos = t.start;
    // "'old-school,'''": an open single quote closes first, then the doubled mark closes the double one.
    if (singles.length > 0 && text.startsWith("'''", pos) && tokens[n + 2]?.start === pos + 2) {
      pairSingle(text, pos, "'", from, to, dbl, singles, out);
      continue;
    }
    const width = doubledMark(text, tokens, n);
    const ch = width === 2 ? '"' : text.charAt(pos);
    if (width === 2) n++;
    if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch)) {
      const side = doubleSide(text, { pos, mark: ch, width }, from, to, dbl);
      if (dbl && side !== 'open') {
        out.push(span(dbl, pos + width, false, true, 0, width));
        dbl = null;
        singles.length = 0;
      } else if (!dbl && side !== 'close') {
        dbl = { pos, mark: ch, width };
        singles.length = 0;
      }
      continue;
    }
    if (ch === "'" || SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch))
      pairSingle(text, pos, ch, from, to, dbl, singles, out);
  }
  if (dbl) out.push(span(dbl, trimEnd(text, to), false, false, 0));
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** 2 when tokens n and n+1 are adjacent `''` or ``` `` ``` (one double mark), else 1. */
function doubledMark(text: string, tokens: readonly Token[], n: number): number {
  const a = tokens[n] as Token;
  const b = tokens[n + 1];
  const ch = text.charAt(a.start);
  if (!b || b.start !== a.end || b.end - b.start !== 1 || (ch !== "'" && ch !== '`')) return 1;
  return text.charAt(b.start) === ch ? 2 : 1;
}

/** Side of a double mark; ``` `` ``` always opens, and a straight mark closes an open straight one. */
function doubleSide(text: string, m: Open, from: number, to: number, dbl: Open | null): Side {
  if (m.width === 2 && text.charAt(m.pos) === '`') return 'open';
  const ch = m.mark;
  let side: Side = ch === '"' ? sideOf(text, m.pos, from, to, m.width) : DOUBLE_OPEN.has(ch) ? 'open' : 'close';
  if (ch === '“' && dbl?.mark === '„') side = 'close';
  // "“Apparently not,“ he said": a left mark after a word and before a space closes an open “.
  if (ch === '“' && dbl?.mark === '“' && sideOf(text, m.pos, from, to, m.width) === 'close') side = 'close';
  if (dbl && side !== 'close' && ch === '"' && dbl.mark === '"') side = 'close';
  return side;
}

function pairSingle(
  text: string,
  pos: number,
  ch: string,
  from: number,
  to: number,
  dbl: Open | null,
  singles: Open[],
  out: QuoteSpan[],
): void {
  const side: Side = SINGLE_OPEN.has(ch) ? 'open' : sideOf(text, pos, from, to);
  const level = dbl ? 1 : 0;
  if (side === 'open' && /[\p{L}\p{N}]/u.test(text.charAt(pos + 1))) {
    singles.push({ pos, mark: ch, width: 1 });
    return;
  }
  if (side !== 'close' || singles.length === 0) return;
  const open = singles.pop() as Open;
  if (pos - open.pos > MAX_SINGLE) return;
  out.push(span(open, pos + 1, true, true, level));
}

function trimEnd(text: string, to: number): number {
  let e = to;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

/** Top-level double-quote spans and single-quote spans outside any double quote. */
export function topLevel(spans: readonly QuoteSpan[]): QuoteSpan[] {
  return spans.filter((s) => s.level === 0);
}
