/**
 * @module analyze/quotes/candidate
 * The intermediate record the quote rules produce before speakers are resolved and relays attached.
 */
import type { Range } from '../../core/types.js';
import type { Phrase } from './phrases.js';
import type { QuoteMark } from './types.js';

export interface Candidate {
  readonly content: Range;
  readonly direct: boolean;
  readonly mixed?: boolean;
  readonly fragments?: readonly Range[];
  /** Cue token range [from, to), or a cue given as text and range (":" of a headline). */
  readonly cue: QuoteMark | null;
  readonly speaker: Phrase | null;
  /** The quote whose speaker this one takes over (a continuation). */
  readonly inherited?: Candidate;
  /** Construction bounds before relays are added. */
  readonly start: number;
  readonly end: number;
  readonly confidence: number;
  readonly reasons: readonly string[];
}

export function hull(...ranges: (Range | null | undefined)[]): Range {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const r of ranges) {
    if (!r) continue;
    start = Math.min(start, r.start);
    end = Math.max(end, r.end);
  }
  return { start, end };
}

/** A candidate whose construction bounds span its content and the given parts (speaker phrase, cue). */
export function candidateOf(
  fields: Omit<Candidate, 'start' | 'end'>,
  ...parts: readonly (Range | null | undefined)[]
): Candidate {
  const bounds = hull(fields.content, ...parts);
  return { ...fields, start: bounds.start, end: bounds.end };
}
