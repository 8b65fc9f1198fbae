/**
 * @module analyze/claims/types
 * The records the claims step produces: numeric expressions (Quantity), time expressions (Temporal) and
 * claims (Claim). All offsets are UTF-16 code units into the article text, end exclusive.
 */
import type { IsoDate, Range } from '../../core/types.js';
import type { Granularity } from './calendar.js';

export type QuantityKind = 'count' | 'fraction' | 'percent' | 'money' | 'quantity' | 'rank';

/** A numeric expression. `start`/`end` cover the hedge, the number, its unit and the counted noun. */
export interface Quantity extends Range {
  readonly kind: QuantityKind;
  readonly text: string;
  /** Normalised value: a count, a fraction in [0, 1] ("two-thirds" → 0.667), a percent (3.5), an amount. */
  readonly value: number;
  /** Upper bound of a range ("between 100 and 120" → value 100, upper 120). */
  readonly upper?: number;
  /** Canonical unit: "page", "km", "t", "magnitude", "%"; for ranks the superlative ("largest"). */
  readonly unit?: string;
  /** Dimension of the unit: "length", "mass", "count", … */
  readonly dimension?: string;
  /** ISO 4217 code for money. */
  readonly currency?: string;
  /** The noun the number counts or measures ("document", "people", "countries", "economy"). */
  readonly counted?: string;
  readonly countedSpan?: Range;
  /** "more than", "nearly", "about"… */
  readonly hedge?: string;
  /** Vague by nature ("dozens", "tens of thousands"). */
  readonly approximate?: boolean;
  /** The number with its unit, without hedge or counted noun. */
  readonly valueSpan: Range;
}

export type TemporalKind = 'date' | 'duration';

export type ResolutionMethod =
  | 'absolute'
  | 'month-day-near-article-date'
  | 'month-near-article-date'
  | 'weekday-before-article-date'
  | 'weekday-after-article-date'
  | 'day-offset-from-article-date'
  | 'week-offset-from-article-date'
  | 'month-offset-from-article-date'
  | 'year-offset-from-article-date'
  | 'duration-before-article-date';

export interface TemporalResolution {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". For a week: its Monday. */
  readonly value: string;
  readonly granularity: Granularity;
  readonly method: ResolutionMethod;
  /** The article date the value was computed from (absent for absolute dates). */
  readonly anchor?: IsoDate;
}

/** A time expression. */
export interface Temporal extends Range {
  readonly kind: TemporalKind;
  readonly text: string;
  /**
   * As written, normalised: "2025-12-07", "XXXX-12-07", "2014", "199X" for dates; "P4Y", "P3M", "PT5H" for
   * durations; for relative dates a key such as "weekday:sunday", "offset:-1D", "offset:-1W".
   */
  readonly value: string;
  /** "since 2022" → since; "until", "before", "after", "by". */
  readonly relation?: 'since' | 'until' | 'before' | 'after' | 'by';
  readonly hedge?: string;
  readonly resolution: TemporalResolution | null;
  /** Why `resolution` is null. */
  readonly reason?: string;
  readonly valueSpan: Range;
}

export type ClaimKind = 'count' | 'percent' | 'money' | 'quantity' | 'date' | 'duration' | 'rank' | 'statement';

export interface AssertedBy {
  readonly kind: 'outlet' | 'speaker' | 'study' | 'document';
  readonly text?: string;
  /** For studies and documents: no title, author or link is given ("a recent study"). */
  readonly unnamed?: boolean;
}

export interface Claim extends Range {
  readonly text: string;
  readonly kind: ClaimKind;
  readonly value: number | string | null;
  readonly upper?: number;
  readonly unit?: string;
  readonly currency?: string;
  readonly subject?: string;
  readonly property?: string;
  readonly hedge?: string;
  /** For a duration anchored in the past ("four-year-old war"): the start it implies, from the article date. */
  readonly startsAt?: string;
  /** Dates and durations: the value as written, how it was placed on the calendar, or why it was not. */
  readonly time?: ClaimTime;
  readonly assertedBy: AssertedBy;
  readonly checkWorthy: number;
  readonly reasons: string[];
  readonly valueSpan: Range;
}

/**
 * How a date or duration claim was read: `written` is the normalised value as written ("weekday:sunday",
 * "P4Y"); `resolution` the calendar value with its method and anchor, or null with `note` saying why
 * ("relative date and no article date known"). A resolution may carry a note too (a guessed weekday).
 */
export interface ClaimTime {
  readonly written: string;
  readonly resolution: TemporalResolution | null;
  readonly note?: string;
}

export interface ClaimQuote {
  readonly content: Range;
  readonly speaker: { readonly text: string } | null;
}

export interface ClaimContext {
  readonly articleDate?: IsoDate;
  readonly quotes?: readonly ClaimQuote[];
}
