/**
 * @module stories/cluster/merge
 * Story merging: when an article that joined one story also fits another story at the merge threshold, it
 * bridges two reports of one event that arrived before either could be matched to the other; the two stories
 * become one. The older story keeps its id; the younger one is left as an empty record pointing to it
 * (`mergedInto`), out of the postings, so story orders (and the thread forest over them) stay valid.
 */
import type { ClusterSettings } from './cluster.data.js';
import { PLAIN } from './events.js';
import type { Postings } from './postings.js';
import type { Frequencies } from './score.js';
import type { StoryRecord } from './story-index.js';
import type { ThreadForest } from './threads.js';
import { addInto, type DocFrequency, top, type Vector } from './vectors.js';

export interface MergeContext {
  readonly stories: readonly StoryRecord[];
  readonly storyOf: Map<string, number>;
  readonly postings: Postings;
  readonly freq: Frequencies;
  readonly settings: ClusterSettings;
  readonly forest: ThreadForest;
}

/** The keys a story is posted under: its centroid terms and entities (none once merged away). */
export function postingKeys(s: StoryRecord): Set<string> {
  if (s.mergedInto !== undefined) return new Set();
  return new Set([...[...s.terms.keys()].map((k) => `t:${k}`), ...[...s.entities.keys()].map((k) => `e:${k}`)]);
}

function summed(a: Vector, b: Vector, k: number, df: DocFrequency): Vector {
  const out = new Map(a);
  addInto(out, b);
  return top(out, k, df);
}

/**
 * Merges stories `a` and `b` (the older keeps its id) with a reason; returns the surviving story. Centroids are
 * summed and truncated as after a join, date ranges joined, members concatenated (the survivor's first).
 */
export function mergeStories(ctx: MergeContext, a: StoryRecord, b: StoryRecord, reason: string): StoryRecord {
  const [keep, gone] = a.order < b.order ? [a, b] : [b, a];
  const c = ctx.settings;
  const [keepKeys, goneKeys] = [postingKeys(keep), postingKeys(gone)];
  keep.terms = summed(keep.terms, gone.terms, c.centroidTerms, ctx.freq.terms);
  keep.entities = summed(keep.entities, gone.entities, c.centroidEntities, ctx.freq.entities);
  keep.numbers = summed(keep.numbers, gone.numbers, c.centroidNumbers, ctx.freq.terms);
  keep.events = summed(keep.events, gone.events, c.centroidEvents, PLAIN);
  if (gone.firstDay !== undefined) {
    keep.firstDay = Math.min(keep.firstDay ?? gone.firstDay, gone.firstDay);
    keep.lastDay = Math.max(keep.lastDay ?? gone.lastDay ?? gone.firstDay, gone.lastDay ?? gone.firstDay);
  }
  for (const m of gone.members) ctx.storyOf.set(m.id, keep.order);
  keep.members.push(...gone.members.splice(0));
  keep.merges.push(reason);
  gone.mergedInto = keep.id;
  gone.terms = new Map();
  gone.entities = new Map();
  gone.numbers = new Map();
  gone.events = new Map();
  delete gone.firstDay;
  delete gone.lastDay;
  ctx.postings.update(gone.order, goneKeys, new Set());
  ctx.postings.update(keep.order, keepKeys, postingKeys(keep));
  ctx.forest.link(keep.order, gone.order, `${keep.id} + ${gone.id} merged into one story: ${reason}`);
  return keep;
}
