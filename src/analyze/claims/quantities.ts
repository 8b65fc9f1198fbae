/**
 * @module analyze/claims/quantities
 * Numeric expressions of one sentence with normalised values and exact spans: counts with what they count
 * ("a 29-page document" → 29 page, of "document"), number words and vague amounts ("two", "dozens", "tens of
 * thousands"), fractions ("nearly two-thirds of countries" → 0.667), percentages, money with its currency code,
 * measures with units, ranks ("second-largest economy" → 2) and ranges ("between 100 and 120"). Years, dates,
 * times and durations are left to temporals.ts; identifiers ("Article 5", "F-16", "9/11") are skipped.
 */
import { overlaps } from '../../core/span.js';
import type { Range } from '../../core/types.js';
import { CURRENCIES, FRACTIONS, ORDINAL_WORDS, RANK_SUPERLATIVES, UNITS, VAGUE_AMOUNTS } from './numbers.data.js';
import { NUMBER, NUMBER_WORD, parseNumber, round3 } from './numbers.js';
import { countedAfter, hedgeBefore, identifierBefore } from './phrases.js';
import { findTemporals } from './temporals.js';
import type { Quantity, QuantityKind } from './types.js';

/** A quantity found in the sentence string; offsets relative to it. */
interface Draft {
  kind: QuantityKind;
  start: number;
  end: number;
  value: number;
  upper?: number;
  unit?: string;
  dimension?: string;
  currency?: string;
  approximate?: boolean;
  /** Whether a leading "of" may precede the counted noun ("two-thirds of countries"). */
  ofCounted?: boolean;
  /** A number word or bare digits: only kept with a unit, a currency or a counted noun. */
  needsNoun?: boolean;
  /** The counted noun follows directly ("29-page document", "second-largest economy"); else only after "of". */
  directNoun?: boolean;
}

const alternation = (keys: readonly string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\/$]/gu, '\\$&'))
    .join('|');

const CUR_PREFIX = String.raw`(?:(?:US|A|C|NZ|HK|S)?[$€£¥₹₽]|(?:USD|EUR|GBP|JPY|CNY|RUB|INR|CHF|UAH)\s?)`;
const ATOM_RE = new RegExp(String.raw`(?<![\p{L}\p{N}/:_]|[\p{L}\d][-.,])(${CUR_PREFIX})?(${NUMBER})`, 'giu');
const RANGE_RE = new RegExp(String.raw`\s?(-|–|—|\bto\b|\band\b)\s?(?:${CUR_PREFIX})?(${NUMBER})`, 'iuy');
const PERCENT_RE = /\s?(%|per\s?cent\b|percent\b|percentage points?\b|pc\b)/iuy;
const CURRENCY_WORD_RE = new RegExp(
  String.raw`\s(?:US\s|Hong Kong\s|Australian\s|Canadian\s)?(${alternation(Object.keys(CURRENCIES).filter((k) => /^\p{L}{3,}$/u.test(k)))})(?![\p{L}])`,
  'iuy',
);
const UNIT_RE = new RegExp(String.raw`[\s-]?(${alternation(Object.keys(UNITS))})(?![\p{L}\d])`, 'iuy');
/** "-page", "-point", "-storey": a noun after a hyphen is a unit; adjectives ("-dimensional", "-fold") are not. */
const HYPHEN_WORD_RE =
  /-(?!(?:half|thirds?|quarters?|fifths?|tenths?)\b)(?![\p{L}]*(?:al|ed|ing|ive|ous|ic|ful|less|like|fold|way|sided|time|off)\b)([\p{Ll}]{3,})(?![\p{L}-])/uy;
const MAGNITUDE_BEFORE_RE = /magnitude[\s-]?$/iu;
const MAGNITUDE_AFTER_RE = /[\s-]magnitude\b/iuy;
const TIME_OF_DAY_RE = /(?::\d|\s?[ap]\.?m\.?(?![\p{L}])|\s?(?:GMT|UTC|BST|CET)\b)/uy;
const VAGUE_RE = new RegExp(String.raw`\b(${alternation(Object.keys(VAGUE_AMOUNTS))})(?![\p{L}])`, 'giu');
const FRACTION_RE = new RegExp(String.raw`\b(${alternation(Object.keys(FRACTIONS))})(?=\s+of\b)`, 'giu');
const ONE_IN_RE = new RegExp(String.raw`\b(one|\d+)\s+(?:in|out of)\s+(${NUMBER_WORD}|\d+)(?![\p{L}\d])`, 'giu');
const RANK_RE = new RegExp(
  String.raw`\b(?:(${alternation(Object.keys(ORDINAL_WORDS))})|(\d{1,3})(?:st|nd|rd|th))[-\s](?:(most|least)\s+(\p{L}+)|(${alternation(RANK_SUPERLATIVES)})(?![\p{L}]))`,
  'giu',
);

