/**
 * @module verify/values
 * Comparing two claimed values: 'same' (equal up to rounding, same hedge), 'compatible' (different as written but
 * both can hold: "nearly 30" and 29, "2025-12" and "2025-12-05", a value inside a stated range), or 'conflict'.
 * And writing a value for people ("29 pages", "nearly 66.7%", "2014").
 */
import type { Claim } from '../analyze/claims/index.js';
import {
  APPROXIMATE_HEDGES,
  APPROXIMATE_TOLERANCE,
  LOWER_BOUND_HEDGES,
  STRICT_HEDGES,
  UPPER_BOUND_HEDGES,
} from './claims.data.js';

export type Relation = 'same' | 'compatible' | 'conflict';

const APPROX = new Set(APPROXIMATE_HEDGES);
const LOWER = new Set(LOWER_BOUND_HEDGES);
const UPPER = new Set(UPPER_BOUND_HEDGES);
const STRICT = new Set(STRICT_HEDGES);

type Valued = Pick<Claim, 'kind' | 'value' | 'upper' | 'hedge' | 'unit'>;

export function compareClaimValues(a: Valued, b: Valued): Relation {
  if (typeof a.value === 'number' && typeof b.value === 'number') return compareNumbers(a, b);
  if (typeof a.value === 'string' && typeof b.value === 'string') {
    return a.kind === 'duration' ? compareDurations(a, b) : compareDates(a.value, b.value);
  }
  return 'conflict';
}

function equalish(x: number, y: number, percent: boolean): boolean {
  const scale = Math.max(Math.abs(x), Math.abs(y), 1e-9);
  return percent ? Math.abs(x - y) <= 0.5 : Math.abs(x - y) <= scale * 0.005;
}

function compareNumbers(a: Valued, b: Valued): Relation {
  const x = a.value as number;
  const y = b.value as number;
  const percent = a.kind === 'percent' || b.kind === 'percent';
  if (equalish(x, y, percent) && a.upper === b.upper) {
    const strict = [a.hedge, b.hedge].some((h) => h !== undefined && STRICT.has(h.toLowerCase()));
    return (a.hedge ?? '') === (b.hedge ?? '') || !strict ? 'same' : 'compatible';
  }
  return fits(a, y) || fits(b, x) ? 'compatible' : 'conflict';
}

/** Whether `v` can be the true value of the hedged or ranged claim `c`. */
function fits(c: Valued, v: number): boolean {
  const value = c.value as number;
  if (c.upper !== undefined) return v >= value && v <= c.upper;
  const hedge = c.hedge?.toLowerCase();
  if (!hedge || !APPROX.has(hedge)) return false;
  const slack = Math.abs(value) * APPROXIMATE_TOLERANCE;
  if (LOWER.has(hedge)) return v >= value;
  if (UPPER.has(hedge)) return v <= value && v >= value - slack;
  return Math.abs(v - value) <= slack;
}

/** "2025-12-05" vs "2025-12" → compatible; "XXXX-12-05" (year unknown) vs "2025-12-05" → compatible. */
function compareDates(x: string, y: string): Relation {
  if (x === y) return 'same';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const pattern = new RegExp(`^${short.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/X/gu, '\\d')}`, 'u');
  if (pattern.test(long)) return 'compatible';
  const longPattern = new RegExp(`^${long.replace(/X/gu, '\\d')}`, 'u');
  return longPattern.test(short) ? 'compatible' : 'conflict';
}

/** Days in one unit of an ISO duration (months and years approximate). */
const DAYS: Readonly<Record<string, number>> = { Y: 365, M: 30, W: 7, D: 1, H: 1 / 24 };

/** "P14D" → 14, "P2W" → 14, "PT12H" → 0.5: the duration in days, or null. */
export function durationDays(value: string): number | null {
  const m = /^PT?(\d+(?:\.\d+)?)([YMWDH])$/u.exec(value);
  return m ? Number(m[1]) * (DAYS[m[2]!] ?? Number.NaN) : null;
}

/** "P14D" and "P2W" are the same; hedged durations within a sixth of each other are compatible. */
function compareDurations(a: Valued, b: Valued): Relation {
  const x = durationDays(String(a.value));
  const y = durationDays(String(b.value));
  if (a.value === b.value || (x !== null && y !== null && Math.abs(x - y) <= Math.max(x, y) * 0.02)) {
    return (a.hedge ?? '') === (b.hedge ?? '') ? 'same' : 'compatible';
  }
  if (x === null || y === null) return 'conflict';
  const hedged = Boolean(a.hedge ?? b.hedge);
  return hedged && Math.abs(x - y) <= Math.max(x, y) / 6 ? 'compatible' : 'conflict';
}

const PLURAL_UNITS: Record<string, string> = {
  page: 'pages',
  article: 'articles',
  clause: 'clauses',
  chapter: 'chapters',
  annex: 'annexes',
  section: 'sections',
  paragraph: 'paragraphs',
  point: 'points',
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const PERIODS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };

/** "weekday:tuesday" → "Tuesday"; "XXXX-01" → "January"; "XXXX-06-02" → "June 2"; "P4Y" → "4 years". */
function readable(value: string): string {
  const weekday = /^weekday:(\p{L}+)$/u.exec(value);
  if (weekday) return weekday[1]!.charAt(0).toUpperCase() + weekday[1]!.slice(1);
  const partial = /^XXXX-(\d\d)(?:-(\d\d))?$/u.exec(value);
  if (partial) return `${MONTHS[Number(partial[1]) - 1] ?? partial[1]}${partial[2] ? ` ${Number(partial[2])}` : ''}`;
  const period = /^PT?(\d+(?:\.\d+)?)([YMWDH])$/u.exec(value);
  if (period) return `${period[1]} ${PERIODS[period[2]!]}${period[1] === '1' ? '' : 's'}`;
  return value;
}

/** "29 pages", "nearly 66.7%", "2014", "Tuesday", "nearly 4 years". */
export function formatValue(c: Valued): string {
  const hedge = c.hedge ? `${c.hedge} ` : '';
  const value = typeof c.value === 'number' ? String(Math.round(c.value * 100) / 100) : readable(String(c.value ?? ''));
  if (c.kind === 'rank') return `${hedge}no. ${value} (${c.unit ?? 'rank'})`;
  const range = c.upper !== undefined ? `–${c.upper}` : '';
  if (!c.unit || c.kind === 'date') return `${hedge}${value}${range}`;
  if (c.unit === '%') return `${hedge}${value}${range}%`;
  const unit = c.value === 1 ? c.unit : (PLURAL_UNITS[c.unit] ?? c.unit);
  return `${hedge}${value}${range} ${unit}`;
}
