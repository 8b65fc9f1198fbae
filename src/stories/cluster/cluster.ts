/**
 * @module stories/cluster/cluster
 * Batch story clustering: replays the articles through a fresh StoryIndex in the given order (what
 * `recluster` uses), so it gives exactly the online decisions for that order.
 */
import type { StoryFeatures } from './features.js';
import { type StoryClusterOptions, StoryIndex, type StorySummary, type ThreadSummary } from './story-index.js';

export function clusterStories(
  features: readonly StoryFeatures[],
  options: StoryClusterOptions = {},
): { stories: StorySummary[]; threads: ThreadSummary[] } {
  const index = new StoryIndex(options);
  for (const f of features) index.add(f);
  return { stories: index.stories(), threads: index.threads() };
}