const sticky = (re: RegExp, s: string, at: number): RegExpExecArray | null => {
  re.lastIndex = at;
  return re.exec(s);
};

function currencyOf(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const p = prefix.trim().toLowerCase();
  return CURRENCIES[p] ?? CURRENCIES[p.slice(-1)];
}

/** A number in digits or words with what follows it: percent, currency, unit, hyphen unit. */
function readAtom(s: string, m: RegExpExecArray): Draft | null {
  const lo = parseNumber(m[2] ?? '');
  if (lo === null) return null;
  let end = m.index + m[0].length;
  const d: Draft = { kind: 'count', start: m.index, end, value: lo };
  const currency = currencyOf(m[1]);
  const range = readRange(s, m, end);
  if (range) {
    d.upper = range.value;
    end = d.end = range.end;
  }
  if (sticky(TIME_OF_DAY_RE, s, end) || /^[/:]\d/u.test(s.slice(end, end + 2))) return null;
  if (/^\p{L}/u.test(s.slice(end)) && !sticky(UNIT_RE, s, end)) return null;
  if (currency) return { ...d, kind: 'money', currency, ...moneyWordEnd(s, end) };
  return readSuffix(s, d, end, m);
}

function moneyWordEnd(s: string, end: number): { end: number } {
  const w = sticky(CURRENCY_WORD_RE, s, end);
  return { end: w ? end + w[0].length : end };
}

function readRange(s: string, m: RegExpExecArray, end: number): { value: number; end: number } | null {
  const r = sticky(RANGE_RE, s, end);
  if (!r) return null;
  const conn = (r[1] ?? '').toLowerCase();
  const before = s.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
  if (conn === 'and' && !/between\s+$/u.test(before)) return null;
  if (conn === 'to' && /from\s+$/u.test(before)) return null;
  if (conn !== 'and' && conn !== 'to' && /^\d{4}$/u.test(m[2] ?? '')) return null;
  const value = parseNumber(r[2] ?? '');
  return value === null ? null : { value, end: end + r[0].length };
}

function readSuffix(s: string, d: Draft, end: number, m: RegExpExecArray): Draft | null {
  const pct = sticky(PERCENT_RE, s, end);
  if (pct) return { ...d, kind: 'percent', unit: '%', end: end + pct[0].length, ofCounted: true };
  const word = sticky(CURRENCY_WORD_RE, s, end);
  if (word)
    return { ...d, kind: 'money', currency: CURRENCIES[(word[1] ?? '').toLowerCase()], end: end + word[0].length };
  if (MAGNITUDE_BEFORE_RE.test(s.slice(0, d.start))) {
    const start = s.slice(0, d.start).search(MAGNITUDE_BEFORE_RE);
    return { ...d, kind: 'quantity', unit: 'magnitude', dimension: 'magnitude', start, directNoun: true };
  }
  const mag = sticky(MAGNITUDE_AFTER_RE, s, end);
  if (mag)
    return {
      ...d,
      kind: 'quantity',
      unit: 'magnitude',
      dimension: 'magnitude',
      end: end + mag[0].length,
      directNoun: mag[0].startsWith('-'),
    };
  const unit = sticky(UNIT_RE, s, end);
  if (unit) {
    const [canonical, dimension] = UNITS[(unit[1] ?? '').toLowerCase()] ?? ['', ''];
    const kind = dimension === 'count' ? 'count' : 'quantity';
    return {
      ...d,
      kind,
      unit: canonical,
      dimension,
      end: end + unit[0].length,
      ofCounted: true,
      directNoun: unit[0].startsWith('-'),
    };
  }
  const hyphen = sticky(HYPHEN_WORD_RE, s, end);
  if (hyphen)
    return { ...d, kind: 'count', unit: hyphen[1], dimension: 'count', end: end + hyphen[0].length, directNoun: true };
  if (identifierBefore(s, d.start)) return null;
  return { ...d, needsNoun: !/^\d/u.test(m[2] ?? ''), directNoun: true };
}

