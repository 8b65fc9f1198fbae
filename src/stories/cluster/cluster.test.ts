/**
 * @module stories/cluster/cluster.test
 * Story clustering on invented articles: joins, same-kind events apart, threads with reasons, ids,
 * online = replay, toState/fromState continuing exactly as the live index, the background IDF and the
 * thread-link rule.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analyze/index.js';
import { MessageLog } from '../../core/message.js';
import { extractStandalone } from '../../extract/index.js';
import { makeCapture } from '../../ingest/capture.js';
import { backgroundTable, entityBackgroundDf } from './background.js';
import { CLUSTER_DEFAULTS } from './cluster.data.js';
import { ALL, FERRY_1, FERRY_2, QUAKE_1, QUAKE_2, REHAB_1, REHAB_2, TREATY_1, TREATY_2 } from './cluster.fixtures.js';
import { clusterStories, StoryIndex, type StoryIndexState, storyFeaturesOf } from './index.js';
import { threadLinkable } from './thread-links.js';
import { DocFrequency } from './vectors.js';

const storyOf = (index: StoryIndex, articleId: string) =>
  index.stories().find((s) => s.articleIds.includes(articleId))?.id;

describe('cluster', () => {
  it('cluster: two reports of one ferry sinking join one story, with reasons', () => {
    const index = new StoryIndex();
    const first = index.add(FERRY_1);
    const second = index.add(FERRY_2);
    expect(first.opened).toBe(true);
    expect(first.storyId).toBe(`s_${FERRY_1.id.slice(2)}`);
    expect(second.opened).toBe(false);
    expect(second.storyId).toBe(first.storyId);
    expect(second.reasons.join(' ')).toMatch(/cosine .*shared entities: .*Calder Star.*1 day apart/);
  });

  it('cluster: two earthquakes a year apart stay apart', () => {
    const index = new StoryIndex();
    index.add(QUAKE_1);
    const join = index.add(QUAKE_2);
    expect(join.opened).toBe(true);
    expect(storyOf(index, QUAKE_1.id)).not.toBe(storyOf(index, QUAKE_2.id));
  });

  it('cluster: two rehab check-ins by different people stay apart (no dates)', () => {
    const index = new StoryIndex();
    index.add(REHAB_1);
    expect(index.add(REHAB_2).opened).toBe(true);
  });

  it('cluster: two rounds of one negotiation months apart are two stories in one thread', () => {
    const index = new StoryIndex();
    index.add(TREATY_1);
    const join = index.add(TREATY_2);
    expect(join.opened).toBe(true);
    expect(join.threadId).toBe(`t_${TREATY_1.id.slice(2)}`);
    const thread = index.threads().find((t) => t.id === join.threadId);
    expect(thread?.storyIds).toEqual([`s_${TREATY_1.id.slice(2)}`, `s_${TREATY_2.id.slice(2)}`]);
    expect(thread?.reasons[0]).toMatch(/shared entities: .*Petra Lund/);
  });

  it('cluster: unrelated stories are not threaded', () => {
    const { threads } = clusterStories([FERRY_1, QUAKE_1, REHAB_1]);
    expect(threads).toHaveLength(3);
  });

  it('cluster: the online index equals clusterStories on the same order', () => {
    const index = new StoryIndex();
    for (const f of ALL) index.add(f);
    expect(clusterStories(ALL)).toEqual({ stories: index.stories(), threads: index.threads() });
  });

  it('cluster: adding an article twice changes nothing', () => {
    const index = new StoryIndex();
    index.add(FERRY_1);
    const before = JSON.stringify(index.toState());
    expect(index.add(FERRY_1).reasons[0]).toMatch(/already in/);
    expect(JSON.stringify(index.toState())).toBe(before);
  });

  it('cluster: toState/fromState round trip continues exactly as the live index', () => {
    const live = new StoryIndex();
    const restoredJoins = [];
    const liveJoins = [];
    for (const f of ALL.slice(0, 4)) live.add(f);
    const state = JSON.parse(JSON.stringify(live.toState())) as StoryIndexState;
    const restored = StoryIndex.fromState(state);
    expect(restored.toState()).toEqual(live.toState());
    for (const f of ALL.slice(4)) {
      liveJoins.push(live.add(f));
      restoredJoins.push(restored.add(f));
    }
    expect(restoredJoins).toEqual(liveJoins);
    expect(restored.stories()).toEqual(live.stories());
    expect(restored.threads()).toEqual(live.threads());
    expect(JSON.stringify(restored.toState())).toBe(JSON.stringify(live.toState()));
  });

  it('cluster: the story title is its most central article’s', () => {
    const { stories } = clusterStories([FERRY_1, FERRY_2]);
    expect([FERRY_1.title, FERRY_2.title]).toContain(stories[0]?.title);
  });

  it('cluster: storyFeaturesOf reads title, date and canonical entities', () => {
    const text =
      'Ferry sinks off Port Calder\n\nPORT CALDER, March 4, 2031 — The ferry Calder Star sank on Tuesday, coastguard captain Ilse Varga said. Ilse Varga said 41 passengers were rescued.';
    const capture = makeCapture({ bytes: new TextEncoder().encode(text), kind: 'text', input: 'ferry.txt' });
    const { article } = extractStandalone(capture, new Date('2031-04-01T00:00:00Z'));
    const analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: new Date('2031-04-01T00:00:00Z') });
    const features = storyFeaturesOf(article, analysis);
    expect(features.id).toBe(article.id);
    expect(features.text).toBe(article.text);
    expect(features.entities.length).toBeGreaterThan(0);
    expect(features.entities.every((e) => !/^new:[a-z]+:/.test(e.id))).toBe(true);
    expect(storyFeaturesOf(article, null).entities).toEqual([]);
  });

  it('cluster: the background table weighs common news words low from the first article on', () => {
    const df = new DocFrequency(0, new Map(), backgroundTable(1));
    df.count(['officials', 'ferry', 'russia']);
    expect(df.idf('official')).toBeLessThan(df.idf('ferry') - 2);
    expect(df.idf('russia')).toBeLessThan(df.idf('ferry') - 2);
    expect(new DocFrequency(1, new Map([['ferry', 1]]), backgroundTable(0)).idf('ferry')).toBe(1);
  });

  it('cluster: entity names read the background table (capitals common, the Kremlin rare)', () => {
    const table = backgroundTable(1);
    expect(entityBackgroundDf('Moscow', table)).toBeGreaterThan(10);
    expect(entityBackgroundDf('United States', table)).toBeGreaterThan(10);
    expect(entityBackgroundDf('the Kremlin', table)).toBe(0);
    expect(entityBackgroundDf('Maria Zakharova', table)).toBe(0);
  });

  it('cluster: a thread link needs two shared entities, or one and a strong score', () => {
    const c = { ...CLUSTER_DEFAULTS };
    expect(threadLinkable(0.2, 2, c)).toBe(true);
    expect(threadLinkable(0.2, 1, c)).toBe(false);
    expect(threadLinkable(0.4, 1, c)).toBe(true);
    expect(threadLinkable(0.9, 0, c)).toBe(false);
    expect(threadLinkable(0.1, 3, c)).toBe(false);
  });
});
