/**
 * @module analyze/text/boundary
 * The sentence-end decision for one run of terminators (". ! ? …") inside a block, looking only at a bounded
 * window around it: the word before (abbreviation? initial? number?), the closing quotes and brackets after
 * it, and the first word of what follows (lower case? frequent sentence opener? an attribution such as
 * '"Why now?" Peskov asked'?). Every scan is capped, so deciding costs O(1) per terminator.
 */
import { abbreviationKind, isOrdinalMonth, isReportingVerb, isSentenceStarter } from './abbreviations.js';
import * as chars from './chars.js';

// Local bindings: loaders that compile modules to getters (tsx, vitest) make imported bindings slow in hot loops.
const {
  APOSTROPHE,
  BANG,
  classAt,
  classOf,
  CLOSE_BRACKET,
  DIGIT,
  ELLIPSIS,
  HYPHEN,
  isLetterClass,
  isWordClass,
  LOWER,
  OPEN_BRACKET,
  OTHER_LETTER,
  PERIOD,
  QUOTE,
  SPACE,
  UPPER,
} = chars;

/** Terminators that end a sentence without a following space (CJK full stops and marks). */
const TIGHT_TERMINATORS = new Set([0x3002, 0xff01, 0xff1f, 0xff61]);
/** Other terminators besides ". ! ? …": Devanagari danda, Arabic question mark and full stop, Greek question mark. */
const EXTRA_TERMINATORS = new Set([0x0964, 0x061f, 0x06d4, 0x037e]);
/** Inverted marks that open a Spanish sentence; list bullets that open an item inside a paragraph. */
const OPENERS = new Set([0xbf, 0xa1]);
const BULLETS = new Set([0x2022, 0x25aa, 0x25ba, 0x25a0, 0x25e6, 0x25cf, 0x2023, 0x2043]);

const WORD_WINDOW = 40;

/** Whether the code unit can be part of a terminator run. */
export function isTerminator(code: number): boolean {
  const cls = classOf(code);
  if (cls === PERIOD || cls === BANG || cls === ELLIPSIS) return true;
  return code > 0x300 && (TIGHT_TERMINATORS.has(code) || EXTRA_TERMINATORS.has(code));
}

/** Whether the code unit may close a sentence after its terminator: a quote or a closing bracket. */
export function isCloser(code: number): boolean {
  const cls = classOf(code);
  return cls === QUOTE || cls === APOSTROPHE || cls === CLOSE_BRACKET;
}

const isSpace = (text: string, i: number) => classOf(text.charCodeAt(i)) === SPACE;

/**
 * Whether the terminators [termStart, termEnd), followed by closers up to `after`, end a sentence inside the
 * block [blockStart, blockEnd).
 */
export function endsSentence(
  text: string,
  blockStart: number,
  blockEnd: number,
  termStart: number,
  termEnd: number,
  after: number,
): boolean {
  if (TIGHT_TERMINATORS.has(text.charCodeAt(termEnd - 1))) return true;
  if (after >= blockEnd) return true;
  if (!isSpace(text, after)) return false;
  let next = after;
  while (next < blockEnd && isSpace(text, next)) next++;
  if (next >= blockEnd) return true;
  const first = skipOpeners(text, next, blockEnd);
  const raw = classAt(text, first, blockEnd);
  const cls = raw === LOWER && isCamelCase(text, first, blockEnd) ? UPPER : raw;
  if (cls === LOWER) return false;
  if (cls !== UPPER && cls !== OTHER_LETTER && cls !== DIGIT) return BULLETS.has(text.charCodeAt(next));
  const quoted = closesQuote(text, termEnd, after);
  if (isEllipsisOrMark(text, termStart, termEnd)) {
    if (isEllipsis(text, termStart, termEnd) && isOmission(text, blockStart, termStart)) return false;
    return !(quoted && attributionFollows(text, first, blockEnd));
  }
  return periodEnds(text, blockStart, termStart, first, blockEnd, quoted || after > termEnd);
}

