/**
 * @module core/span
 * Helpers for stand-off spans: checked construction, slicing, comparison, and searching sorted lists of them.
 */
import { InternalError } from './errors.js';
import type { Range, Span } from './types.js';

/** A span checked against the text it points into (0 ≤ start ≤ end ≤ text.length). */
export function makeSpan(articleId: string, text: string, start: number, end: number): Span {
  assertRange(text, start, end);
  return { articleId, start, end };
}

export function assertRange(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new InternalError(`span [${start}, ${end}) does not lie inside a text of length ${text.length}`);
  }
}

export function slice(text: string, range: Range): string {
  return text.slice(range.start, range.end);
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Orders by start, then by longer first. */
export function compareRanges(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The first index in [0, length) at which `before` turns false, for a `before` that is true up to some index and
 * false from there on (a binary search over a sorted list: "the first token that ends after offset x").
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
