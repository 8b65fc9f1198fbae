import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, BlockKind } from '../../core/types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

const FRAGMENTS = [
  'The',
  'Kremlin',
  'said',
  'U.S.',
  'Dr.',
  'e.g.',
  'No.',
  'Aug.',
  'F.',
  'etc.',
  'a.m.',
  'Inc.',
  'z. B.',
  'т.е.',
  'Песков',
  'Αθήνα',
  'São',
  '3.5%',
  '1,200',
  '29-page',
  'COVID-19',
  'Russia’s',
  "don't",
  "officials'",
  'https://example.org/a.b',
  'press@example.org',
  'www.x.y',
  '😀',
  '𝐀',
  'e\u0301',
  '\u00ad',
  '\u200b',
  '会谈。',
  '.',
  '. ',
  '!',
  '?',
  '?!',
  '…',
  '...',
  ',',
  ';',
  ':',
  '-',
  '–',
  '—',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '„',
  '(',
  ')',
  '[',
  ']',
  '$',
  '€',
  '@',
  '&',
  '/',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\ud800',
  '\udc00',
];

const textArb = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

const KINDS: BlockKind[] = ['heading', 'paragraph', 'list-item', 'table-row', 'quote', 'preformatted', 'caption'];

/** A text and non-overlapping blocks over it (with gaps, as removed or separating text leaves). */
const articleArb = fc
  .tuple(textArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...KINDS)), { maxLength: 8 }))
  .map(([text, cuts]) => {
    const points = [...new Set(cuts.map(([n]) => n % (text.length + 1)).concat([0, text.length]))].sort(
      (a, b) => a - b,
    );
    const blocks: Block[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const kind = cuts[i % Math.max(1, cuts.length)]?.[1] ?? 'paragraph';
      const start = points[i]! + (i % 3 === 2 ? 1 : 0);
      if (start <= points[i + 1]!) blocks.push({ kind, start, end: points[i + 1]! });
    }
    return { text, blocks };
  });

const isSpace = (ch: string) => /\s/.test(ch);
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** Whether `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

describe('text: properties', () => {
  it('sentences: ordered, non-overlapping, trimmed, inside their block, covering every non-space character', () => {
    fc.assert(
      fc.property(articleArb, fc.integer({ min: 16, max: 400 }), ({ text, blocks }, maxLength) => {
        const sentences = splitSentences(text, blocks, { maxLength });
        let previousEnd = 0;
        const covered = new Uint8Array(text.length);
        for (const s of sentences) {
          const block = blocks[s.blockIndex]!;
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end - s.start).toBeLessThanOrEqual(maxLength);
          expect(s.start).toBeGreaterThanOrEqual(block.start);
          expect(s.end).toBeLessThanOrEqual(block.end);
          expect(isSpace(text[s.start]!)).toBe(false);
          expect(isSpace(text[s.end - 1]!)).toBe(false);
          covered.fill(1, s.start, s.end);
          previousEnd = s.end;
        }
        for (const block of blocks) {
          for (let i = block.start; i < block.end; i++) if (!isSpace(text[i]!)) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('tokens: ordered, non-overlapping, within range, no whitespace, covering every non-space character', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const tokens = tokenize(text, start, end);
        let previousEnd = start;
        const covered = new Uint8Array(text.length);
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(end);
          expect(/\s/.test(text.slice(t.start, t.end))).toBe(false);
          expect((t.start !== start && splitsPair(text, t.start)) || (t.end !== end && splitsPair(text, t.end))).toBe(
            false,
          );
          covered.fill(1, t.start, t.end);
          previousEnd = t.end;
        }
        for (let i = start; i < end; i++) {
          if (!isSpace(text[i]!) && !(i === end - 1 && isHigh(text.charCodeAt(i)))) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 600 },
    );
  });
});
