/**
 * @module stories/origins/member-order
 * Which member of an origin is the presumed original: the agency's own copy when the origin is a wire story,
 * else the earliest published (a full timestamp beats a bare day on the same day), else the longest, else the
 * smallest id. A total order, so the result does not depend on arrival order.
 */

export interface OrderItem {
  readonly id: string;
  readonly publishedAt?: string;
  /** Normalised token count. */
  readonly tokens: number;
  /** True when this article's outlet is the agency the origin's copies credit. */
  readonly isAgencyOwn: boolean;
}

interface DateKey {
  readonly day: string;
  /** Milliseconds since the epoch; null for a bare day. */
  readonly ms: number | null;
}

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Parses an ISO date or date-time; a time without a zone is read as UTC (never as the machine's zone). */
export function dateKey(value: string | undefined): DateKey | null {
  if (!value) return null;
  const v = value.trim();
  if (BARE_DAY.test(v)) return { day: v, ms: null };
  const ms = Date.parse(HAS_ZONE.test(v) ? v : `${v}Z`);
  if (Number.isNaN(ms)) return null;
  return { day: new Date(ms).toISOString().slice(0, 10), ms };
}

function compareDates(a: DateKey | null, b: DateKey | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.ms === null || b.ms === null) return a.ms === b.ms ? 0 : a.ms === null ? 1 : -1;
  return a.ms - b.ms;
}

/** Negative when `a` is the better candidate for the original. */
export function compareMembers(a: OrderItem, b: OrderItem): number {
  if (a.isAgencyOwn !== b.isAgencyOwn) return a.isAgencyOwn ? -1 : 1;
  const byDate = compareDates(dateKey(a.publishedAt), dateKey(b.publishedAt));
  if (byDate !== 0) return byDate;
  if (a.tokens !== b.tokens) return b.tokens - a.tokens;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
