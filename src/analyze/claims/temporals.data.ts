/**
 * @module analyze/claims/temporals.data
 * Lexicons for time expressions: words before a year that make a four-digit number a year, relative day
 * words with their offsets, period words, and the words that mark a relation ("since 2022").
 */

/** Words before a four-digit number that make it a year ("in 2014", "since 2022", "the 2022 invasion"). */
// biome-ignore format: compact lexicon
export const YEAR_BEFORE: readonly string[] = [
  'in', 'since', 'from', 'until', 'till', 'by', 'of', 'before', 'after', 'to', 'between', 'and', 'or', 'the',
  'early', 'late', 'mid', 'during', 'through', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year',
  'its', 'their', 'his', 'her', 'fiscal', 'fy', 'around', 'about', 'throughout', 'last', 'this', 'next', 'for',
];

/** Words after a four-digit number that keep it a year even before a lower-case word. */
// biome-ignore format: compact lexicon
export const YEAR_AFTER: readonly string[] = [
  'and', 'or', 'to', 'when', 'after', 'before', 'as', 'while', 'until', 'through', 'onwards', 'onward', 'election',
  'elections', 'invasion', 'census', 'budget', 'war', 'agreement', 'accord', 'treaty', 'summit', 'law', 'report',
  'strategy', 'olympics', 'season', 'crisis', 'annexation', 'levels', 'level', 'figures', 'deal', 'campaign',
];

/** Day words → offset in days from the article date. */
// biome-ignore format: compact lexicon
export const DAY_WORDS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2, yesterday: -1, 'last night': -1, today: 0, tonight: 0, 'this morning': 0,
  'this afternoon': 0, 'this evening': 0, 'earlier today': 0, tomorrow: 1, 'the day after tomorrow': 2,
};

/** Period words after last/this/next → offset unit. */
export const PERIOD_UNITS: Readonly<Record<string, 'W' | 'M' | 'Y'>> = { week: 'W', month: 'M', year: 'Y' };

/** Modifiers of a period → offset in periods ("last week" → −1). */
export const PERIOD_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/** Words before a date that set its relation. */
export const RELATION_WORDS: readonly string[] = ['since', 'until', 'before', 'after', 'by'];

/** Prepositions included in a date's span ("on Sunday", "in 2014"). */
// biome-ignore format: compact lexicon
export const DATE_PREPOSITIONS: readonly string[] = ['on', 'in', 'since', 'until', 'before', 'after', 'by', 'from', 'during'];

/**
 * Phrases before a weekday, in its clause, that make it look forward ("is to take effect on Thursday",
 * "committing to halt fighting from 06:00 on Thursday", "supposed to fall silent on Thursday").
 */
// biome-ignore format: compact lexicon
export const FUTURE_TENSE_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'is to', 'are to', 'am to', 'supposed to', 'due to', 'due', 'expected to', 'set to',
  'plans to', 'plan to', 'planned to', 'planning to', 'scheduled', 'committing to', 'committed to', 'commit to',
  'agreed to', 'agreeing to', 'pledged to', 'pledging to', 'promised to', 'vowed to', 'intends to', 'aims to',
  'going to', 'takes effect', 'take effect', 'comes into force', 'come into force', 'next', 'upcoming',
];

/** Weaker forward cues: they count only when the clause has no other tense cue ("from 06:00 on Thursday"). */
export const WEAK_FUTURE_CUES: readonly string[] = ['from', 'starting', 'beginning', 'effective', 'as of'];

/** Words that put a clause in the past ("signed", "met" are found by form or in this list). */
// biome-ignore format: compact lexicon
export const PAST_TENSE_CUES: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'spoke', 'began', 'took', 'made', 'came', 'went', 'held',
  'left', 'fell', 'rose', 'saw', 'gave', 'got', 'won', 'lost', 'sent', 'struck', 'broke', 'fought', 'led', 'ran',
  'wrote', 'thought', 'felt', 'heard', 'brought', 'sought', 'kept', 'ago', 'last', 'yesterday', 'earlier',
];

/** Words in -ed that are not past tense before a weekday ("supposed", "scheduled" look forward). */
// biome-ignore format: compact lexicon
export const NOT_PAST_ED: readonly string[] = [
  'supposed', 'scheduled', 'expected', 'planned', 'committed', 'need', 'based', 'united', 'red', 'armed',
  'proposed', 'intended', 'slated', 'bed', 'shed', 'speed', 'seed', 'feed', 'hundred', 'indeed',
];
