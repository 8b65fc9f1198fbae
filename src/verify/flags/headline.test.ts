import { describe, expect, it } from 'vitest';
import { storyArticle } from '../testing.js';
import { headlineMismatch } from './headline.js';

describe('verify headline', () => {
  it('verify: a headline number derivable from dates of the body is not a mismatch', () => {
    const va = storyArticle(
      'The war began in May 2025 over water rights.\n\nThe accord was signed on 24 November 2026 in the capital.',
      { origin: 'o1', title: 'Rivals sign truce after 18 months of war' },
    );
    expect(headlineMismatch(va)).toEqual([]);
  });

  it('verify: a headline number the body gives in another form is not a mismatch', () => {
    const va = storyArticle('The truce ends a war that has dragged on for a year and a half.', {
      origin: 'o1',
      title: 'Truce ends 18 months of war',
    });
    expect(headlineMismatch(va)).toEqual([]);
  });

  it('verify: a headline state change the body contradicts is a mismatch quoting both', () => {
    const va = storyArticle(
      'The truce came into force at dawn.\n\nMonitors said the truce was holding and recorded no shelling overnight.',
      { origin: 'o1', title: 'Valley truce COLLAPSES hours after deal' },
    );
    const [flag] = headlineMismatch(va);
    expect(flag?.kind).toBe('headline-mismatch');
    expect(flag?.reason).toMatch(/truce COLLAPSES/);
    expect(flag?.reason).toMatch(/the truce was holding/);
  });

  it('verify: a headline state change the body supports is not a mismatch', () => {
    const va = storyArticle('The truce collapsed on Sunday when shelling resumed along the river.', {
      origin: 'o1',
      title: 'Valley truce collapses',
    });
    expect(headlineMismatch(va)).toEqual([]);
  });
});
