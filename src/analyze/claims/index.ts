/**
 * @module analyze/claims
 * Article text and sentences → claims (DESIGN §3): check-worthy factual statements with normalised values —
 * counts with what they count, percentages, money, quantities with units, ranks, dates and durations (relative
 * ones resolved against the article's date, with the method recorded) — each with its subject, property,
 * hedge, who asserts it (outlet, quoted speaker, study, document) and an explainable check-worthiness score.
 * Requires: sentences (analyze/text), optionally quotes. Provides: claims. Pure and deterministic.
 */
export { assertedByFor } from './attribution.js';
export type { Granularity } from './calendar.js';
export { CHECKWORTHY_THRESHOLD, type CheckWorthiness, scoreCheckWorthiness } from './checkworthy.js';
export { findClaims, STATEMENT_THRESHOLD } from './claims.js';
export { findQuantities } from './quantities.js';
export { findTemporals } from './temporals.js';
export type {
  AssertedBy,
  Claim,
  ClaimContext,
  ClaimKind,
  ClaimQuote,
  ClaimTime,
  Quantity,
  QuantityKind,
  ResolutionMethod,
  Temporal,
  TemporalKind,
  TemporalResolution,
} from './types.js';
