/**
 * @module stories/cluster/merge.test
 * Story merging on invented articles: an article that fits two stories at the merge threshold merges them
 * (the older keeps its id, with reasons), online = replay, toState/fromState continuing exactly after a merge,
 * and merging off keeps the two stories apart.
 */
import { describe, expect, it } from 'vitest';
import type { StoryFeatures } from './features.js';
import { clusterStories, StoryIndex, type StoryIndexState } from './index.js';

const FLOOD =
  'Floodwaters from the Varna river breached the levee at Kostel overnight, forcing Kostel engineers to open ' +
  'the spillway gates while volunteers stacked sandbags along the embankment.';
const RESCUE =
  'Helicopters from the Dravograd air base lifted stranded farmers from rooftops in Orlica, and medics set up ' +
  'a field hospital in the Orlica school gymnasium.';

const article = (n: number, text: string): StoryFeatures => ({
  id: `a_${String(n).padStart(20, '0')}`,
  text,
  publishedAt: '2031-04-02',
  entities: [],
});

const A = article(1, FLOOD);
const B = article(2, RESCUE);
/** Both halves of the event in one report: it fits each story alone well above the merge threshold. */
const BOTH = article(3, `${FLOOD}\n\n${RESCUE}`);
const LATER = article(4, `${RESCUE} ${FLOOD}`);

describe('cluster: story merging', () => {
  it('cluster: an article fitting two stories merges them; the older keeps its id, with reasons', () => {
    const index = new StoryIndex();
    const a = index.add(A);
    const b = index.add(B);
    expect(b.storyId).not.toBe(a.storyId);
    const both = index.add(BOTH);
    expect(both.storyId).toBe(a.storyId);
    expect(both.merged).toEqual([b.storyId]);
    expect(both.reasons.some((r) => r.startsWith(`merged ${b.storyId} into ${a.storyId}`))).toBe(true);
    expect(index.stories().map((s) => s.id)).toEqual([a.storyId]);
    expect(index.stories()[0]?.articleIds).toEqual([A.id, BOTH.id, B.id]);
    expect(index.threads()[0]?.reasons.some((r) => r.includes('merged into one story'))).toBe(true);
    expect(index.add(B).storyId).toBe(a.storyId);
  });

  it('cluster: with merging off the two stories stay apart', () => {
    const { stories } = clusterStories([A, B, BOTH], { mergeThreshold: 0 });
    expect(stories).toHaveLength(2);
  });

  it('cluster: online equals clusterStories, and a restored index continues exactly after a merge', () => {
    const live = new StoryIndex();
    for (const f of [A, B, BOTH]) live.add(f);
    expect(clusterStories([A, B, BOTH])).toEqual({ stories: live.stories(), threads: live.threads() });
    const restored = StoryIndex.fromState(JSON.parse(JSON.stringify(live.toState())) as StoryIndexState);
    expect(restored.toState()).toEqual(live.toState());
    expect(restored.add(LATER)).toEqual(live.add(LATER));
    expect(restored.stories()).toEqual(live.stories());
    expect(JSON.stringify(restored.toState())).toBe(JSON.stringify(live.toState()));
  });
});
