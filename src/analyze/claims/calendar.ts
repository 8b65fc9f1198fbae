/**
 * @module analyze/claims/calendar
 * Calendar arithmetic on UTC days for resolving relative dates: parse an article date, shift by days, months
 * or years, find the weekday before or after, and format as "YYYY-MM-DD", "YYYY-MM" or "YYYY". No clock.
 */
import type { IsoDate } from '../../core/types.js';

export type Granularity = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;

/** The UTC day of an ISO date or date-time ("2025-12-08", "2025-12-08T10:00:00+03:00"), or null. */
export function parseDay(iso: IsoDate | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? null : d;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);

/** Shifts by whole months, clamping the day to the target month's length. */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** The nearest `weekday` (0 = Sunday) on or before `d` (offset 0…6), or strictly after it (1…7). */
export function weekdayNear(d: Date, weekday: number, direction: 'before' | 'after'): Date {
  const diff = weekday - d.getUTCDay();
  if (direction === 'before') return addDays(d, -((7 - diff) % 7));
  return addDays(d, ((diff + 6) % 7) + 1);
}

/** Monday of the ISO week containing `d`. */
export const weekStart = (d: Date): Date => addDays(d, -((d.getUTCDay() + 6) % 7));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(d: Date, granularity: Granularity = 'day'): string {
  const y = pad(d.getUTCFullYear(), 4);
  if (granularity === 'year') return y;
  if (granularity === 'month') return `${y}-${pad(d.getUTCMonth() + 1)}`;
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" from parts (month and day optional). */
export function formatParts(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