function scanAtoms(s: string): Draft[] {
  const out: Draft[] = [];
  for (const m of s.matchAll(new RegExp(ATOM_RE.source, ATOM_RE.flags))) {
    const d = readAtom(s, m as RegExpExecArray);
    if (d) out.push(d);
  }
  return out;
}

function scanWords(s: string): Draft[] {
  const out: Draft[] = [];
  for (const m of s.matchAll(new RegExp(VAGUE_RE.source, VAGUE_RE.flags))) {
    const value = VAGUE_AMOUNTS[(m[1] ?? '').toLowerCase()] ?? 0;
    out.push({
      kind: 'count',
      start: m.index,
      end: m.index + m[0].length,
      value,
      approximate: true,
      ofCounted: true,
      needsNoun: true,
      directNoun: true,
    });
  }
  for (const m of s.matchAll(new RegExp(FRACTION_RE.source, FRACTION_RE.flags))) {
    const value = round3(FRACTIONS[(m[1] ?? '').toLowerCase()] ?? 0);
    out.push({
      kind: 'fraction',
      start: m.index,
      end: m.index + m[0].length,
      value,
      ofCounted: true,
      directNoun: true,
    });
  }
  for (const m of s.matchAll(new RegExp(ONE_IN_RE.source, ONE_IN_RE.flags))) {
    const a = parseNumber(m[1] ?? '');
    const b = parseNumber(m[2] ?? '');
    if (a && b && b > a)
      out.push({
        kind: 'fraction',
        start: m.index,
        end: m.index + m[0].length,
        value: round3(a / b),
        directNoun: true,
      });
  }
  for (const m of s.matchAll(new RegExp(RANK_RE.source, RANK_RE.flags))) {
    const value = m[1] ? (ORDINAL_WORDS[m[1].toLowerCase()] ?? 0) : Number(m[2]);
    const unit = m[3] ? `${m[3]} ${m[4]}`.toLowerCase() : (m[5] ?? '').toLowerCase();
    out.push({ kind: 'rank', start: m.index, end: m.index + m[0].length, value, unit, directNoun: true });
  }
  return out;
}

/** Earlier first, then longer; drops drafts overlapping a kept one or a time expression. */
function select(drafts: Draft[], blocked: readonly Range[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  let last = -1;
  for (const d of sorted) {
    if (d.start < last || blocked.some((b) => overlaps(b, d))) continue;
    out.push(d);
    last = d.end;
  }
  return out;
}

/** Numeric expressions inside `sentence` (a range of `text`), in order, not overlapping. */
export function findQuantities(text: string, sentence: Range): Quantity[] {
  const start = Math.max(0, Math.min(sentence.start, text.length));
  const end = Math.max(start, Math.min(sentence.end, text.length));
  const s = text.slice(start, end);
  const blocked = findTemporals(text, { start, end }).map((t) => ({
    start: t.valueSpan.start - start,
    end: t.valueSpan.end - start,
  }));
  const out: Quantity[] = [];
  for (const d of select([...scanAtoms(s), ...scanWords(s)], blocked)) {
    const q = finish(s, start, d);
    if (q) out.push(q);
  }
  return out;
}

function finish(s: string, base: number, d: Draft): Quantity | null {
  const counted = countedAfter(s, d.end, d.ofCounted, d.directNoun);
  if (d.needsNoun && !counted) return null;
  const between = d.upper !== undefined ? /between\s+$/iu.exec(s.slice(0, d.start)) : null;
  const hedge = between ? { text: 'between', start: between.index } : hedgeBefore(s, d.start);
  const from = hedge ? hedge.start : d.start;
  const to = counted ? counted.span.end : d.end;
  return {
    kind: d.kind,
    start: base + from,
    end: base + to,
    text: s.slice(from, to),
    value: d.value,
    ...(d.upper !== undefined ? { upper: d.upper } : {}),
    ...(d.unit ? { unit: d.unit } : {}),
    ...(d.dimension ? { dimension: d.dimension } : {}),
    ...(d.currency ? { currency: d.currency } : {}),
    ...(counted
      ? { counted: counted.head, countedSpan: { start: base + counted.span.start, end: base + counted.span.end } }
      : {}),
    ...(hedge ? { hedge: hedge.text } : {}),
    ...(d.approximate ? { approximate: true } : {}),
    valueSpan: { start: base + d.start, end: base + d.end },
  };
}
