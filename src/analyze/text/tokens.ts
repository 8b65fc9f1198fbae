/**
 * @module analyze/text/tokens
 * Text → tokens: stand-off word, number, punctuation, symbol, URL and e-mail tokens with a spaCy-style shape.
 * One left-to-right pass over the characters, with bounded look-ahead and no regular expression over the text,
 * so the cost is linear in the input. Whitespace is never part of a token and no whitespace token is emitted.
 *
 * Choices (stable; later stages rely on them):
 * - Abbreviations keep their period: "U.S.", "e.g.", "Dr.", "Inc.", initials "F."; "No."/"Aug." only before a
 *   number. A sentence-final "U.S." is therefore one token (no extra "." token).
 * - Apostrophes between letters stay in the word ("O’Neill", "d’Ivoire", "don't"); the English clitics
 *   's 're 've 'll 'd 'm are split off as their own word token ("Russia’s" → "Russia" + "’s"). A trailing
 *   apostrophe ("officials'") is punctuation.
 * - Hyphens join letters ("well-known", "Rostov-on-Don") and a capitalised word to a number ("COVID-19",
 *   "Su-57", "F-16"); after a number, or between a lower-case word and a number, the hyphen is its own token:
 *   "29-page" → "29" "-" "page", "mid-2025" → "mid" "-" "2025", "2014-2022" → "2014" "-" "2022".
 * - Numbers keep their separators and decimals ("1,200", "3.5", "1.200.000", "10:30", "12/05/2025",
 *   ISO "2025-12-07") and glued letters ("1990s", "3rd", "5km", "1.2bn"); "%" and currency signs are separate
 *   symbol tokens ("$", "5", "%"); a sign is separate ("-", "5").
 * - URLs (scheme or "www.") and e-mail addresses are single tokens; trailing sentence punctuation is left out.
 * - Runs of periods or of "!"/"?" are one token ("...", "?!"); "…" and each dash and quote are one token.
 */
import { abbreviationKind } from './abbreviations.js';
import * as chars from './chars.js';

// Local bindings: loaders that compile modules to getters (tsx, vitest) make imported bindings slow in hot loops.
const {
  AMPERSAND,
  APOSTROPHE,
  AT,
  BANG,
  classAt,
  classOf,
  CLOSE_BRACKET,
  codePointAt,
  COLON,
  COMMA,
  CONNECTOR,
  DIGIT,
  HYPHEN,
  isLetterClass,
  isWordClass,
  LOWER,
  MARK,
  OPEN_BRACKET,
  OTHER_LETTER,
  PERIOD,
  QUOTE,
  SLASH,
  SPACE,
  SYMBOL,
  UPPER,
  widthOf,
} = chars;

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'email';

/** A token: `text.slice(start, end)` in the text given to `tokenize`. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Letters as X/x, digits as d, other characters as themselves, runs cut at four: "Xxxxx", "X.X.", "d,ddd". */
  readonly shape: string;
}

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);

/** Tokens of `text` in [start, end), in order, non-overlapping, none containing whitespace. */
export function tokenize(text: string, start = 0, end: number = text.length): Token[] {
  const to = Math.max(0, Math.min(end, text.length));
  const out: Token[] = [];
  let i = Math.max(0, Math.min(start, to));
  while (i < to) {
    const cp = codePointAt(text, i, to);
    const cls = classOf(cp);
    if (cls === SPACE) i += widthOf(cp);
    else i = scanToken(text, i, to, cls, cp, out);
  }
  return out;
}

/** The shape of a string: "Kremlin" → "Xxxxx", "U.S." → "X.X.", "1,200" → "d,ddd", "Москва" → "Xxxxx". */
export function shapeOf(s: string): string {
  const codes: number[] = [];
  let last = -1;
  let run = 0;
  for (let i = 0; i < s.length; ) {
    const cp = codePointAt(s, i, s.length);
    i += widthOf(cp);
    const mark = shapeCode(cp);
    if (mark < 0) continue;
    if (mark === last) {
      if (++run > 4) continue;
    } else {
      last = mark;
      run = 1;
    }
    if (mark > 0xffff) codes.push(0xd800 + ((mark - 0x10000) >> 10), 0xdc00 + ((mark - 0x10000) & 0x3ff));
    else codes.push(mark);
  }
  return codes.length <= 4096 ? String.fromCharCode(...codes) : codes.map((c) => String.fromCharCode(c)).join('');
}

