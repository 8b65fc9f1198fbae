/**
 * @module analyze/text/chars
 * Character classes for the tokenizer and the sentence splitter: one lazily filled table over the Basic
 * Multilingual Plane (computed with Unicode property escapes on first sight of each code unit), so the hot
 * loops do an array read per character and no regular expression ever runs over a whole text.
 * Whitespace is exactly what JavaScript's `\s` matches, so "a token holds no whitespace" can be checked with `/\s/`.
 */

/** Character classes. Letters carry their case; caseless scripts (Arabic, CJK, …) are OTHER_LETTER. */
export const SPACE = 1;
export const UPPER = 2;
export const LOWER = 3;
export const OTHER_LETTER = 4;
export const DIGIT = 5;
/** Combining marks and invisible format characters (soft hyphen, ZWJ): they extend the current token. */
export const MARK = 6;
export const APOSTROPHE = 7;
export const HYPHEN = 8;
export const PERIOD = 9;
export const COMMA = 10;
export const COLON = 11;
export const SLASH = 12;
export const AMPERSAND = 13;
export const AT = 14;
export const CONNECTOR = 15;
export const QUOTE = 16;
export const DASH = 17;
export const ELLIPSIS = 18;
/** "!" and "?" and their variants (‼ ⁇ ⁈ ⁉ and full-width forms). */
export const BANG = 19;
export const OPEN_BRACKET = 20;
export const CLOSE_BRACKET = 21;
export const OTHER_PUNCT = 22;
export const SYMBOL = 23;

const SPECIAL: ReadonlyMap<number, number> = new Map([
  ...[0x27, 0x2019].map((c) => [c, APOSTROPHE] as const),
  ...[0x2d, 0x2010, 0x2011].map((c) => [c, HYPHEN] as const),
  ...[
    0x22, 0x201c, 0x201d, 0x201e, 0x201f, 0x2018, 0x201a, 0x201b, 0xab, 0xbb, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e,
    0x300f,
  ].map((c) => [c, QUOTE] as const),
  ...[0x2012, 0x2013, 0x2014, 0x2015, 0x2e3a, 0x2e3b].map((c) => [c, DASH] as const),
  ...[0x21, 0x3f, 0x203c, 0x2047, 0x2048, 0x2049, 0xff01, 0xff1f].map((c) => [c, BANG] as const),
  ...[0x25, 0x2030, 0x2031, 0x23].map((c) => [c, SYMBOL] as const),
  [0x2e, PERIOD],
  [0x2026, ELLIPSIS],
  [0x2c, COMMA],
  [0x3a, COLON],
  [0x2f, SLASH],
  [0x26, AMPERSAND],
  [0x40, AT],
]);

const RE_SPACE = /^\s$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_DIGIT = /^\p{N}$/u;
const RE_MARK = /^[\p{M}\p{Cf}]$/u;
const RE_CONNECTOR = /^\p{Pc}$/u;
const RE_OPEN = /^\p{Ps}$/u;
const RE_CLOSE = /^\p{Pe}$/u;
const RE_PUNCT = /^\p{P}$/u;

function computeClass(cp: number): number {
  const special = SPECIAL.get(cp);
  if (special !== undefined) return special;
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return SPACE;
  if (RE_UPPER.test(ch)) return UPPER;
  if (RE_LOWER.test(ch)) return LOWER;
  if (RE_LETTER.test(ch)) return OTHER_LETTER;
  if (RE_DIGIT.test(ch)) return DIGIT;
  if (RE_MARK.test(ch)) return MARK;
  if (RE_CONNECTOR.test(ch)) return CONNECTOR;
  if (RE_OPEN.test(ch)) return OPEN_BRACKET;
  if (RE_CLOSE.test(ch)) return CLOSE_BRACKET;
  if (RE_PUNCT.test(ch)) return OTHER_PUNCT;
  return SYMBOL;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class of a code point. */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp]!;
    if (c === 0) {
      c = computeClass(cp);
      bmp[cp] = c;
    }
    return c;
  }
  let c = astral.get(cp);
  if (c === undefined) {
    c = computeClass(cp);
    if (astral.size < 4096) astral.set(cp, c);
  }
  return c;
}

/** The code point starting at `i` (a lone surrogate is returned as itself), read no further than `end`. */
export function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The class of the character at `i`; 0 when `i` is outside [0, end). */
export function classAt(text: string, i: number, end: number): number {
  if (i < 0 || i >= end) return 0;
  return classOf(codePointAt(text, i, end));
}

/** UTF-16 width of a code point. */
export const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

export const isLetterClass = (c: number): boolean => c === UPPER || c === LOWER || c === OTHER_LETTER;
export const isWordClass = (c: number): boolean => isLetterClass(c) || c === DIGIT || c === MARK;
export const isSpaceAt = (text: string, i: number): boolean => classOf(text.charCodeAt(i)) === SPACE;

/** [start, end) with surrounding whitespace removed; start === end when only whitespace remains. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}
