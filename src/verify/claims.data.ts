/**
 * @module verify/claims.data
 * Word lists for aligning claims: words that do not tell one subject from another, nouns of a document (a page or
 * article count is always about the story's text), nouns too generic to align on ("people", "things"), nouns that
 * are units rather than subjects ("local time", "crowns"), words that make a subject a clause fragment, outcome
 * properties whose figures change over time, hedge families with their tolerance, and the as-of markers of a figure.
 */

// biome-ignore format: compact lexicon
export const SUBJECT_STOPWORDS: readonly string[] = [
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'of', 'in', 'on', 'for',
  'to', 'and', 'new', 'newly', 'updated', 'latest', 'recent', 'recently', 'released', 'published', 'unveiled',
  'final', 'full', 'current', 'same', 'whole', 'entire', 'official', 'world', 'world’s', "world's", 'some', 'all',
  'both', 'two', 'three', 'four', 'five', 'first', 'second', 'each', 'every', 'other', 'such',
];

/** Heads of a document: two sizes in pages or articles of one of these in one story are about the same text. */
// biome-ignore format: compact lexicon
export const DOCUMENT_HEADS: readonly string[] = [
  'document', 'strategy', 'report', 'plan', 'paper', 'text', 'bill', 'law', 'memo', 'memorandum', 'proposal',
  'treaty', 'agreement', 'accord', 'deal', 'pact', 'charter', 'convention', 'protocol', 'declaration', 'review',
  'dossier', 'manifesto', 'study', 'statement', 'communique', 'framework', 'doctrine', 'letter', 'indictment',
  'ruling', 'judgment', 'draft', 'policy', 'constitution', 'resolution', 'roadmap',
];

/** Counted nouns too generic to align on without a role ("about 900 people" vs "200,000 people"). */
// biome-ignore format: compact lexicon
export const GENERIC_COUNTED: readonly string[] = [
  'people', 'persons', 'person', 'residents', 'individuals', 'civilians', 'inhabitants', 'citizens', 'men', 'women',
  'children', 'things', 'thing', 'times', 'ways', 'cases', 'issues', 'points', 'reasons', 'questions', 'steps',
  'parts', 'items', 'facts', 'others', 'ones', 'sides', 'members', 'part', 'lessons', 'places', 'days', 'years',
];

/** Nouns of people that add nothing to a role ("112 people killed" and "a toll of 112" are one figure). */
// biome-ignore format: compact lexicon
export const PERSON_NOUNS: readonly string[] = [
  'people', 'persons', 'person', 'individuals', 'toll', 'death', 'deaths', 'number', 'total', 'figure', 'tally',
  'casualties', 'lives', 'dead', 'injured', 'wounded', 'victims',
];

/** Heads that are units or clock words, not subjects ("06:00 local time", "85m crowns", "minus 6 degrees"). */
// biome-ignore format: compact lexicon
export const UNIT_NOUNS: readonly string[] = [
  'time', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'gmt', 'utc', 'cet', 'degrees', 'celsius', 'fahrenheit',
  'km', 'kilometres', 'kilometers', 'metres', 'meters', 'miles', 'percent', 'crowns', 'kronor', 'kroner', 'krona',
  'krone', 'koruna', 'forint', 'zloty', 'dinars', 'pesos', 'length', 'width', 'depth', 'uhr', 'ortszeit',
  'morning', 'evening', 'night', 'afternoon', 'today', 'tonight', 'week', 'month', 'year', 'day',
];

/** Words that make a subject a clause fragment rather than a noun phrase (modals, auxiliaries, relatives). */
// biome-ignore format: compact lexicon
export const CLAUSE_WORDS: readonly string[] = [
  'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', 'has', 'have', 'had', 'is', 'are',
  'was', 'were', 'be', 'been', 'whose', 'who', 'which', 'that', 'said', 'says', 'not', 'nicht', 'können', 'there',
  'he', 'she', 'they', 'we', 'i', 'you', 'it', 'struck', 'hit', 'took', 'made', 'came', 'went', 'gave', 'got',
  'fell', 'rose', 'grew', 'won', 'lost', 'fled', 'met', 'held', 'sent', 'told', 'began', 'found', 'kept', 'led',
  'broke', 'spoke', 'became', 'depends', 'remains', 'continues',
];

