/**
 * @module stories/cluster
 * Story clustering (issue 4): articles → stories (one event across outlets) → threads (one ongoing subject),
 * online through `StoryIndex` or replayed through `clusterStories`; every decision carries its reasons.
 */
export { CLUSTER_DEFAULTS, type ClusterSettings } from './cluster.data.js';
export { clusterStories } from './cluster.js';
export { type StoryEntity, type StoryFeatures, storyFeaturesOf } from './features.js';
export {
  type StoryClusterOptions,
  StoryIndex,
  type StoryJoin,
  type StorySummary,
  type ThreadSummary,
} from './story-index.js';
export type { StoryIndexState } from './story-state.js';
