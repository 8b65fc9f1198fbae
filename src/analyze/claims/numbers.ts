/**
 * @module analyze/claims/numbers
 * Reading numbers as written: digits with thousands separators and decimals ("1,200.5"), number words
 * ("twenty-five", "four"), scales ("1.2 billion", "3bn", "two hundred thousand"). Exposes the regular
 * expression sources that quantities.ts and temporals.ts build on, and the parsers behind them.
 */
import { SCALES, UNIT_WORDS } from './numbers.data.js';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero';

/** A number in digits: "1,200", "3.5", "640", ",5" excluded. */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** A number in words up to ninety-nine: "four", "twenty-five", "twenty five". */
export const NUMBER_WORD = `(?:(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES})`;
/** Scale words that may follow with a space; short scales that must be attached ("3bn", "40m"). */
export const SCALE_WORD = '(?:hundred|thousand|million|billion|trillion)';
export const SCALE_SHORT = '(?:bn|mn|mln|tn|trn|k|m|b)';

/** A number in digits or words, with up to two scale words: "1.2 trillion", "two hundred thousand", "3bn". */
export const NUMBER = String.raw`(?:${DIGITS}|${NUMBER_WORD})(?:${SCALE_SHORT}(?![\p{L}\p{N}])|(?:\s${SCALE_WORD}){1,2}(?![\p{L}]))?`;

/** The value of a number matched by NUMBER (case-insensitive), or null when it does not read as one. */
export function parseNumber(raw: string): number | null {
  const parts = raw.toLowerCase().trim().split(/\s+/u);
  const head = parts.shift() ?? '';
  const attached = /^([\d.,]+)([a-z]+)$/u.exec(head);
  let value = readHead(attached ? (attached[1] ?? '') : head);
  if (value === null) return null;
  const scales = attached ? [attached[2] ?? '', ...parts] : parts;
  const words = scales.length && !(scales[0] ?? '').match(/^(hundred|thousand|[mb]illion|trillion|[a-z]{1,3})$/u);
  if (words) {
    // "twenty five" written with a space: the second word is a unit word.
    const unit = UNIT_WORDS[scales.shift() ?? ''];
    if (unit === undefined) return null;
    value += unit;
  }
  for (const s of scales) {
    const m = SCALES[s];
    if (m === undefined) return null;
    value *= m;
  }
  return value;
}

function readHead(head: string): number | null {
  if (/^\d/u.test(head)) {
    const v = Number(head.replace(/,/gu, ''));
    return Number.isFinite(v) ? v : null;
  }
  const [tens, ones] = head.split('-');
  const t = UNIT_WORDS[tens ?? ''];
  if (t === undefined) return null;
  if (ones === undefined) return t;
  const o = UNIT_WORDS[ones];
  return o === undefined || t < 20 || o >= 10 ? null : t + o;
}

/** Rounds to at most 3 decimals (fractions such as 2/3 → 0.667). */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