/** Words a subject may not start with: a preposition or adverb means a fragment ("By late", "on Wednesday"). */
// biome-ignore format: compact lexicon
export const FRAGMENT_STARTS: readonly string[] = [
  'by', 'on', 'in', 'at', 'from', 'to', 'with', 'for', 'since', 'until', 'after', 'before', 'during', 'when',
  'where', 'whose', 'who', 'which', 'should', 'would', 'could', 'will', 'late', 'early',
];

/** Function words stripped from the end of a subject ("the buffer zone along" → "the buffer zone"). */
// biome-ignore format: compact lexicon
export const TRAILING_FUNCTION_WORDS: readonly string[] = [
  'along', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'the', 'a', 'an', 'and', 'or', 'near', 'across',
];

/** Outcome properties whose figures change as a story unfolds: compared only as of the same time. */
// biome-ignore format: compact lexicon
export const EVOLVING_PROPERTIES: readonly string[] = [
  'deaths', 'injured', 'displaced', 'missing', 'arrests', 'evacuated', 'rescued', 'hostages', 'prisoners',
  'captured', 'homeless',
];

/** Text right before a date that makes it the time a figure holds at ("as of 18:00 on", "by late on"). */
export const AS_OF_BEFORE =
  /\b(?:as\s+of|by(?:\s+(?:late|early|the\s+end\s+of))?|until|up\s+to)(?:\s+(?:on|at))?(?:\s+[\d:.]+(?:\s+(?:local\s+time|[ap]\.?m\.?))?)?(?:\s+(?:on|of))?\s*$/iu;

/** Text between a figure and a date that makes the date its time ("rose to 112 on Friday"). */
export const AS_OF_BETWEEN = /^\s*(?:people\s+)?(?:on|,)?\s*$/iu;

/** Hedges that make a value approximate, with the relative tolerance they allow. */
// biome-ignore format: compact lexicon
export const APPROXIMATE_HEDGES: readonly string[] = [
  'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'close to', 'an estimated', 'estimated',
  'up to', 'just under', 'just over', 'over', 'more than', 'less than', 'fewer than', 'at least', 'at most', 'under',
  'above', 'below',
];

/** Hedges that bound a value from below ("more than 30": the true value is above). */
export const LOWER_BOUND_HEDGES: readonly string[] = ['more than', 'over', 'at least', 'above', 'just over'];

/** Hedges that bound a value from above ("nearly 30", "up to 30": the true value is at most 30). */
// biome-ignore format: compact lexicon
export const UPPER_BOUND_HEDGES: readonly string[] = [
  'nearly', 'almost', 'less than', 'fewer than', 'up to', 'under', 'below', 'at most', 'just under',
];

/** Hedges that exclude the value itself: "more than 640" is not 640 (compatible at best). */
// biome-ignore format: compact lexicon
export const STRICT_HEDGES: readonly string[] = [
  'more than', 'over', 'above', 'just over', 'less than', 'fewer than', 'under', 'below', 'just under', 'nearly',
  'almost',
];

/** Relative tolerance of an approximate value ("about 30" fits 27–33). */
export const APPROXIMATE_TOLERANCE = 0.1;

/** A count without a unit preceded by one of these and at most this large refers back ("the two powers"). */
export const ANAPHORIC_DETERMINERS = /\b(?:the|these|those|both|its|their|his|her|our|in)\s+$/iu;
export const ANAPHORIC_MAX = 12;

/** Property keys that are dates of a statement: two values may be two different statements. */
export const STATEMENT_DATE_PROPERTIES: readonly string[] = ['date.statement'];
