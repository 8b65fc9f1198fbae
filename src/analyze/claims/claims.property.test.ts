import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/index.js';
import { findClaims } from './claims.js';
import { findQuantities } from './quantities.js';
import { findTemporals } from './temporals.js';

const pieces = [
  'more than',
  '640',
  'people',
  'were',
  'killed',
  'on Sunday',
  'in 2014',
  '29-page',
  'document',
  '$1.2bn',
  '3.5%',
  'nearly',
  'two-thirds',
  'of',
  'countries',
  'Dec. 7',
  'last week',
  'four-year-old',
  'war',
  'between',
  'and',
  'second-largest',
  'economy',
  '"',
  ',',
  '.',
  '?',
  'Peskov',
  'said',
  'according to a study',
  '\n\n',
  'tens of thousands',
  '–',
  'magnitude 6.4',
  '10:30',
  'é',
  '😀',
  '7 December 2025',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((ws) => ws.join(' ')),
  fc.string({ maxLength: 200 }),
);

const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.start <= inner.end && inner.end <= outer.end;

describe('claims properties', () => {
  it('claims: every span lies inside its sentence and the text', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(undefined, '2025-12-08', 'not a date'), (text, articleDate) => {
        const sentences = splitSentences(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
        const whole = { start: 0, end: text.length };
        for (const s of sentences) {
          for (const q of findQuantities(text, s)) {
            expect(inside(s, q)).toBe(true);
            expect(inside(q, q.valueSpan)).toBe(true);
            expect(text.slice(q.start, q.end)).toBe(q.text);
          }
          for (const t of findTemporals(text, s, articleDate)) {
            expect(inside(s, t)).toBe(true);
            expect(inside(t, t.valueSpan)).toBe(true);
          }
        }
        for (const c of findClaims(text, sentences, articleDate ? { articleDate } : {})) {
          expect(inside(whole, c)).toBe(true);
          expect(inside(c, c.valueSpan)).toBe(true);
          expect(c.checkWorthy).toBeGreaterThanOrEqual(0);
          expect(c.checkWorthy).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('claims: out-of-range sentences are clamped, not thrown on', () => {
    expect(findClaims('abc', [{ start: -5, end: 99 }])).toEqual([]);
    expect(findQuantities('12 people', { start: 5, end: 2 })).toEqual([]);
  });
});
