/**
 * @module stories/cluster/thread-links
 * After a story changes, links it into the threads of other stories on the same ongoing subject: candidates
 * from the inverted index, then the thread score (text + entities, no time window) and at least one shared
 * salient entity. Each link records its reason (the pair, the score, shared entities and terms).
 */
import type { ClusterSettings } from './cluster.data.js';
import type { Postings } from './postings.js';
import { type EntityInfo, type Frequencies, names, threadFit, withNorms } from './score.js';
import type { StoryRecord } from './story-index.js';
import type { ThreadForest } from './threads.js';
import { ranked } from './vectors.js';

export interface ThreadContext {
  readonly stories: readonly StoryRecord[];
  readonly postings: Postings;
  readonly freq: Frequencies;
  readonly info: ReadonlyMap<string, EntityInfo>;
  readonly settings: ClusterSettings;
  readonly forest: ThreadForest;
}

/** Links `story` to every candidate story of another thread that is close enough; returns the links made. */
export function linkThreads(ctx: ThreadContext, story: StoryRecord): number {
  const c = ctx.settings;
  const query = [
    ...ranked(story.terms, ctx.freq.terms)
      .slice(0, c.queryTerms)
      .map(([k, w]) => [`t:${k}`, w] as const),
    ...ranked(story.entities, ctx.freq.entities)
      .slice(0, c.queryEntities)
      .map(([k, w]) => [`e:${k}`, w] as const),
  ];
  const self = withNorms(story, ctx.freq);
  let links = 0;
  for (const order of ctx.postings.candidates(query, c.maxCandidates + 1, c.maxPostings)) {
    if (order === story.order || ctx.forest.find(order) === ctx.forest.find(story.order)) continue;
    const other = ctx.stories[order] as StoryRecord;
    const f = threadFit(self, other, ctx.freq, ctx.info, c);
    if (!threadLinkable(f.score, f.shared.length, c)) continue;
    const [a, b] = story.order < other.order ? [story, other] : [other, story];
    const terms = sharedTerms(a, b, ctx);
    const reason =
      `${a.id} ~ ${b.id}: score ${f.score.toFixed(2)} (text cosine ${f.text.toFixed(2)}, entity cosine ` +
      `${f.entity.toFixed(2)}); shared entities: ${names(f.shared, ctx.info)}` +
      (terms.length > 0 ? `; shared terms: ${terms.join(', ')}` : '');
    if (ctx.forest.link(a.order, b.order, reason)) links++;
  }
  return links;
}

/**
 * A thread link needs the thread score and either `threadMinSharedEntities` shared salient entities or, with
 * fewer (never none), a score of `threadStrongScore`: one common entity alone never links two stories.
 */
export function threadLinkable(score: number, shared: number, c: ClusterSettings): boolean {
  if (score < c.threadThreshold || shared === 0) return false;
  return shared >= c.threadMinSharedEntities || score >= c.threadStrongScore;
}

/** The most telling terms both stories' centroids hold. */
function sharedTerms(a: StoryRecord, b: StoryRecord, ctx: ThreadContext): string[] {
  const both = new Map<string, number>();
  for (const [k, x] of a.terms) {
    const y = b.terms.get(k);
    if (y !== undefined) both.set(k, Math.min(x, y));
  }
  return ranked(both, ctx.freq.terms)
    .slice(0, 5)
    .map(([k]) => k);
}
