/**
 * @module extract/metadata/candidates
 * Choosing one value among candidates from several sources. Candidates that agree (same key)
 * pool their confidence — two independent sources saying the same thing beat one — and the
 * chosen field keeps the note of its most reliable origin plus the names of those that agree.
 */
import type { Field, FieldSource } from '../../core/types.js';
import { isAscii, lettersAndDigits } from '../whitespace.js';

export interface Candidate<T> {
  readonly value: T;
  readonly source: FieldSource;
  /** Reliability of this origin alone, in [0, 1]. */
  readonly confidence: number;
  /** The exact origin, e.g. "meta property=article:published_time". */
  readonly note: string;
}

const MAX_CONFIDENCE = 0.99;

/** The best-supported value, or null when there are no candidates. */
export function choose<T>(candidates: readonly Candidate<T>[], keyOf: (value: T) => string): Field<T> | null {
  const groups = new Map<string, Candidate<T>[]>();
  for (const c of candidates) {
    const key = keyOf(c.value);
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  let best: { group: Candidate<T>[]; score: number } | null = null;
  for (const group of groups.values()) {
    const score = pooled(group);
    if (!best || score > best.score + 1e-9) best = { group, score };
  }
  if (!best) return null;
  const sorted = [...best.group].sort((a, b) => b.confidence - a.confidence);
  const top = sorted[0]!;
  const others = [...new Set(sorted.slice(1).map((c) => c.note))].filter((n) => n !== top.note);
  const note = others.length > 0 ? `${top.note}; agrees: ${others.slice(0, 3).join(', ')}` : top.note;
  return { value: top.value, source: top.source, confidence: round(best.score), note };
}

/** Combined confidence of agreeing candidates: each distinct origin adds half its weight of the remaining doubt. */
function pooled(group: readonly Candidate<unknown>[]): number {
  const byOrigin = new Map<string, number>();
  for (const c of group) byOrigin.set(c.note, Math.max(byOrigin.get(c.note) ?? 0, c.confidence));
  const values = [...byOrigin.values()].sort((a, b) => b - a);
  let doubt = 1 - values[0]!;
  for (const v of values.slice(1)) doubt *= 1 - v / 2;
  return Math.min(MAX_CONFIDENCE, 1 - doubt);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Lower-cased letters and digits only, for comparing titles and names. */
export function normaliseKey(text: string): string {
  // ASCII text has no decompositions and no marks.
  if (isAscii(text)) return lettersAndDigits(text);
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
