/**
 * @module analyze/claims/resolve-dates
 * Time references as read from text (TimeRef) → a normalised value as written and, where possible, a
 * resolution against the article's date: "on Sunday" in an article of Monday 2025-12-08 → 2025-12-07
 * (weekday-before-article-date); "last week" → the Monday of the week before; "nearly four-year-old war" →
 * 2021-12 (duration-before-article-date). Without an article date a relative reference stays unresolved, with
 * the reason said.
 */
import type { IsoDate } from '../../core/types.js';
import {
  addDays,
  addMonths,
  formatDay,
  formatParts,
  type Granularity,
  isValidDay,
  parseDay,
  weekdayNear,
  weekStart,
} from './calendar.js';
import type { ResolutionMethod, TemporalResolution } from './types.js';

export type DurationUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';

export type TimeRef =
  | { readonly type: 'ymd'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly type: 'md'; readonly month: number; readonly day: number }
  | { readonly type: 'ym'; readonly year: number; readonly month: number }
  | { readonly type: 'm'; readonly month: number }
  | { readonly type: 'y'; readonly year: number }
  | { readonly type: 'decade'; readonly decade: number }
  | { readonly type: 'weekday'; readonly weekday: number; readonly name: string; readonly modifier?: string }
  | { readonly type: 'offset'; readonly amount: number; readonly unit: 'D' | 'W' | 'M' | 'Y' }
  | { readonly type: 'duration'; readonly amount: number; readonly unit: DurationUnit; readonly anchored: boolean };

export interface Resolved {
  readonly value: string;
  readonly resolution: TemporalResolution | null;
  readonly reason?: string;
}

/** The tense of the words before a reference: 'future' ("will meet on Friday"), 'past', or null (no cue). */
export type Tense = 'future' | 'past' | null;

/** Said with a weekday placed by default, no tense cue deciding it. */
export const WEEKDAY_GUESS =
  'no tense cue: the weekday is taken to be the one before the article date (low confidence)';

/**
 * Resolves a reference; `tense` says whether the sentence looks forward (a boolean is read as future / no cue).
 * A weekday without a tense cue goes back, and the result carries `reason` WEEKDAY_GUESS.
 */
export function resolveRef(ref: TimeRef, articleDate: IsoDate | undefined, tense: Tense | boolean): Resolved {
  const t: Tense = tense === true ? 'future' : tense === false ? null : tense;
  const future = t === 'future';
  const anchor = parseDay(articleDate);
  const value = writtenValue(ref);
  if (ref.type === 'ymd' || ref.type === 'ym' || ref.type === 'y') {
    const granularity: Granularity = ref.type === 'ymd' ? 'day' : ref.type === 'ym' ? 'month' : 'year';
    return { value, resolution: { value, granularity, method: 'absolute' } };
  }
  if (ref.type === 'decade') return { value, resolution: null, reason: 'a decade, not a single year' };
  if (ref.type === 'duration' && !ref.anchored)
    return { value, resolution: null, reason: 'a duration, not a point in time' };
  if (!anchor || !articleDate) return { value, resolution: null, reason: 'relative date and no article date known' };
  const r = relative(ref, anchor, future);
  if (!r) return { value, resolution: null, reason: 'cannot be placed on the calendar' };
  const guessed = ref.type === 'weekday' && !ref.modifier && t === null;
  return {
    value,
    ...(guessed ? { reason: WEEKDAY_GUESS } : {}),
    resolution: {
      value: formatDay(r.date, r.granularity),
      granularity: r.granularity,
      method: r.method,
      anchor: articleDate,
    },
  };
}

interface Placed {
  readonly date: Date;
  readonly granularity: Granularity;
  readonly method: ResolutionMethod;
}

function relative(ref: TimeRef, anchor: Date, future: boolean): Placed | null {
  switch (ref.type) {
    case 'md':
      return monthDay(ref.month, ref.day, anchor, future);
    case 'm':
      return month(ref.month, anchor, future);
    case 'weekday':
      return weekday(ref.weekday, ref.modifier, anchor, future);
    case 'offset':
      return offset(ref.amount, ref.unit, anchor);
    case 'duration':
      return durationBefore(ref.amount, ref.unit, anchor);
    default:
      return null;
  }
}