/** The shape character of a code point: X, x, d, the code point itself, or -1 (marks leave no trace). */
function shapeCode(cp: number): number {
  const cls = classOf(cp);
  if (cls === UPPER) return 0x58;
  if (cls === LOWER || cls === OTHER_LETTER) return 0x78;
  if (cls === DIGIT) return 0x64;
  return cls === MARK ? -1 : cp;
}

/** Shapes of recently seen short tokens: most words repeat, and a lookup is cheaper than a rebuild. */
const shapeCache = new Map<string, string>();
const SHAPE_CACHE_SIZE = 50_000;

function cachedShape(s: string): string {
  if (s.length > 24) return shapeOf(s);
  let shape = shapeCache.get(s);
  if (shape === undefined) {
    shape = shapeOf(s);
    if (shapeCache.size >= SHAPE_CACHE_SIZE) shapeCache.clear();
    shapeCache.set(s, shape);
  }
  return shape;
}

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind): number {
  out.push({ start, end, kind, shape: cachedShape(text.slice(start, end)) });
  return end;
}

function scanToken(text: string, i: number, end: number, cls: number, cp: number, out: Token[]): number {
  if (isLetterClass(cls)) {
    const url = urlEnd(text, i, end);
    return url > i ? push(out, text, i, url, 'url') : scanWord(text, i, end, out);
  }
  if (cls === DIGIT) return push(out, text, i, numberEnd(text, i, end), 'number');
  if (cls === PERIOD || cls === BANG || cls === HYPHEN) {
    let j = i + 1;
    while (j < end && classAt(text, j, end) === cls) j++;
    return push(out, text, i, j, 'punct');
  }
  return push(out, text, i, marksEnd(text, i + widthOf(cp), end), cls === SYMBOL || cls === MARK ? 'symbol' : 'punct');
}

/** End of the combining marks and format characters from `i`. */
function marksEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const cp = codePointAt(text, j, end);
    if (classOf(cp) !== MARK) break;
    j += widthOf(cp);
  }
  return j;
}

/** End of the letters, digits and marks from `i`. */
function runEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const cp = codePointAt(text, j, end);
    if (!isWordClass(classOf(cp))) break;
    j += widthOf(cp);
  }
  return j;
}

function scanWord(text: string, start: number, end: number, out: Token[]): number {
  let j = start;
  let segment = start;
  for (;;) {
    j = runEnd(text, j, end);
    const c = classAt(text, j, end);
    const next = classAt(text, j + 1, end);
    if (c === APOSTROPHE && isLetterClass(next)) {
      const clitic = cliticEnd(text, j, end);
      if (clitic > 0) {
        push(out, text, start, j, 'word');
        return push(out, text, j, clitic, 'word');
      }
    } else if (c === HYPHEN) {
      if (!isLetterClass(next) && !(next === DIGIT && hasUpper(text, start, j))) break;
    } else if (c === PERIOD) {
      if (!periodJoins(text, segment, j, next)) break;
      segment = j + 1;
    } else if (c === AMPERSAND) {
      if (classAt(text, j - 1, end) !== UPPER || next !== UPPER) break;
    } else if (c === CONNECTOR) {
      if (!isWordClass(next)) break;
    } else if (c === AT) {
      const email = emailEnd(text, j, end);
      if (email > 0) return push(out, text, start, email, 'email');
      break;
    } else break;
    j += 1;
  }
  if (classAt(text, j, end) === PERIOD && classAt(text, j + 1, end) !== PERIOD && keepsPeriod(text, start, j, end)) j++;
  return push(out, text, start, j, 'word');
}

function hasUpper(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (classOf(text.charCodeAt(k)) === UPPER) return true;
  return false;
}

/** A period inside a word: "U.S", "e.g", "tass.ru", "Ph.D", "v1.2" — not "end.The". */
function periodJoins(text: string, segment: number, at: number, next: number): boolean {
  if (next === LOWER) return true;
  if (next === UPPER) return at - segment <= 2;
  return next === DIGIT && classOf(text.charCodeAt(at - 1)) === DIGIT;
}

