/**
 * @module stories/cluster/score
 * How well an article fits a story (text cosine, entity cosine, days apart, distinct participants) and how
 * close two stories are for a thread, each with its reasons in plain words. Pure functions of the vectors.
 */
import type { ClusterSettings } from './cluster.data.js';
import { PLAIN, sharedEvent } from './events.js';
import { cosine, type DocFrequency, norm, ranked, type Vector } from './vectors.js';

/** The comparable side of an article or a story. */
export interface Profile {
  readonly terms: Vector;
  readonly entities: Vector;
  /** Numbers written in the text (≥ 10 or with decimals): counts, magnitudes, scores, years. */
  readonly numbers: Vector;
  /** Event keys (events.ts); absent or empty when no event was found. */
  readonly events?: Vector;
  /** Publication days (days since the epoch): an article has first = last. */
  readonly firstDay?: number;
  readonly lastDay?: number;
  /** IDF-weighted norms of `terms` / `entities` / `numbers`, when computed once for many comparisons. */
  readonly norms?: { readonly terms: number; readonly entities: number; readonly numbers: number };
}

export interface Frequencies {
  readonly terms: DocFrequency;
  readonly entities: DocFrequency;
}

/** What is known about an entity for display and salience. */
export interface EntityInfo {
  readonly name: string;
  readonly type: string;
}

export interface Fit {
  readonly score: number;
  readonly text: number;
  readonly entity: number;
  readonly numbers: number | null;
  /** Event cosine, when both sides have events. */
  readonly events: number | null;
  /** The most telling shared event key in plain words ("RUS praise USA"), when any. */
  readonly event?: string;
  readonly gapDays: number | null;
  readonly shared: string[];
}

/** The profile with its IDF-weighted norms computed once (valid until the frequencies change). */
export function withNorms(p: Profile, f: Frequencies): Profile {
  return {
    ...p,
    norms: { terms: norm(p.terms, f.terms), entities: norm(p.entities, f.entities), numbers: norm(p.numbers, f.terms) },
  };
}

/** Days between the article's date and the story's date range (0 inside it; null when either is unknown). */
export function gapDays(a: Profile, s: Profile): number | null {
  if (a.firstDay === undefined || s.firstDay === undefined || s.lastDay === undefined) return null;
  if (a.firstDay < s.firstDay) return s.firstDay - a.firstDay;
  if (a.firstDay > s.lastDay) return a.firstDay - s.lastDay;
  return 0;
}

/** 1 within the grace period, then exponential decay to the floor; unknown dates are neutral. */
export function timeFactor(gap: number | null, c: ClusterSettings): number {
  if (gap === null || gap <= c.graceDays) return 1;
  return Math.max(c.timeFloor, Math.exp(-(gap - c.graceDays) / c.decayDays));
}

/** Shared entities, most telling first (by the smaller side's weight × idf). */
export function sharedEntities(a: Vector, b: Vector, df: DocFrequency): string[] {
  const both: Vector = new Map();
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) both.set(k, Math.min(x, y));
  }
  return ranked(both, df).map(([k]) => k);
}

/**
 * How well an article fits a story; `memberText` (the text cosine with the story's closest member, when
 * known) stands in for the centroid's text cosine when higher (max-link).
 */
export function fitStory(a: Profile, s: Profile, f: Frequencies, c: ClusterSettings, memberText = 0): Fit {
  const text = Math.max(cosine(a.terms, s.terms, f.terms, a.norms?.terms), memberText);
  const bothEntities = a.entities.size > 0 && s.entities.size > 0;
  const entity = bothEntities ? cosine(a.entities, s.entities, f.entities, a.norms?.entities) : 0;
  const bothNumbers = a.numbers.size > 0 && s.numbers.size > 0;
  const numbers = bothNumbers ? cosine(a.numbers, s.numbers, f.terms, a.norms?.numbers) : null;
  const bothEvents = (a.events?.size ?? 0) > 0 && (s.events?.size ?? 0) > 0;
  const eventCosine = bothEvents ? cosine(a.events as Vector, s.events as Vector, PLAIN) : 0;
  const events = bothEvents && (eventCosine > 0 || c.eventSharedOnly <= 0) ? eventCosine : null;
  const base = blend(c, text, bothEntities ? entity : null, numbers, events);
  const gap = gapDays(a, s);
  const score = base * timeFactor(gap, c);
  const shared = bothEntities ? sharedEntities(a.entities, s.entities, f.entities) : [];
  const event = bothEvents ? sharedEvent(a.events as Vector, s.events as Vector) : undefined;
  return { score, text, entity, numbers, events, ...(event ? { event } : {}), gapDays: gap, shared };
}

/** The weighted mean of the channels both sides have (text always; entities, numbers and events when present). */
function blend(
  c: ClusterSettings,
  text: number,
  entity: number | null,
  numbers: number | null,
  events: number | null,
): number {
  let sum = c.textShare * text;
  let weight = c.textShare;
  if (entity !== null) [sum, weight] = [sum + c.entityShare * entity, weight + c.entityShare];
  if (numbers !== null) [sum, weight] = [sum + c.numberShare * numbers, weight + c.numberShare];
  if (events !== null && c.eventShare > 0) [sum, weight] = [sum + c.eventShare * events, weight + c.eventShare];
  return sum / weight;
}

/** Thread closeness of two stories: the same blend without the time window, plus the shared salient entities. */
export function threadFit(
  a: Profile,
  b: Profile,
  f: Frequencies,
  info: ReadonlyMap<string, EntityInfo>,
  c: ClusterSettings,
) {
  const text = cosine(a.terms, b.terms, f.terms, a.norms?.terms);
  const entity = cosine(a.entities, b.entities, f.entities, a.norms?.entities);
  const score = (c.textShare * text + c.entityShare * entity) / (c.textShare + c.entityShare);
  const shared = sharedEntities(a.entities, b.entities, f.entities).filter((k) => info.get(k)?.type !== 'country');
  return { score, text, entity, shared };
}

const r2 = (x: number) => x.toFixed(2);

/** Display names of entity ids, at most `n`. */
export function names(ids: readonly string[], info: ReadonlyMap<string, EntityInfo>, n = 4): string {
  return ids
    .slice(0, n)
    .map((k) => info.get(k)?.name ?? k)
    .join(', ');
}

/** The plain-word reasons of a fit with story `storyId`. */
export function fitReasons(storyId: string, x: Fit, info: ReadonlyMap<string, EntityInfo>): string[] {
  const numbers = x.numbers === null ? '' : `, numbers cosine ${r2(x.numbers)}`;
  const events = x.events === null ? '' : `, event cosine ${r2(x.events)}${x.event ? `: ${x.event}` : ''}`;
  const out = [
    `score ${r2(x.score)} with ${storyId} (text cosine ${r2(x.text)}, entity cosine ${r2(x.entity)}${numbers}${events})`,
  ];
  out.push(x.shared.length > 0 ? `shared entities: ${names(x.shared, info)}` : 'no shared entities');
  if (x.gapDays !== null)
    out.push(x.gapDays === 0 ? 'same dates' : `${x.gapDays} day${x.gapDays === 1 ? '' : 's'} apart`);
  else out.push('date unknown on one side');
  return out;
}
