/**
 * @module stories/cluster/events
 * Event signatures: an article's events (who did what to whom) → a sparse vector of keys "source root target"
 * (country-level actor codes × the CAMEO root), plus a coarser "source root" key; a plain cosine of two such
 * vectors; the plain-word name of a key for the reasons. Pure.
 */
import { EVENT_ROOT_LABELS } from './cluster.data.js';
import type { StoryEvent } from './features.js';
import { DocFrequency, type Vector } from './vectors.js';

/** Uniform weights (idf 1 for every key): event keys are few and telling, not counted across the index. */
export const PLAIN = new DocFrequency();

/** The country-level part of an actor code ('RUSGOV' → 'RUS'); international bodies keep their full code. */
export function actorKey(code: string): string {
  return /^(IGO|NGO|MNC)/.test(code) ? code : code.slice(0, 3);
}

/** The event vector of an article: sublinear counts of "source root target" keys and of the coarser "source root". */
export function eventVector(events: readonly StoryEvent[] | undefined, coarseWeight: number): Vector {
  const counts: Vector = new Map();
  const add = (k: string, w: number) => counts.set(k, (counts.get(k) ?? 0) + w);
  for (const e of events ?? []) {
    const source = actorKey(e.source);
    const root = e.code.slice(0, 2);
    const target = e.target ? actorKey(e.target) : undefined;
    if (target && target !== source) add(`${source} ${root} ${target}`, 1);
    if (coarseWeight > 0) add(`${source} ${root}`, coarseWeight);
  }
  const out: Vector = new Map();
  for (const [k, x] of counts) out.set(k, x >= 1 ? 1 + Math.log(x) : x);
  return out;
}

/** The shared key with the largest product, in plain words ("RUS praise USA"), or undefined. */
export function sharedEvent(a: Vector, b: Vector): string | undefined {
  let best: [string, number] | undefined;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y === undefined) continue;
    const p = x * y;
    if (!best || p > best[1] || (p === best[1] && k < best[0])) best = [k, p];
  }
  return best ? eventLabel(best[0]) : undefined;
}

/** "RUS 05 USA" → "RUS praise USA". */
export function eventLabel(key: string): string {
  const [source, root, target] = key.split(' ');
  const verb = EVENT_ROOT_LABELS[root ?? ''] ?? `CAMEO ${root}`;
  return [source, verb, target].filter(Boolean).join(' ');
}