/** "Dec. 7": the year that puts the day within ten months before or two months after the article date. */
function monthDay(m: number, d: number, anchor: Date, future: boolean): Placed | null {
  let year = anchor.getUTCFullYear();
  if (!isValidDay(year, m, d) && !isValidDay(year - 1, m, d)) return null;
  const candidate = new Date(Date.UTC(year, m - 1, d));
  const ahead = (candidate.getTime() - anchor.getTime()) / 86_400_000;
  if (ahead > (future ? 300 : 60)) year--;
  else if (ahead < -300) year++;
  if (!isValidDay(year, m, d)) return null;
  return { date: new Date(Date.UTC(year, m - 1, d)), granularity: 'day', method: 'month-day-near-article-date' };
}

function month(m: number, anchor: Date, future: boolean): Placed {
  const a = anchor.getUTCMonth() + 1;
  let year = anchor.getUTCFullYear();
  if (!future && m > a + 1) year--;
  if (future && m < a) year++;
  return { date: new Date(Date.UTC(year, m - 1, 1)), granularity: 'month', method: 'month-near-article-date' };
}

function weekday(day: number, modifier: string | undefined, anchor: Date, future: boolean): Placed {
  const forward = modifier === 'next' || (future && modifier !== 'last');
  if (forward) {
    const next = weekdayNear(anchor, day, 'after');
    return {
      date: modifier === 'next' && next.getTime() - anchor.getTime() < 2 * 86_400_000 ? addDays(next, 7) : next,
      granularity: 'day',
      method: 'weekday-after-article-date',
    };
  }
  let date = weekdayNear(anchor, day, 'before');
  if (modifier === 'last' && date.getTime() === anchor.getTime()) date = addDays(date, -7);
  return { date, granularity: 'day', method: 'weekday-before-article-date' };
}

function offset(amount: number, unit: 'D' | 'W' | 'M' | 'Y', anchor: Date): Placed {
  if (unit === 'D')
    return { date: addDays(anchor, amount), granularity: 'day', method: 'day-offset-from-article-date' };
  if (unit === 'W')
    return {
      date: weekStart(addDays(anchor, 7 * amount)),
      granularity: 'week',
      method: 'week-offset-from-article-date',
    };
  if (unit === 'M')
    return { date: addMonths(anchor, amount), granularity: 'month', method: 'month-offset-from-article-date' };
  return { date: addMonths(anchor, 12 * amount), granularity: 'year', method: 'year-offset-from-article-date' };
}

function durationBefore(amount: number, unit: DurationUnit, anchor: Date): Placed | null {
  if (!Number.isInteger(amount) && unit !== 'Y') return null;
  if (unit === 'Y')
    return {
      date: addMonths(anchor, -Math.round(12 * amount)),
      granularity: 'month',
      method: 'duration-before-article-date',
    };
  if (unit === 'M')
    return { date: addMonths(anchor, -amount), granularity: 'month', method: 'duration-before-article-date' };
  if (unit === 'W' || unit === 'D') {
    const days = unit === 'W' ? 7 * amount : amount;
    return { date: addDays(anchor, -days), granularity: 'day', method: 'duration-before-article-date' };
  }
  return { date: anchor, granularity: 'day', method: 'duration-before-article-date' };
}

/** ISO 8601 duration: P4Y, P3M, P2W, P10D, PT5H, PT30M. */
export function isoDuration(amount: number, unit: DurationUnit): string {
  if (unit === 'H') return `PT${amount}H`;
  if (unit === 'MIN') return `PT${amount}M`;
  return `P${amount}${unit}`;
}

function writtenValue(ref: TimeRef): string {
  switch (ref.type) {
    case 'ymd':
      return formatParts(ref.year, ref.month, ref.day);
    case 'ym':
      return formatParts(ref.year, ref.month);
    case 'y':
      return formatParts(ref.year);
    case 'md':
      return `XXXX-${formatParts(0, ref.month, ref.day).slice(5)}`;
    case 'm':
      return `XXXX-${String(ref.month).padStart(2, '0')}`;
    case 'decade':
      return `${String(ref.decade).slice(0, 3)}X`;
    case 'weekday':
      return `weekday:${ref.modifier ? `${ref.modifier}-` : ''}${ref.name}`;
    case 'offset':
      return `offset:${ref.amount >= 0 ? '+' : ''}${ref.amount}${ref.unit}`;
    case 'duration':
      return isoDuration(ref.amount, ref.unit);
  }
}
