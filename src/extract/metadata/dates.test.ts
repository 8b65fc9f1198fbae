import { describe, expect, it } from 'vitest';
import { dateFromUrlPath, findDates, implausibility, parseDate } from './dates.js';

const iso = (s: string) => parseDate(s)?.iso;

describe('dates', () => {
  it('dates: keeps time and offset of ISO values', () => {
    expect(iso('2025-12-07T10:15:00+0200')).toBe('2025-12-07T10:15:00+02:00');
    expect(iso('2025-12-07T10:15:00Z')).toBe('2025-12-07T10:15:00Z');
    expect(iso('2025-12-07')).toBe('2025-12-07');
    expect(iso('20251207')).toBe('2025-12-07');
  });

  it('dates: reads written and numeric dates', () => {
    expect(iso('December 7, 2025')).toBe('2025-12-07');
    expect(iso('07.12.2025')).toBe('2025-12-07');
    expect(iso('7 Dec 2025 10:15 GMT')).toBe('2025-12-07T10:15:00+00:00');
    expect(iso('Dec. 7th, 2025 at 3:45 pm EST')).toBe('2025-12-07T15:45:00-05:00');
    expect(iso('12/25/2019')).toBe('2019-12-25');
  });

  it('dates: reads month names of several languages', () => {
    expect(iso('7. Dezember 2025')).toBe('2025-12-07');
    expect(iso('le 3 mars 2020 à 10h30')).toBe('2020-03-03T10:30:00');
    expect(iso('7 de diciembre de 2025')).toBe('2025-12-07');
    expect(iso('7 декабря 2025 г.')).toBe('2025-12-07');
    expect(iso('7 grudnia 2025')).toBe('2025-12-07');
    expect(iso('2019年8月2日')).toBe('2019-08-02');
  });

  it('dates: refuses impossible calendar dates', () => {
    expect(parseDate('31.02.2020')).toBeNull();
    expect(parseDate('no date here')).toBeNull();
  });

  it('dates: finds dates in a line in order', () => {
    const found = findDates('Updated 3 May 2021. Published: 2 May 2021 10:00');
    expect(found.map((f) => f.date.day)).toEqual(['2021-05-03', '2021-05-02']);
  });

  it('dates: reads the date in a URL path', () => {
    expect(dateFromUrlPath('https://example.org/2025/12/07/some-title/')?.day).toBe('2025-12-07');
    expect(dateFromUrlPath('https://example.org/news/2025-12-07-some-title')?.day).toBe('2025-12-07');
    expect(dateFromUrlPath('https://example.org/news/item-123')).toBeNull();
  });

  it('dates: future and pre-1990 dates are implausible', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(implausibility(parseDate('2027-01-01')!, now)).toMatch(/future/);
    expect(implausibility(parseDate('1985-06-01')!, now)).toMatch(/before 1990/);
    expect(implausibility(parseDate('2026-11-30')!, now)).toBeNull();
  });
});
