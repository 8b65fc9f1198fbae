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
