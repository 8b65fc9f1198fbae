import { describe, expect, it } from 'vitest';
import { corroborateStances } from './stances.js';
import { storyArticle } from './testing.js';

describe('verify stances', () => {
  it('verify: a welcome reported by two origins is a corroborated event', () => {
    const a = storyArticle('The Kremlin has welcomed the new US proposal on arms control.', { origin: 'o1' });
    const b = storyArticle("Dmitry Peskov's warm praise for the proposal surprised diplomats in Geneva.", {
      origin: 'o2',
    });
    const c = storyArticle('"We considered this a positive step," Dmitry Peskov told reporters.', { origin: 'o3' });
    const f = corroborateStances([a, b, c]).find((x) => x.actor?.startsWith('Russia'));
    expect(f).toMatchObject({ kind: 'event', status: 'corroborated', origins: 3, property: 'stance' });
    expect(f?.values.map((v) => v.value)).toEqual(['positive']);
  });

  it('verify: welcomed by one outlet and condemned in another is unclear', () => {
    const a = storyArticle('The Kremlin has welcomed the new US proposal on arms control.', { origin: 'o1' });
    const b = storyArticle('The Kremlin condemned the new US proposal on arms control.', { origin: 'o2' });
    const f = corroborateStances([a, b]).find((x) => x.actor?.startsWith('Russia'));
    expect(f?.status).toBe('unclear');
    expect(f?.values.map((v) => v.value).sort()).toEqual(['negative', 'positive']);
  });

  it('verify: a negated welcome is no stance', () => {
    const a = storyArticle('Dmitry Peskov did not call the proposal positive or useful.', { origin: 'o1' });
    expect(corroborateStances([a]).filter((f) => f.values.some((v) => v.value === 'positive'))).toEqual([]);
  });
});
