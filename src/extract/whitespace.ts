/**
 * @module extract/whitespace
 * Whitespace collapsing without a regex pass when there is nothing to collapse: the same results as
 * `s.replace(/\s+/g, ' ')` and `s.replace(/\s+/g, ' ').trim()`, but text that is already clean (most
 * of a page's text nodes and blocks) is returned as it is, without scanning it with a regex or copying it.
 */

/** Whether a UTF-16 code unit is matched by the regex class `\s` (and removed by `String.prototype.trim`). */
export function isWhitespace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `s` has a whitespace run other than a single " " (so collapsing would change it). */
function hasRun(s: string): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (!isWhitespace(c)) continue;
    if (c !== 32 || (i + 1 < n && isWhitespace(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** `s.replace(/\s+/g, ' ')`. */
export function collapseRuns(s: string): string {
  return hasRun(s) ? s.replace(/\s+/g, ' ') : s;
}

/** `s.replace(/\s+/g, ' ').trim()`. */
export function collapseWhitespace(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (isWhitespace(s.charCodeAt(0)) || isWhitespace(s.charCodeAt(n - 1)) || hasRun(s)) {
    return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/** Whether normaliseText would change `s`: curly quotes, whitespace other than single inner spaces. */
export function needsNormalising(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isWhitespace(s.charCodeAt(0)) || isWhitespace(s.charCodeAt(n - 1))) return true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) continue;
    if (c >= 0x2018 && c <= 0x2033) {
      if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return true;
      if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return true;
    }
    if (!isWhitespace(c)) continue;
    if (c !== 32 || (i + 1 < n && isWhitespace(s.charCodeAt(i + 1)))) return true;
  }
  return false;
}

/** Whether every code unit of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, with a plain-ASCII regex for ASCII text
 * (where \p{L} and \p{N} are exactly [A-Za-z] and [0-9]).
 */
export function lettersAndDigits(s: string): string {
  if (isAscii(s))
    return s
      .toLowerCase()
      .replace(/[^A-Za-z0-9]+/g, ' ')
      .trim();
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
