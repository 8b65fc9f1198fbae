/**
 * @module stories
 * Articles → stories: the articles about one event grouped across outlets (cluster/, online, with threads of
 * stories about one ongoing subject), their copies folded into origins (origins/). The stage below is the pure
 * batch form (`clusterStories` over features in arrival order); pipeline/stories.ts runs it online over the
 * store, one article at a time, with the clustering state stored between runs.
 * Requires: article, mentions, entities. Provides: story, origins, thread.
 */
import { defineStage } from '../pipeline/stage.js';
import { clusterStories, type StoryFeatures, type StorySummary, type ThreadSummary } from './cluster/index.js';

export interface ClusterResult {
  readonly stories: StorySummary[];
  readonly threads: ThreadSummary[];
}

/** Bump `version` whenever stories change for the same articles: stored clustering state is then rebuilt. */
export const STORIES = { name: 'stories', version: '2' } as const;

export const stories = defineStage<readonly StoryFeatures[], ClusterResult>({
  name: STORIES.name,
  version: STORIES.version,
  requires: ['article', 'mentions', 'entities'],
  provides: ['story', 'origins', 'thread'],
  run: (features) => clusterStories(features),
});
