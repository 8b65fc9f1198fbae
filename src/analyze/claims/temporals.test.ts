import { describe, expect, it } from 'vitest';
import { findTemporals } from './temporals.js';
import type { Temporal } from './types.js';

/** Monday 8 December 2025. */
const MONDAY = '2025-12-08';
const all = (text: string, date?: string): Temporal[] => findTemporals(text, { start: 0, end: text.length }, date);
const one = (text: string, date?: string): Temporal => {
  const ts = all(text, date);
  expect(ts).toHaveLength(1);
  return ts[0] as Temporal;
};

describe('findTemporals', () => {
  it('temporals: "on Sunday" in an article of Monday 2025-12-08 is 2025-12-07', () => {
    const t = one('The minister spoke on Sunday.', MONDAY);
    expect(t.text).toBe('on Sunday');
    expect(t.resolution).toEqual({
      value: '2025-12-07',
      granularity: 'day',
      method: 'weekday-before-article-date',
      anchor: MONDAY,
    });
  });

  it('temporals: "on Tuesday" goes back to the Tuesday before', () => {
    expect(one('Officials met on Tuesday.', MONDAY).resolution?.value).toBe('2025-12-02');
  });

  it('temporals: a weekday after "will" looks forward', () => {
    const t = one('Talks will resume on Friday.', MONDAY);
    expect(t.resolution).toMatchObject({ value: '2025-12-12', method: 'weekday-after-article-date' });
  });

  it('temporals: without an article date a relative date stays unresolved, with the reason', () => {
    const t = one('The minister spoke on Sunday.');
    expect(t.resolution).toBeNull();
    expect(t.reason).toMatch(/no article date/u);
  });

  it('temporals: absolute dates in several spellings', () => {
    const got = all(
      'It was signed on 7 December 2025, drafted on Dec. 7, revised on 26 November and planned in May 2024.',
      MONDAY,
    );
    expect(got.map((t) => [t.text, t.value, t.resolution?.value, t.resolution?.method])).toEqual([
      ['on 7 December 2025', '2025-12-07', '2025-12-07', 'absolute'],
      ['on Dec. 7', 'XXXX-12-07', '2025-12-07', 'month-day-near-article-date'],
      ['on 26 November', 'XXXX-11-26', '2025-11-26', 'month-day-near-article-date'],
      ['in May 2024', '2024-05', '2024-05', 'absolute'],
    ]);
  });

  it('temporals: a bare year is a date, "since 2022" records the relation', () => {
    const got = all('Russia annexed Crimea in 2014 and has fought since 2022.');
    expect(got.map((t) => [t.value, t.relation])).toEqual([
      ['2014', undefined],
      ['2022', 'since'],
    ]);
  });

  it('temporals: yesterday, last week, earlier this month and "three days ago"', () => {
    const got = all('Yesterday, last week, earlier this month and three days ago.', MONDAY);
    expect(got.map((t) => [t.resolution?.value, t.resolution?.granularity])).toEqual([
      ['2025-12-07', 'day'],
      ['2025-12-01', 'week'],
      ['2025-12', 'month'],
      ['2025-12-05', 'day'],
    ]);
  });

  it('temporals: "nearly four-year-old war" is P4Y, starting about four years before the article', () => {
    const t = one('The nearly four-year-old war goes on.', MONDAY);
    expect(t).toMatchObject({ kind: 'duration', value: 'P4Y', hedge: 'nearly', text: 'nearly four-year-old' });
    expect(t.resolution).toMatchObject({ value: '2021-12', method: 'duration-before-article-date', anchor: MONDAY });
  });

  it('temporals: plain durations are normalised but not placed on the calendar', () => {
    const got = all('He served for a year, then 18 months, then a 24-hour shift.', MONDAY);
    expect(got.map((t) => [t.value, t.resolution])).toEqual([
      ['P1Y', null],
      ['P18M', null],
      ['PT24H', null],
    ]);
  });

  it('temporals: "$1,200 a year" is a rate, not a duration', () => {
    expect(all('Families pay $1,200 a year.')).toEqual([]);
  });

  describe('weekday tense (invented sentences, article of Tuesday 2031-03-04)', () => {
    const TUESDAY = '2031-03-04';
    const at = (text: string) => one(text, TUESDAY);
    it('temporals: "committing to … from 06:00 on Thursday" looks forward', () => {
      const t = at(
        'The Lund and Faro councils met in Brask, committing to close the pass from 06:00 local time on Thursday.',
      );
      expect(t.resolution).toMatchObject({ value: '2031-03-06', method: 'weekday-after-article-date' });
      expect(t.reason).toBeUndefined();
    });
    it('temporals: "supposed to … on Thursday", "is to take effect on Friday", "due to open on Monday" look forward', () => {
      expect(at('The gates are supposed to reopen on Thursday.').resolution?.value).toBe('2031-03-06');
      expect(at('The new tariff is to take effect on Friday.').resolution?.value).toBe('2031-03-07');
      expect(at('The bridge is due to open on Monday.').resolution?.value).toBe('2031-03-10');
      expect(at('Trading starting on Friday will be limited.').resolution?.value).toBe('2031-03-07');
    });
    it('temporals: past tense and "last" go back', () => {
      expect(at('The two mayors signed the pact on Sunday.').resolution?.value).toBe('2031-03-02');
      expect(at('Officials said the convoy left on Thursday.').resolution?.value).toBe('2031-02-27');
      expect(at('The board will meet again after the vote last Friday.').resolution?.value).toBe('2031-02-28');
    });
    it('temporals: an adjective in -ed does not make the clause past', () => {
      const t = at('Both sides pledged to stop shelling in the contested district from noon on Saturday.');
      expect(t.resolution?.value).toBe('2031-03-08');
    });
    it('temporals: no tense cue keeps the weekday before, with a low-confidence reason', () => {
      const t = at('Crowds in the square on Sunday.');
      expect(t.resolution).toMatchObject({ value: '2031-03-02', method: 'weekday-before-article-date' });
      expect(t.reason).toMatch(/low confidence/u);
    });
    it('temporals: a weekday beside its date is left to the date', () => {
      const ts = all('The spokesman will brief reporters at 10:00 on Wednesday 5 March in the press room.', TUESDAY);
      expect(ts).toHaveLength(1);
      expect(ts[0]?.resolution?.value).toBe('2031-03-05');
    });
  });
});
