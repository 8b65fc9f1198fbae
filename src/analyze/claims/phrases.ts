/**
 * @module analyze/claims/phrases
 * Small readers over a sentence string around a number: the hedge just before it ("more than", "nearly"),
 * the noun phrase just after it that it counts ("640 people were …" → "people"), and the word before.
 * Offsets are into the sentence string; callers add the sentence start.
 */
import type { Range } from '../../core/types.js';
import { HEDGES, MONTHS, UNIT_WORDS, WEEKDAYS } from './numbers.data.js';
import { COUNTED_STOP } from './quantities.data.js';

const stop = new Set(COUNTED_STOP);
// biome-ignore format: compact lexicon
const S_VERBS = new Set([
  'continues', 'remains', 'says', 'shows', 'means', 'seems', 'appears', 'includes', 'begins', 'ends', 'happens',
  'stands', 'lasts', 'looms', 'rages', 'grows', 'goes', 'comes', 'takes', 'makes', 'gets', 'needs', 'wants',
  'faces', 'claims', 'states', 'notes', 'warns', 'calls', 'lives', 'works', 'uses', 'runs', 'holds', 'plans',
  'sets', 'lays', 'spells', 'outlines', 'describes', 'provides', 'commits', 'depends',
]);
const OBJECT_STARTERS = new Set([
  'the',
  'a',
  'an',
  'that',
  'its',
  'their',
  'his',
  'her',
  'to',
  'how',
  'what',
  'this',
  'these',
  'it',
  'them',
  'him',
  'us',
  'our',
]);
const HEDGE_RE = new RegExp(
  `(?:^|[^\\p{L}])(${[...HEDGES]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/\./gu, '\\.'))
    .join('|')})\\s+$`,
  'iu',
);

export interface Hedge {
  readonly text: string;
  readonly start: number;
}

/** The hedge that ends right before `at` ("more than 640" → "more than"), if any. */
export function hedgeBefore(s: string, at: number): Hedge | null {
  const window = s.slice(Math.max(0, at - 30), at);
  const m = HEDGE_RE.exec(window);
  if (!m?.[1]) return null;
  const start = at - window.length + m.index + m[0].indexOf(m[1]);
  return { text: m[1].toLowerCase(), start };
}

export interface Counted {
  /** The head noun, lower case ("document"). */
  readonly head: string;
  /** The whole phrase as written ("strategy document"). */
  readonly phrase: string;
  readonly span: Range;
}

const WORD = /\s*([\p{L}][\p{L}'’-]*)/uy;

function isUnusable(word: string): boolean {
  const w = word.toLowerCase();
  return stop.has(w) || w in UNIT_WORDS || w in MONTHS || w in WEEKDAYS;
}

/**
 * The noun phrase that starts at `from` and that a number counts: up to three words, ending before a verb,
 * preposition or punctuation. With `allowOf`, a leading "of" / "of the" is skipped ("two-thirds of countries");
 * without `direct`, only a phrase after "of" is taken ("400,000 barrels of oil", not "40 km away").
 */
export function countedAfter(s: string, from: number, allowOf = false, direct = true): Counted | null {
  let i = from;
  const of = /\s+of\s+(?:(?:the|all|its|their)\s+)?/iuy;
  of.lastIndex = i;
  if (allowOf && of.exec(s)) i = of.lastIndex;
  else if (!direct) return null;
  const words: Range[] = [];
  // Up to three words, or more while a capitalised name goes on ("US National Security Strategy").
  while (words.length < 3 || (words.length < 6 && /^\p{Lu}/u.test(s.slice(i).trimStart()) && isCapitalised(s, words))) {
    WORD.lastIndex = i;
    const m = WORD.exec(s);
    const word = m?.[1];
    if (!m || !word || isUnusable(word) || (/^\p{Lu}\p{L}*$/u.test(word) === false && /[^\p{Ll}'’-]/u.test(word)))
      break;
    const start = WORD.lastIndex - word.length;
    if (words.length > 0 && looksLikeVerb(s, word, WORD.lastIndex)) break;
    words.push({ start, end: WORD.lastIndex });
    i = WORD.lastIndex;
    if (/\p{Ll}{2}s$/u.test(word) && !/(?:ss|us|is)$/u.test(word)) break;
  }
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  const phrase = s.slice(first.start, last.end);
  return { head: s.slice(last.start, last.end).toLowerCase(), phrase, span: { start: first.start, end: last.end } };
}

const isCapitalised = (s: string, words: readonly Range[]): boolean => {
  const last = words[words.length - 1];
  return last !== undefined && /^\p{Lu}/u.test(s.slice(last.start, last.end));
};

/** "document outlines the …": a word in -s followed by an object looks like a verb, not part of the noun. */
function looksLikeVerb(s: string, word: string, end: number): boolean {
  if (/\p{Ll}ed$/u.test(word)) return true;
  if (!/s$/u.test(word)) return false;
  if (S_VERBS.has(word.toLowerCase())) return true;
  const next = /^\s+([\p{L}]+)/u.exec(s.slice(end, end + 20))?.[1]?.toLowerCase() ?? '';
  return OBJECT_STARTERS.has(next) || next.endsWith('ly');
}

/** The word ending right before `at` (lower case), skipping spaces. */
export function wordBefore(s: string, at: number): string {
  return /([\p{L}]+)[\s.]*$/u.exec(s.slice(Math.max(0, at - 25), at))?.[1]?.toLowerCase() ?? '';
}

const NOT_IDENTIFIER = new Set([
  ...stop,
  ...HEDGES,
  'some',
  'nearly',
  'almost',
  'about',
  'around',
  'over',
  'just',
  'only',
]);

/** Whether a capitalised word right before `at` makes the number an identifier ("Article 5", "Flight 17"). */
export function identifierBefore(s: string, at: number): boolean {
  const prev = /(\S+)\s+$/u.exec(s.slice(Math.max(0, at - 25), at))?.[1] ?? '';
  return /^\p{Lu}[\p{L}]*\.?$/u.test(prev) && !NOT_IDENTIFIER.has(prev.replace(/\.$/u, '').toLowerCase());
}
