/**
 * @module analyze/claims/temporals
 * Time expressions of one sentence: absolute dates ("7 December 2025", "Dec. 7", "2014", "on 26 November"),
 * relative dates ("on Sunday", "yesterday", "last week", "earlier this month", "three days ago") and durations
 * ("four years", "nearly four-year-old war" → P4Y, anchored four years back). Relative ones are resolved
 * against the article's date when it is known (resolve-dates.ts); the rest keep `resolution: null` and a reason.
 */
import type { IsoDate, Range } from '../../core/types.js';
import { FUTURE_CUES, HEDGES, MONTHS, TIME_UNITS, WEEKDAYS } from './numbers.data.js';
import { NUMBER_WORD, parseNumber } from './numbers.js';
import { type DurationUnit, resolveRef, type Tense, type TimeRef } from './resolve-dates.js';
import {
  DATE_PREPOSITIONS,
  DAY_WORDS,
  PERIOD_SHIFT,
  PERIOD_UNITS,
  RELATION_WORDS,
  YEAR_AFTER,
  YEAR_BEFORE,
} from './temporals.data.js';
import { clauseTense } from './temporals.tense.js';
import type { Temporal } from './types.js';

interface Found {
  readonly start: number;
  readonly end: number;
  readonly ref: TimeRef;
  readonly hedge?: string;
  /** Where the value starts, when not at `start` (after a hedge or "the past"). */
  readonly valueStart?: number;
}

