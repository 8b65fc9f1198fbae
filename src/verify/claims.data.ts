/**
 * @module verify/claims.data
 * Word lists for aligning claims: words that do not tell one subject from another (determiners, "updated",
 * "new"), nouns of a document (a page count is always about one), hedge families with their tolerance, and
 * the determiners that make a small count anaphoric ("the two countries" is a reference, not a statistic).
 */

// biome-ignore format: compact lexicon
export const SUBJECT_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'of', 'in', 'on', 'for',
  'to', 'and', 'new', 'newly', 'updated', 'latest', 'recent', 'recently', 'released', 'published', 'unveiled',
  'final', 'full', 'current', 'same', 'whole', 'entire', 'official', 'world', 'world’s', "world's", 'some', 'all',
];

/** Heads of a document: two page counts in one story about one of these are about the same text. */
// biome-ignore format: compact lexicon
export const DOCUMENT_HEADS: readonly string[] = [
  'document', 'strategy', 'report', 'plan', 'paper', 'text', 'bill', 'law', 'memo', 'memorandum', 'proposal',
  'treaty', 'agreement', 'declaration', 'review', 'dossier', 'manifesto', 'study', 'statement', 'communique',
  'framework', 'doctrine', 'letter', 'indictment', 'ruling', 'judgment', 'draft', 'policy', 'constitution',
];

/** Hedges that make a value approximate, with the relative tolerance they allow. */
export const APPROXIMATE_HEDGES: readonly string[] = [
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'close to',
  'an estimated',
  'estimated',
  'up to',
  'just under',
  'just over',
  'over',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'under',
  'above',
  'below',
];

/** Hedges that bound a value from below ("more than 30": the true value is above). */
export const LOWER_BOUND_HEDGES: readonly string[] = ['more than', 'over', 'at least', 'above', 'just over'];

/** Hedges that bound a value from above ("nearly 30", "up to 30": the true value is at most 30). */
export const UPPER_BOUND_HEDGES: readonly string[] = [
  'nearly',
  'almost',
  'less than',
  'fewer than',
  'up to',
  'under',
  'below',
  'at most',
  'just under',
];

/** Relative tolerance of an approximate value ("about 30" fits 27–33). */
export const APPROXIMATE_TOLERANCE = 0.1;

/** A count without a unit preceded by one of these and at most this large refers back ("the two powers"). */
export const ANAPHORIC_DETERMINERS = /\b(?:the|these|those|both|its|their|his|her|our|in)\s+$/iu;
export const ANAPHORIC_MAX = 12;

/** Property keys that are dates of a statement: two values may be two different statements. */
export const STATEMENT_DATE_PROPERTIES: readonly string[] = ['date.statement'];
