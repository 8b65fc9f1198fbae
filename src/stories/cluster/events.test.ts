/**
 * @module stories/cluster/events.test
 * The event channel of story clustering on invented features: a shared event key lifts a weak word match over
 * the join threshold with its reason; different events found on both sides cost nothing; the centroid's event
 * keys survive toState/fromState.
 */
import { describe, expect, it } from 'vitest';
import { actorKey, eventLabel, eventVector } from './events.js';
import { type StoryFeatures, StoryIndex } from './index.js';

const base = (id: string, text: string, events: StoryFeatures['events']): StoryFeatures => ({
  id,
  text,
  publishedAt: '2030-03-02',
  entities: [{ id: `new:${id}`, type: 'organisation', weight: 2, name: id }],
  ...(events ? { events } : {}),
});
const PRAISE = [{ source: 'RUSGOV', code: '051', target: 'USA' }];
const A = base('a_01', 'The Palace welcomed the harbour plan of the northern alliance and its shipping rules.', PRAISE);
const B = base('a_02', 'Officials in the capital called the new shipping doctrine a positive step for the region.', [
  { source: 'RUS', code: '051', target: 'USAGOV' },
]);

describe('cluster: events', () => {
  it('cluster: event keys are country-level "source root target" plus "source root"', () => {
    expect(actorKey('RUSGOV')).toBe('RUS');
    expect(actorKey('IGOUNO')).toBe('IGOUNO');
    expect([...eventVector(PRAISE, 0.5).keys()]).toEqual(['RUS 05 USA', 'RUS 05']);
    expect(eventLabel('RUS 05 USA')).toBe('RUS praise USA');
  });
  it('cluster: a shared event joins two reports the words alone keep apart, with its reason', () => {
    const without = new StoryIndex();
    without.add({ ...A, events: [] });
    expect(without.add({ ...B, events: [] }).opened).toBe(true);
    const index = new StoryIndex();
    index.add(A);
    const join = index.add(B);
    expect(join.opened).toBe(false);
    expect(join.reasons.join(' ')).toMatch(/event cosine 1\.00: RUS praise USA/);
  });
  it('cluster: different events on both sides are no evidence against', () => {
    const index = new StoryIndex();
    index.add(A);
    const other = { ...B, events: [{ source: 'CHN', code: '190', target: 'IND' }] };
    const plain = new StoryIndex();
    plain.add({ ...A, events: [] });
    expect(index.add(other).score).toBeCloseTo(plain.add({ ...B, events: [] }).score, 10);
  });
  it('cluster: the event keys of a story survive toState/fromState', () => {
    const index = new StoryIndex();
    index.add(A);
    const state = JSON.parse(JSON.stringify(index.toState()));
    expect(state.stories[0].events.map(([k]: [string, number]) => k)).toEqual(['RUS 05 USA', 'RUS 05']);
    const restored = StoryIndex.fromState(state);
    expect(restored.add(B)).toEqual(index.add(B));
  });
});
