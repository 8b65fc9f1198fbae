import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';
import type { Quantity } from './types.js';

const all = (text: string): Quantity[] => findQuantities(text, { start: 0, end: text.length });
const one = (text: string): Quantity => {
  const qs = all(text);
  expect(qs).toHaveLength(1);
  return qs[0] as Quantity;
};
const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('findQuantities', () => {
  it('quantities: "a 29-page document" counts pages of the document', () => {
    const text = 'Officials released a 29-page document on Friday.';
    const q = one(text);
    expect(q).toMatchObject({ kind: 'count', value: 29, unit: 'page', counted: 'document' });
    expect(slice(text, q.valueSpan)).toBe('29-page');
    expect(q.text).toBe('29-page document');
  });

  it('quantities: "more than 640 people were injured" keeps the hedge and the counted noun', () => {
    const q = one('More than 640 people were injured in the blast.');
    expect(q).toMatchObject({
      kind: 'count',
      value: 640,
      counted: 'people',
      hedge: 'more than',
      text: 'More than 640 people',
    });
  });

  it('quantities: "nearly two-thirds of countries" is a fraction of countries', () => {
    const q = one('Nationalism is rising in nearly two-thirds of countries surveyed.');
    expect(q).toMatchObject({ kind: 'fraction', value: 0.667, counted: 'countries', hedge: 'nearly' });
  });

  it('quantities: number words and vague amounts get conventional values', () => {
    const text = 'Two ministers, a dozen diplomats, dozens of protesters and tens of thousands of refugees arrived.';
    const got = all(text).map((q) => [q.value, q.counted, q.approximate ?? false]);
    expect(got).toEqual([
      [2, 'ministers', false],
      [12, 'diplomats', true],
      [24, 'protesters', true],
      [20000, 'refugees', true],
    ]);
  });

  it('quantities: a bare number word with nothing counted is not a quantity', () => {
    expect(all('He said two of them agreed, and one left.')).toEqual([]);
  });

  it('quantities: percentages in symbols and words', () => {
    const got = all('Inflation reached 3.5% while 70 per cent of voters and 12 percent of firms agreed.');
    expect(got.map((q) => [q.kind, q.value, q.counted])).toEqual([
      ['percent', 3.5, undefined],
      ['percent', 70, 'voters'],
      ['percent', 12, 'firms'],
    ]);
  });

  it('quantities: money with scale words and currency codes', () => {
    const got = all('The deal is worth $1.2bn, plus €40 million and 1.5 trillion roubles, or £300,000.');
    expect(got.map((q) => [q.kind, q.value, q.currency])).toEqual([
      ['money', 1.2e9, 'USD'],
      ['money', 4e7, 'EUR'],
      ['money', 1.5e12, 'RUB'],
      ['money', 3e5, 'GBP'],
    ]);
  });

  it('quantities: measures with units and earthquake magnitudes', () => {
    const got = all(
      'A magnitude 6.4 quake struck 40 km south, moving 10,000 tonnes of rock and cutting 300 miles of road.',
    );
    expect(got.map((q) => [q.kind, q.value, q.unit])).toEqual([
      ['quantity', 6.4, 'magnitude'],
      ['quantity', 40, 'km'],
      ['quantity', 10000, 't'],
      ['quantity', 300, 'mile'],
    ]);
    expect(got[2]?.counted).toBe('rock');
  });

  it('quantities: "second-largest economy" is rank 2', () => {
    const q = one('Japan is the second-largest economy in Asia by some measures.');
    expect(q).toMatchObject({ kind: 'rank', value: 2, unit: 'largest', counted: 'economy' });
  });

  it('quantities: "between 100 and 120" is a range with both bounds', () => {
    const q = one('Between 100 and 120 soldiers crossed the border.');
    expect(q).toMatchObject({ kind: 'count', value: 100, upper: 120, counted: 'soldiers', hedge: 'between' });
  });

  it('quantities: years, dates, times and durations are not counts', () => {
    const text = 'In 2014, at 10:30 on 7 December, after four years of talks, the 2022 invasion began.';
    expect(all(text)).toEqual([]);
  });

  it('quantities: a four-digit number that counts something is a count, not a year', () => {
    expect(one('The 2000 troops arrived.')).toMatchObject({ kind: 'count', value: 2000, counted: 'troops' });
  });

  it('quantities: identifiers are skipped ("Article 5", "F-16", "9/11")', () => {
    expect(all('Under Article 5, F-16 jets flew after 9/11 and COVID-19.')).toEqual([]);
  });

  it('quantities: spans are offsets into the whole text', () => {
    const text = 'First sentence. About 2,000 people fled.';
    const sentence = { start: 16, end: text.length };
    const [q] = findQuantities(text, sentence);
    expect(q && slice(text, q)).toBe('About 2,000 people');
    expect(q && slice(text, q.valueSpan)).toBe('2,000');
  });
});
