import { describe, expect, it } from 'vitest';
import {
  BANDS,
  bandKeys,
  estimateJaccard,
  fingerprint,
  normaliseTokens,
  overlap,
  PERMUTATIONS,
  shingleHashes,
} from './fingerprint.js';
import { OTHER_STORY, WIRE_PARAGRAPHS, WIRE_TEXT } from './texts.fixtures.js';

describe('fingerprint', () => {
  it('fingerprint: tokens are lower-cased with diacritics, quotes and dashes unified', () => {
    expect(normaliseTokens('“Café” — naïve’s  STRASSE-Straße')).toEqual(['cafe', 'naive', 's', 'strasse', 'strasse']);
    expect(normaliseTokens('"Cafe" -- naive\'s strasse strasse')).toEqual(
      normaliseTokens('“Café” — naïve’s strasse Straße'),
    );
  });

  it('fingerprint: a text shorter than one shingle is one shingle; an empty text has none', () => {
    expect(shingleHashes(['a', 'b']).length).toBe(1);
    expect(shingleHashes([]).length).toBe(0);
    expect(fingerprint('').tokens).toBe(0);
  });

  it('fingerprint: the same text always gives the same signature and band keys', () => {
    const a = fingerprint(WIRE_TEXT);
    const b = fingerprint(WIRE_TEXT);
    expect(a.signature.length).toBe(PERMUTATIONS);
    expect([...a.signature]).toEqual([...b.signature]);
    expect([...bandKeys(a.signature)]).toEqual([...bandKeys(b.signature)]);
    expect(bandKeys(a.signature).length).toBe(BANDS);
    expect(a.exactKey).toBe(b.exactKey);
  });

  it('fingerprint: re-wrapping and spacing change nothing', () => {
    const wrapped = WIRE_TEXT.replace(/ /g, (_, i: number) => (i % 7 === 0 ? '\n' : '  '));
    const a = fingerprint(WIRE_TEXT);
    const b = fingerprint(wrapped);
    expect(b.exactKey).toBe(a.exactKey);
    expect(overlap(a.shingles, b.shingles).jaccard).toBe(1);
  });

  it('fingerprint: containment keeps a trimmed copy at 1 while Jaccard drops', () => {
    const full = fingerprint(WIRE_TEXT);
    const trimmed = fingerprint(WIRE_PARAGRAPHS.slice(0, 5).join('\n\n'));
    const ov = overlap(full.shingles, trimmed.shingles);
    expect(ov.containment).toBe(1);
    expect(ov.containedB).toBe(1);
    expect(ov.jaccard).toBeLessThan(0.8);
  });

  it('fingerprint: re-ordered paragraphs lose only the shingles across moved boundaries', () => {
    const ps = [...WIRE_PARAGRAPHS];
    [ps[1], ps[5]] = [ps[5] as string, ps[1] as string];
    const ov = overlap(fingerprint(WIRE_TEXT).shingles, fingerprint(ps.join('\n\n')).shingles);
    expect(ov.jaccard).toBeGreaterThan(0.9);
  });

  it('fingerprint: the MinHash estimate tracks the exact Jaccard', () => {
    const a = fingerprint(WIRE_TEXT);
    const half = fingerprint(WIRE_PARAGRAPHS.slice(0, 4).join('\n\n'));
    const exact = overlap(a.shingles, half.shingles).jaccard;
    expect(Math.abs(estimateJaccard(a.signature, half.signature) - exact)).toBeLessThan(0.15);
    expect(estimateJaccard(a.signature, fingerprint(OTHER_STORY).signature)).toBeLessThan(0.05);
  });
});
