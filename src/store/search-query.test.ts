import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toSafeQuery } from './search-query.js';

describe('store/search-query', () => {
  it('search-query: keeps words and quoted phrases, all required', () => {
    expect(parseSearchQuery('Peskov "talks stalled" Kremlin')).toEqual([['Peskov'], ['talks', 'stalled'], ['Kremlin']]);
    expect(toSafeQuery('Peskov "talks stalled"')).toBe('"Peskov" "talks stalled"');
  });

  it('search-query: drops operators, stars, column filters and stray quotes', () => {
    expect(toSafeQuery('"')).toBeNull();
    expect(toSafeQuery('   ')).toBeNull();
    expect(toSafeQuery('*')).toBeNull();
    expect(toSafeQuery('AND(')).toBe('"AND"');
    expect(toSafeQuery('cease* -war ^x')).toBe('"cease" "war" "x"');
    expect(toSafeQuery('title:ceasefire')).toBe('"title ceasefire"');
    expect(toSafeQuery('"unterminated phrase')).toBe('"unterminated" "phrase"');
    expect(toSafeQuery('a"b c"d')).toBe('"a" "b c" "d"');
  });

  it('search-query: treats punctuated chunks as phrases, as the indexers split them', () => {
    expect(parseSearchQuery("Putin's covid-19")).toEqual([
      ['Putin', 's'],
      ['covid', '19'],
    ]);
  });

  it('search-query: keeps letters of every script and bounds the query size', () => {
    expect(toSafeQuery('Песков 北京 café e\u0301')).toBe('"Песков" "北京" "café" "e\u0301"');
    expect(parseSearchQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))).toHaveLength(32);
    expect(parseSearchQuery('x'.repeat(1000))[0]?.[0]).toHaveLength(100);
  });
});
