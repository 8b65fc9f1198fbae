import { describe, expect, it } from 'vitest';
import { parseByline } from './byline.js';

describe('parseByline', () => {
  it('byline: splits name and role', () => {
    expect(parseByline('by James Carter Senior News Editor')).toEqual([
      { name: 'James Carter', role: 'Senior News Editor' },
    ]);
    expect(parseByline('Maria Lopez | Staff Writer')).toEqual([{ name: 'Maria Lopez', role: 'Staff Writer' }]);
    expect(parseByline('By Anna Berg, Moscow bureau chief')).toEqual([
      { name: 'Anna Berg', role: 'Moscow bureau chief' },
    ]);
  });

  it('byline: reads several names and drops the agency', () => {
    expect(parseByline('By Jane Doe and John Roe, Reuters')).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
    expect(parseByline('Written by Anna Smith and Peter Jones')).toEqual([
      { name: 'Anna Smith' },
      { name: 'Peter Jones' },
    ]);
    expect(parseByline('Jane Doe, Reuters')).toEqual([{ name: 'Jane Doe' }]);
  });

  it('byline: gives each author the role that follows their name', () => {
    expect(parseByline('By Jane Doe, Senior Editor, and John Roe, Staff Writer')).toEqual([
      { name: 'Jane Doe', role: 'Senior Editor' },
      { name: 'John Roe', role: 'Staff Writer' },
    ]);
  });

  it('byline: reads lead-in words of other languages', () => {
    expect(parseByline('Von Benjamin Fischer und Marcus Theurer')).toEqual([
      { name: 'Benjamin Fischer' },
      { name: 'Marcus Theurer' },
    ]);
    expect(parseByline('Par Jean-Pierre Dupont, envoyé spécial')).toEqual([
      { name: 'Jean-Pierre Dupont', role: 'envoyé spécial' },
    ]);
  });

  it('byline: cuts a trailing date', () => {
    expect(parseByline('By Jane Doe | December 7, 2025 10:15 GMT')).toEqual([{ name: 'Jane Doe' }]);
    expect(parseByline('By Daniel Lemire on August 2, 2019')).toEqual([{ name: 'Daniel Lemire' }]);
  });

  it('byline: refuses ordinary sentences', () => {
    expect(parseByline('The bill was passed by the government on Tuesday.')).toBeNull();
    expect(parseByline('by the government')).toBeNull();
    expect(parseByline('Moscow – The Kremlin has stated')).toBeNull();
    expect(parseByline('Vladimir Putin, Russia')).toBeNull();
    expect(parseByline('Home » world » Russia')).toBeNull();
    expect(parseByline('')).toBeNull();
  });
});