/** "iPhone", "eBay", "mRNA": a lower-case initial followed by a capital starts a sentence like a capital does. */
function isCamelCase(text: string, i: number, end: number): boolean {
  return classAt(text, i + 1, end) === UPPER;
}

function skipOpeners(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && j - i < 4) {
    const code = text.charCodeAt(j);
    const cls = classOf(code);
    if (cls !== QUOTE && cls !== APOSTROPHE && cls !== OPEN_BRACKET && !OPENERS.has(code)) break;
    j++;
  }
  return j;
}

function closesQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const cls = classOf(text.charCodeAt(k));
    if (cls === QUOTE || cls === APOSTROPHE) return true;
  }
  return false;
}

function isEllipsis(text: string, start: number, end: number): boolean {
  return (
    classOf(text.charCodeAt(start)) === ELLIPSIS || (end - start >= 2 && classOf(text.charCodeAt(start)) === PERIOD)
  );
}

/** An ellipsis standing alone or in brackets marks an omission ("the alliance … Europe", "[…]"), not an end. */
function isOmission(text: string, blockStart: number, termStart: number): boolean {
  if (termStart === blockStart) return true;
  const before = classOf(text.charCodeAt(termStart - 1));
  return before === SPACE || before === OPEN_BRACKET;
}

function isEllipsisOrMark(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (classOf(text.charCodeAt(k)) !== PERIOD) return true;
  return end - start >= 2;
}

/** A single period: an end unless the word before is an abbreviation that continues here. */
function periodEnds(
  text: string,
  blockStart: number,
  at: number,
  next: number,
  blockEnd: number,
  closed: boolean,
): boolean {
  const word = wordBefore(text, blockStart, at);
  if (word === '') return true;
  const nextCls = classAt(text, next, blockEnd);
  if (/^\d{1,2}$/.test(word)) return !isOrdinalMonth(wordAt(text, next, blockEnd));
  switch (abbreviationKind(word)) {
    case null:
    case 'final':
      return true;
    case 'title':
    case 'continuing':
      return false;
    case 'number':
    case 'month':
      return nextCls !== DIGIT;
    default:
      return closed || isSentenceStarter(wordAt(text, next, blockEnd));
  }
}

/** The word ending just before `at`, without leading punctuation or trailing quotes and brackets. */
export function wordBefore(text: string, blockStart: number, at: number): string {
  let s = at;
  while (s > blockStart && at - s < WORD_WINDOW && !isSpace(text, s - 1)) s--;
  if (s > blockStart && !isSpace(text, s - 1)) return '';
  let e = at;
  while (e > s && isCloser(text.charCodeAt(e - 1))) e--;
  while (s < e && !isWordClass(classOf(text.charCodeAt(s)))) s++;
  return text.slice(s, e);
}

/** The letters of the word starting at `i` (at most 20). */
function wordAt(text: string, i: number, end: number): string {
  let j = i;
  while (j < end && j - i < 20 && isLetterClass(classAt(text, j, end))) j++;
  return text.slice(i, j);
}

/** Whether a reporting verb comes within the next few words, with no punctuation but initials in between. */
function attributionFollows(text: string, from: number, end: number): boolean {
  let i = from;
  for (let words = 0; words < 6 && i < end; words++) {
    let j = i;
    while (j < end && j - i < 30) {
      const cls = classAt(text, j, end);
      const joins = (cls === HYPHEN || cls === APOSTROPHE) && isLetterClass(classAt(text, j + 1, end));
      if (!isWordClass(cls) && !joins) break;
      j++;
    }
    if (j === i) return false;
    if (isReportingVerb(text.slice(i, j))) return true;
    if (classAt(text, j, end) === PERIOD && j - i === 1) j++;
    if (j >= end || !isSpace(text, j)) return false;
    i = j;
    while (i < end && isSpace(text, i)) i++;
  }
  return false;
}
