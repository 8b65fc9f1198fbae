/**
 * @module analyze/quotes/types
 * The records the quote finder returns: a `Quote` with its content, speaker, cue verb and relay chain, all as
 * stand-off ranges into the text given to `findQuotes`. No logic here.
 */
import type { Range } from '../../core/types.js';

/** Who is quoted. `range` is the mention in this sentence; `resolvedFrom` the earlier full name it stands for. */
export interface QuoteSpeaker {
  readonly text: string;
  readonly range?: Range;
  /** Set when a pronoun, role or bare surname was resolved to an earlier full name (whose text is `text`). */
  readonly resolvedFrom?: Range;
  /** What kind of phrase names the speaker. */
  readonly kind?: SpeakerKind;
}

export type SpeakerKind = 'name' | 'pronoun' | 'role' | 'document' | 'group';

/** A piece of text with its range (a cue verb, a relaying outlet). */
export interface QuoteMark {
  readonly text: string;
  readonly range: Range;
}

export interface Quote {
  /** The whole attribution construction: content, cue, speaker and relay. */
  readonly start: number;
  readonly end: number;
  /** What was said: the quoted text with its marks (direct) or the reported clause (indirect, mixed). */
  readonly content: Range;
  readonly speaker: QuoteSpeaker | null;
  readonly cue: QuoteMark | null;
  /** True when the content is a verbatim quotation between quote marks. */
  readonly direct: boolean;
  /** True when an indirect clause carries a verbatim fragment (`fragments`). */
  readonly mixed?: boolean;
  /** The quoted fragments of a mixed quote, marks included. */
  readonly fragments?: readonly Range[];
  /** The relay chain, nearest first: "told TASS", "as reported by Reuters" → TASS, Reuters. */
  readonly via: readonly QuoteMark[];
  /** In [0, 1]. */
  readonly confidence: number;
  /** Which rules fired, e.g. "direct:quote-then-speaker-cue", "speaker:pronoun-resolved". */
  readonly reasons: readonly string[];
}

export interface QuoteOptions {
  /**
   * Also report attributed beliefs, wishes and stances ("X believes …", "X wants …", "X supports …", "X declined
   * to …") besides speech. Default false: speech, writing, communicative acts ("X criticised Y for …", "X called
   * for …", "X vowed to …") and documents' statements ("the poll found that …").
   */
  readonly beliefs?: boolean;
  /** Report quote-only sentences that continue an attributed direct quote. Default true. */
  readonly continuations?: boolean;
  /** Drop quotes below this confidence. Default 0. */
  readonly minConfidence?: number;
}
