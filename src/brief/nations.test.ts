/** Provisional states from demonyms and state phrases, on invented names. */
import { describe, expect, it } from 'vitest';
import { makeArticle } from './brief.fixtures.js';
import type { BriefArticle } from './context.js';
import { demonymStems, nameStem, nationOfSpeaker, storyNations } from './nations.js';

describe('nations', () => {
  it('nations: demonyms and names share a stem', () => {
    expect(nameStem('Quorvania')).toBe('quorvan');
    expect(demonymStems('Quorvanian')).toContain('quorvan');
    expect(demonymStems('Belmese')).toContain('belm');
    expect(nameStem('Belma')).toBe('belm');
    expect(demonymStems('Tarkeli')).toContain('tarkel');
  });

  it('nations: a place whose demonym the story uses is a state; speakers in a government role belong to it', () => {
    const article = makeArticle('a_nation01', [
      'Quorvanian Prime Minister Ida Lenk met envoys in Saltra. The Republic of Belma sent its foreign minister. ' +
        'Quorvania and Belma agreed to talk again. A Quorvanian farmer said little.',
    ]);
    const mentions = ['Quorvania', 'Belma', 'Saltra'].map((text) => {
      const start = article.text.indexOf(text);
      return { start, end: start + text.length, text, type: 'place', entityId: `new:place:${text}` };
    });
    const a = { article, analysis: { mentions } } as unknown as BriefArticle;
    const nations = storyNations([a]);
    expect(nationOfSpeaker(nations, ['Quorvanian Prime Minister Ida Lenk'])?.name).toBe('Quorvania');
    expect(nationOfSpeaker(nations, ["Belma's government spokesman"])?.name).toBe('Belma');
    expect(nationOfSpeaker(nations, ['A Quorvanian farmer'])).toBeNull();
    expect([...nations.values()].map((n) => n.name)).not.toContain('Saltra');
  });
});
