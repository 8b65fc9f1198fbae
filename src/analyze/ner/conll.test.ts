import { describe, expect, it } from 'vitest';
import { bioSpans, iob1ToBio, parseConll, parseNewswire } from './conll.js';

describe('conll', () => {
  it('conll: IOB1 becomes BIO', () => {
    expect(iob1ToBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC'])).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC']);
  });

  it('conll: documents split at -DOCSTART-, sentences at blank lines', () => {
    const docs = parseConll('-DOCSTART- O\n\nAnna I-PER\nsang O\n\nIn O\nOslo I-LOC\n-DOCSTART- O\nBob I-PER\n');
    expect(docs.map((d) => d.sentences.length)).toEqual([2, 1]);
    expect(docs[0]?.sentences[1]?.tags).toEqual(['O', 'B-LOC']);
  });

  it('conll: newswire types map to PER/ORG/LOC/MISC, dates drop, facilities are ignored', () => {
    const doc = parseNewswire(
      'Kato\tB-Person\nof\tO\nUgandan\tB-NORP\n27\tB-Date\nAirport\tB-Facility\nafrol\tB-Organization\nNews\tI-Organization\n',
      'x',
    );
    expect(doc.sentences[0]?.tags).toEqual(['B-PER', 'O', 'B-MISC', 'O', 'B-IGNORE', 'B-ORG', 'I-ORG']);
  });

  it('conll: newswire nested tags keep the outer entity', () => {
    const doc = parseNewswire('Qatar\tB-Organization\tB-Location\nCharity\tI-Organization\nsaid\tO\n', 'x');
    expect(doc.sentences[0]?.tags).toEqual(['B-ORG', 'I-ORG', 'O']);
  });

  it('conll: BIO spans', () => {
    expect(bioSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 6, type: 'LOC' },
    ]);
  });
});
