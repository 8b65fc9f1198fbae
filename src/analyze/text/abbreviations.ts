/**
 * @module analyze/text/abbreviations
 * Lookups over the lexicons of abbreviations.data.ts: what kind of abbreviation a word before a period is
 * (if any), whether a word is a frequent sentence opener, and whether it is a reporting verb.
 * Shared by the tokenizer (does a word keep its period?) and the sentence splitter (is this period an end?).
 */
import {
  AMBIGUOUS_ABBREVIATIONS,
  CONTINUING_ABBREVIATIONS,
  FINAL_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  ORDINAL_MONTH_NAMES,
  REPORTING_VERBS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.data.js';

/**
 * How an abbreviation behaves before a capitalised word or a number:
 * - title, continuing: never a sentence end;
 * - number, month: not an end before a number, otherwise an ordinary word;
 * - final: an end before any capitalised word;
 * - ambiguous, initial, dotted ("U.S.", "a.m."): an end only before a frequent sentence opener.
 */
export type AbbreviationKind =
  | 'title'
  | 'continuing'
  | 'number'
  | 'month'
  | 'final'
  | 'ambiguous'
  | 'initial'
  | 'dotted';

const exact = new Map<string, AbbreviationKind>();
const folded = new Map<string, AbbreviationKind>();

function register(entries: readonly string[], kind: AbbreviationKind): void {
  for (const entry of entries) {
    const lower = entry.toLowerCase();
    const map = lower === entry ? folded : exact;
    if (!map.has(entry)) map.set(entry, kind);
  }
}

register(TITLE_ABBREVIATIONS, 'title');
register(CONTINUING_ABBREVIATIONS, 'continuing');
register(NUMBER_ABBREVIATIONS, 'number');
register(MONTH_ABBREVIATIONS, 'month');
register(FINAL_ABBREVIATIONS, 'final');
register(AMBIGUOUS_ABBREVIATIONS, 'ambiguous');

const starters = new Set(SENTENCE_STARTERS);
const reporting = new Set(REPORTING_VERBS);
const ordinalMonths = new Set(ORDINAL_MONTH_NAMES);

const RE_SINGLE_UPPER = /^\p{Lu}$/u;
/** "U.S", "a.m", "Ph.D", "т.е": groups of one or two letters joined by periods (not "tass.ru", "bbc.co.uk"). */
const RE_DOTTED = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;

/**
 * The kind of abbreviation `word` (written without its final period) is, or null for an ordinary word.
 * A single capital letter is always an initial ("P. Diddy"), even where its lower case is listed ("p. 12").
 */
export function abbreviationKind(word: string): AbbreviationKind | null {
  if (word.length === 0 || word.length > 12) return null;
  if (RE_SINGLE_UPPER.test(word)) return 'initial';
  const known = exact.get(word) ?? folded.get(word.toLowerCase());
  if (known) return known;
  if (RE_DOTTED.test(word)) return 'dotted';
  return null;
}

/** A frequent sentence-initial word ("The", "But", "Он"), compared case-insensitively. */
export const isSentenceStarter = (word: string): boolean => starters.has(word.toLowerCase());

/** A reporting verb ("said", "asked", "заявил"), compared case-insensitively. */
export const isReportingVerb = (word: string): boolean => reporting.has(word.toLowerCase());

/** A German month name, after which "5." is an ordinal ("am 5. Dezember"). */
export const isOrdinalMonth = (word: string): boolean => ordinalMonths.has(word.toLowerCase());