/** After an apostrophe at `at`: the end of an English clitic ('s 're 've 'll 'd 'm) that ends the word, or 0. */
function cliticEnd(text: string, at: number, end: number): number {
  let k = at + 1;
  while (k < end && k - at <= 3 && isLetterClass(classOf(text.charCodeAt(k)))) k++;
  if (k - at > 3 || isWordClass(classAt(text, k, end))) return 0;
  if (classAt(text, k, end) === APOSTROPHE && isLetterClass(classAt(text, k + 1, end))) return 0;
  return CLITICS.has(text.slice(at + 1, k).toLowerCase()) ? k : 0;
}

/** Whether the word [start, at) keeps the period at `at` ("Dr.", "U.S.", "F.", "No." before a number). */
function keepsPeriod(text: string, start: number, at: number, end: number): boolean {
  const kind = abbreviationKind(text.slice(start, Math.min(at, start + 13)));
  if (kind === null) return false;
  if (kind !== 'number' && kind !== 'month') return true;
  let k = at + 1;
  while (k < end && k - at < 4 && classOf(text.charCodeAt(k)) === SPACE) k++;
  return k > at + 1 && classAt(text, k, end) === DIGIT;
}

function digitsEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end) {
    const c = classOf(text.charCodeAt(j));
    if (c !== DIGIT && c !== MARK) break;
    j++;
  }
  return j;
}

/** End of a number from `i`: digits, inner separators, an ISO date, glued letters ("1990s"). */
function numberEnd(text: string, i: number, end: number): number {
  let j = digitsEnd(text, i, end);
  if (j - i === 4 && isIsoDateTail(text, j, end)) return j + 6;
  for (;;) {
    const c = classAt(text, j, end);
    if ((c === COMMA || c === PERIOD || c === COLON || c === SLASH) && classAt(text, j + 1, end) === DIGIT) {
      j = digitsEnd(text, j + 1, end);
    } else break;
  }
  return runEnd(text, j, end);
}

/** "-12-07" after a four-digit year, not followed by more digits. */
function isIsoDateTail(text: string, j: number, end: number): boolean {
  if (j + 6 > end) return false;
  const d = (k: number) => classOf(text.charCodeAt(k)) === DIGIT;
  return (
    text.charCodeAt(j) === 0x2d &&
    d(j + 1) &&
    d(j + 2) &&
    text.charCodeAt(j + 3) === 0x2d &&
    d(j + 4) &&
    d(j + 5) &&
    !isWordClass(classAt(text, j + 6, end))
  );
}

const URL_PREFIXES = ['http://', 'https://', 'ftp://', 'www.'];

/** End of a URL starting at `i`, or `i` when there is none. */
function urlEnd(text: string, i: number, end: number): number {
  const first = text.charCodeAt(i) | 0x20;
  const second = text.charCodeAt(i + 1) | 0x20;
  if (!((first === 0x68 || first === 0x66) && second === 0x74) && !(first === 0x77 && second === 0x77)) return i;
  const head = text.slice(i, i + 8).toLowerCase();
  const prefix = URL_PREFIXES.find((p) => head.startsWith(p));
  if (!prefix) return i;
  let j = i;
  let opens = 0;
  while (j < end) {
    const c = classOf(text.charCodeAt(j));
    if (c === SPACE || c === QUOTE || text[j] === '<' || text[j] === '>') break;
    if (c === OPEN_BRACKET) opens++;
    j++;
  }
  for (;;) {
    const c = classOf(text.charCodeAt(j - 1));
    const trailing =
      c === PERIOD || c === COMMA || c === COLON || c === BANG || c === APOSTROPHE || text[j - 1] === ';';
    if (trailing || (c === CLOSE_BRACKET && opens === 0)) j--;
    else break;
  }
  return j - i > prefix.length + 1 ? j : i;
}

/** End of an e-mail address whose "@" is at `at` (the local part is already scanned), or 0. */
function emailEnd(text: string, at: number, end: number): number {
  let k = at + 1;
  let lastDot = -1;
  while (k < end) {
    const c = classOf(text.charCodeAt(k));
    if (c === PERIOD && isWordClass(classAt(text, k + 1, end))) lastDot = k;
    else if (!(isLetterClass(c) || c === DIGIT || (c === HYPHEN && isWordClass(classAt(text, k + 1, end))))) break;
    k++;
  }
  if (lastDot < 0 || k - lastDot < 3) return 0;
  return k;
}