type Scanner = (s: string) => Found[];

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![\p{L}])`;
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])';
const ORD = '(?:st|nd|rd|th)?';
const monthOf = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase().replace(/\.$/u, '')] ?? 0;
const num = (x: string | undefined) => Number(x ?? 'NaN');

function scan(re: RegExp, s: string, build: (m: RegExpExecArray) => Found | null): Found[] {
  const out: Found[] = [];
  for (const m of s.matchAll(re)) {
    const f = build(m as RegExpExecArray);
    if (f) out.push(f);
  }
  return out;
}

const at = (m: RegExpExecArray, ref: TimeRef | null, extra: Partial<Found> = {}): Found | null =>
  ref ? { start: m.index, end: m.index + m[0].length, ref, ...extra } : null;

const dayRef = (year: number | null, month: number, day: number): TimeRef | null => {
  if (month < 1 || day < 1 || day > 31) return null;
  return year === null ? { type: 'md', month, day } : { type: 'ymd', year, month, day };
};

const SCANNERS: Scanner[] = [
  (s) => scan(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu, s, (m) => at(m, dayRef(num(m[1]), num(m[2]), num(m[3])))),
  (s) =>
    scan(new RegExp(String.raw`(?<![\d.,])(\d{1,2})${ORD}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4})(?!\d))?`, 'gu'), s, (m) =>
      at(m, dayRef(m[3] ? num(m[3]) : null, monthOf(m[2]), num(m[1]))),
    ),
  (s) =>
    scan(new RegExp(String.raw`${MONTH}\s+(\d{1,2})${ORD}(?![\d,.]\d|\d)(?:,?\s+(\d{4})(?!\d))?`, 'gu'), s, (m) =>
      at(m, dayRef(m[3] ? num(m[3]) : null, monthOf(m[1]), num(m[2]))),
    ),
  (s) =>
    scan(new RegExp(String.raw`${MONTH},?\s+(\d{4})(?!\d)`, 'gu'), s, (m) =>
      at(m, { type: 'ym', year: num(m[2]), month: monthOf(m[1]) }),
    ),
  (s) =>
    scan(
      new RegExp(
        String.raw`(?<=\b(?:in|since|until|by|from|through|during|early|late|of|last|next|this)\s+|mid-)${MONTH}`,
        'gu',
      ),
      s,
      (m) => at(m, { type: 'm', month: monthOf(m[1]) }),
    ),
  (s) => scan(/(?<![\d\p{L}])((?:1[89]|20)\d0)s(?![\p{L}])/gu, s, (m) => at(m, { type: 'decade', decade: num(m[1]) })),
  (s) =>
    scan(/(?<![\d,.$€£¥₹₽\p{L}/-])(1[89]\d\d|20\d\d)(?![\d%/]|[,.]\d|\p{L})/gu, s, (m) =>
      isYear(s, m) ? at(m, { type: 'y', year: num(m[1]) }) : null,
    ),
  (s) =>
    scan(new RegExp(String.raw`(?:\b(last|next|this)\s+)?${WEEKDAY}`, 'gu'), s, (m) => {
      const name = (m[2] ?? '').toLowerCase();
      return at(m, {
        type: 'weekday',
        weekday: WEEKDAYS[name] ?? 0,
        name,
        ...(m[1] ? { modifier: m[1].toLowerCase() } : {}),
      });
    }),
  (s) =>
    scan(
      /\b(the day before yesterday|the day after tomorrow|yesterday|last night|earlier today|today|tonight|this morning|this afternoon|this evening|tomorrow)\b/giu,
      s,
      (m) => at(m, { type: 'offset', amount: DAY_WORDS[(m[1] ?? '').toLowerCase()] ?? 0, unit: 'D' }),
    ),
  (s) =>
    scan(/\b(?:(?:earlier|later)\s+)?(last|this|next)\s+(week|month|year)\b/giu, s, (m) =>
      at(m, {
        type: 'offset',
        amount: PERIOD_SHIFT[(m[1] ?? '').toLowerCase()] ?? 0,
        unit: PERIOD_UNITS[(m[2] ?? '').toLowerCase()] ?? 'W',
      }),
    ),
  (s) =>
    scan(
      new RegExp(String.raw`\b(\d+|${NUMBER_WORD}|an?)\s+(day|week|month|year|decade)s?\s+(?:ago|earlier)\b`, 'giu'),
      s,
      (m) => {
        const n = amountOf(m[1]);
        const unit = (m[2] ?? '').toLowerCase();
        if (n === null) return null;
        const [amount, u] =
          unit === 'decade' ? [10 * n, 'Y' as const] : [n, (TIME_UNITS[unit] ?? 'D') as 'D' | 'W' | 'M' | 'Y'];
        return at(m, { type: 'offset', amount: -amount, unit: u });
      },
    ),
  scanDurations,
];

const HEDGE_RE = [...HEDGES]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/\./gu, '\\.'))
  .join('|');
const DURATION_RE = new RegExp(
  String.raw`(?:\b(${HEDGE_RE})\s+)?(?:\b((?:the\s+)?(?:past|last|next)\s+))?\b(\d+(?:\.\d+)?|${NUMBER_WORD}|half an?|an?)[- ](year|month|week|day|decade|century|hour|minute)s?(-old|-long)?\b`,
  'giu',
);

function scanDurations(s: string): Found[] {
  return scan(new RegExp(DURATION_RE.source, 'giud'), s, (m) => {
    const amountAt = m.indices?.[3]?.[0] ?? m.index;
    const amountWord = (m[3] ?? '').toLowerCase();
    const before = s.slice(Math.max(0, amountAt - 20), amountAt);
    if (/^an?$/u.test(amountWord) && !m[2] && !m[1] && !/\b(for|over|within|in|than)\s+$/iu.test(before)) return null;
    const n = amountOf(m[3]);
    if (n === null) return null;
    const [amount, unit] = durationUnit(n, (m[4] ?? '').toLowerCase());
    const anchored = (m[5] ?? '').toLowerCase() === '-old' || /past|last/iu.test(m[2] ?? '');
    return at(
      m,
      { type: 'duration', amount, unit, anchored },
      { valueStart: amountAt, ...(m[1] ? { hedge: m[1].toLowerCase() } : {}) },
    );
  });
}

function durationUnit(n: number, unit: string): [number, DurationUnit] {
  if (unit === 'decade') return [10 * n, 'Y'];
  if (unit === 'century') return [100 * n, 'Y'];
  return [n, (TIME_UNITS[unit] ?? 'D') as DurationUnit];
}

function amountOf(word: string | undefined): number | null {
  const w = (word ?? '').toLowerCase();
  if (/^an?$/u.test(w)) return 1;
  if (/^half an?$/u.test(w)) return 0.5;
  return parseNumber(w);
}

const yearBefore = new Set(YEAR_BEFORE);
const yearAfter = new Set(YEAR_AFTER);

const STRONG_BEFORE = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'from',
  'before',
  'after',
  'during',
  'through',
  'of',
]);

/** A four-digit number reads as a year unless a lower-case word follows that it seems to count ("2000 troops"). */
function isYear(s: string, m: RegExpExecArray): boolean {
  const prev = /([\p{L}']+)\W*$/u.exec(s.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase() ?? '';
  if (STRONG_BEFORE.has(prev) || monthOf(prev) > 0) return true;
  const next = /^\s+([\p{L}]+)/u.exec(s.slice(m.index + m[0].length))?.[1] ?? '';
  if (!next || !/^\p{Ll}/u.test(next) || yearAfter.has(next)) return true;
  if (/\p{Ll}{2,}s$/u.test(next) && !/(?:ss|us|is|as)$/u.test(next)) return false;
  return yearBefore.has(prev);
}

/** Words before the match (lower case), at most `n`. */
function wordsBefore(s: string, index: number, n: number): string[] {
  return (
    s
      .slice(Math.max(0, index - 60), index)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? []
  ).slice(-n);
}

const futureCues = FUTURE_CUES.map((c) => c.split(' '));

function looksFuture(s: string, index: number): boolean {
  const words = wordsBefore(s, index, 8);
  const joined = ` ${words.join(' ')} `;
  return futureCues.some((c) => joined.includes(` ${c.join(' ')} `) || (c[0] === "'ll" && joined.includes("'ll ")));
}

/** A weekday written next to the day's date ("Wednesday 25 November", "26 November (Thursday)"): the date says it. */
function besideDate(f: Found, all: readonly Found[]): boolean {
  if (f.ref.type !== 'weekday') return false;
  return (
    all.some((d) => (d.ref.type === 'md' || d.ref.type === 'ymd') && d.start - f.end >= 0 && d.start - f.end <= 3) ||
    all.some((d) => (d.ref.type === 'md' || d.ref.type === 'ymd') && f.start - d.end >= 0 && f.start - d.end <= 3)
  );
}

/** The tense that places a relative date: a weekday reads its clause; other dates the words just before. */
function tenseOf(s: string, f: Found): Tense {
  if (f.ref.type === 'weekday') return f.ref.modifier === 'next' ? 'future' : clauseTense(s, f.start);
  return looksFuture(s, f.start) ? 'future' : null;
}

/** Non-overlapping: earlier first, then longer; a weekday beside its date is left to the date. */
function select(all: Found[]): Found[] {
  const found = all.filter((f) => !besideDate(f, all));
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  let last = -1;
  for (const f of sorted) {
    if (f.start >= last) {
      out.push(f);
      last = f.end;
    }
  }
  return out;
}

/** Time expressions inside `sentence`, resolved against `articleDate` when it is given. */
export function findTemporals(text: string, sentence: Range, articleDate?: IsoDate): Temporal[] {
  const start = Math.max(0, Math.min(sentence.start, text.length));
  const end = Math.max(start, Math.min(sentence.end, text.length));
  const s = text.slice(start, end);
  const found = select(SCANNERS.flatMap((scanner) => scanner(s)));
  return found.map((f) => toTemporal(s, start, f, articleDate));
}

function toTemporal(s: string, base: number, f: Found, articleDate: IsoDate | undefined): Temporal {
  const prevWords = wordsBefore(s, f.start, 1);
  const prev = prevWords[0] ?? '';
  const gap = /\s+$/u.exec(s.slice(0, f.start))?.[0].length ?? 0;
  const withPrep =
    DATE_PREPOSITIONS.includes(prev) && s.slice(f.start - gap - prev.length, f.start - gap).toLowerCase() === prev;
  const spanStart = withPrep && f.valueStart === undefined ? f.start - gap - prev.length : f.start;
  const resolved = resolveRef(f.ref, articleDate, tenseOf(s, f));
  const relation = RELATION_WORDS.includes(prev) ? (prev as Temporal['relation']) : undefined;
  const valueStart = f.valueStart ?? f.start;
  return {
    start: base + spanStart,
    end: base + f.end,
    kind: f.ref.type === 'duration' ? 'duration' : 'date',
    text: s.slice(spanStart, f.end),
    value: resolved.value,
    ...(relation ? { relation } : {}),
    ...(f.hedge ? { hedge: f.hedge } : {}),
    resolution: resolved.resolution,
    ...(resolved.reason ? { reason: resolved.reason } : {}),
    valueSpan: { start: base + valueStart, end: base + f.end },
  };
}
