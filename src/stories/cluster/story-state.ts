/**
 * @module stories/cluster/story-state
 * The plain JSON shape of a StoryIndex (what `toState` gives and `fromState` takes). Maps are stored as
 * [key, value] arrays in their iteration order, so a restored index sums floats in the same order.
 */
import type { ClusterSettings } from './cluster.data.js';
import type { ThreadsState } from './threads.js';
import type { Vector } from './vectors.js';

export interface MemberState {
  readonly id: string;
  /** The article's title, or its first line when it has none. */
  readonly title: string;
  /** Set when `title` is the first line of a page without a title (such a member names the story last). */
  readonly untitled?: true;
  /** Its top terms (for choosing the story's most central article). */
  readonly terms: [string, number][];
}

export interface StoryState {
  readonly id: string;
  readonly firstDay?: number;
  readonly lastDay?: number;
  readonly terms: [string, number][];
  readonly entities: [string, number][];
  readonly numbers: [string, number][];
  /** Event keys of the centroid (absent when none). */
  readonly events?: [string, number][];
  readonly members: MemberState[];
  /** The reasons of the merges into this story (absent when none). */
  readonly merges?: string[];
  /** The story it was merged into (then `members` is empty). */
  readonly mergedInto?: string;
}

export interface StoryIndexState {
  readonly version: 1;
  readonly settings: ClusterSettings;
  readonly termFrequency: { readonly n: number; readonly df: [string, number][] };
  readonly entityFrequency: { readonly n: number; readonly df: [string, number][] };
  /** Entity id → [display name, type] (first seen). */
  readonly entityInfo: [string, string, string][];
  readonly stories: StoryState[];
  readonly threads: ThreadsState;
}

const memberVectors = new WeakMap<MemberState, Vector>();

/** A member's terms as a vector (built once per member). */
export function memberVector(m: MemberState): Vector {
  let v = memberVectors.get(m);
  if (!v) {
    v = new Map(m.terms);
    memberVectors.set(m, v);
  }
  return v;
}

/** A copy of a member's state (plain arrays, so the saved state shares nothing with the live index). */
export function copyMember(m: MemberState): MemberState {
  return {
    id: m.id,
    title: m.title,
    ...(m.untitled ? { untitled: true } : {}),
    terms: m.terms.map(([t, x]) => [t, x]),
  };
}
