/**
 * @module verify/flags/headline-numbers
 * Whether a headline number the body never writes is still the body's: a duration the body states in another
 * form ("18 months" / "a year and a half" / "P18M"), or one computable, rounded, from a date of the body and the
 * article's date or another date of the body ("after 18 months of fighting" when the war "began in May 2025"
 * and the article is of November 2026).
 */
import { parseNumber } from '../../analyze/claims/numbers.js';
import type { VerifyArticle } from '../types.js';
import { durationDays } from '../values.js';
import { TIME_UNITS } from './headline.data.js';

const DAY_MS = 86_400_000;

/** Whether `n` (followed in the title by `rest`) is a time span the body states otherwise or implies. */
export function numberImplied(va: VerifyArticle, n: string, rest: string): boolean {
  const unit = /^\s*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
  const unitDays = TIME_UNITS[unit];
  const value = Number(n.replace(/,/gu, ''));
  if (!unitDays || !Number.isFinite(value)) return false;
  const spans = [...bodyDurations(va), ...dateSpans(va)];
  return spans.some(
    (days) =>
      Math.abs(days / unitDays - value) < 1 &&
      (Math.round(days / unitDays) === value || Math.floor(days / unitDays) === value),
  );
}

/** Durations the body states, in days: the analysis's durations and "a year and a half"-style phrases. */
function bodyDurations(va: VerifyArticle): number[] {
  const out = (va.analysis?.claims ?? [])
    .filter((c) => c.kind === 'duration')
    .map((c) => durationDays(String(c.value)))
    .filter((d): d is number => d !== null);
  const re = /\b(an?|one|\d+|[\p{L}]+)\s+(day|week|month|year)s?\s+and\s+a\s+half\b/giu;
  for (const m of va.article.text.matchAll(re)) {
    const count = /^an?$/iu.test(m[1] ?? '') ? 1 : parseNumber(m[1] ?? '');
    const unitDays = TIME_UNITS[(m[2] ?? '').toLowerCase()];
    if (count !== null && unitDays) out.push((count + 0.5) * unitDays);
  }
  return out;
}

/** Spans in days between each resolved date of the body and the article's date (or a later date of the body). */
function dateSpans(va: VerifyArticle): number[] {
  const dates = (va.analysis?.claims ?? [])
    .filter((c) => c.kind === 'date' && /^\d{4}(?:-\d\d){0,2}$/u.test(String(c.value)))
    .map((c) => toTime(String(c.value)));
  const published = va.article.meta.publishedAt?.value;
  const anchors = [...dates, ...(published ? [Date.parse(published)] : [])].filter(Number.isFinite);
  const out: number[] = [];
  for (const d of dates) for (const a of anchors) if (a > d) out.push((a - d) / DAY_MS);
  return out;
}

const toTime = (value: string): number => {
  const [y, m = '01', d = '01'] = value.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
};
