import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { type Gazetteer, gazetteerLabels } from './gazetteer.js';
import { cleanSpans, correctTypes, harmoniseTypes, joinHyphenated, propagate } from './postprocess.js';

const fake: Gazetteer = {
  typeOf: (s) => ({ Kenya: 'country', Kenyan: 'demonym', 'New Delhi': 'place', 'Bank of Ghana': 'organisation' })[s],
  isFirstName: () => false,
  isSurname: () => false,
};

describe('postprocess', () => {
  it('postprocess: the gazetteer re-types countries as LOC and nationality words as MISC', () => {
    const spans = [
      { start: 0, end: 5, type: 'PER', surface: 'Kenya' },
      { start: 6, end: 12, type: 'LOC', surface: 'Kenyan' },
      { start: 13, end: 20, type: 'MISC', surface: 'Kenyans' },
      { start: 21, end: 26, type: 'ORG', surface: 'Kenya' },
    ];
    expect(correctTypes(spans, fake).map((s) => s.type)).toEqual(['LOC', 'MISC', 'MISC', 'ORG']);
  });

  it('postprocess: a leading "The" and bare weekdays are dropped', () => {
    const out = cleanSpans([
      { start: 10, end: 24, type: 'MISC', surface: 'The Ugandan' },
      { start: 30, end: 36, type: 'LOC', surface: 'Friday' },
    ]);
    expect(out).toEqual([{ start: 14, end: 24, type: 'MISC', surface: 'Ugandan' }]);
  });

  it('postprocess: same-type spans around a hyphen are joined', () => {
    const text = 'the Open - Ended Working Group met';
    const out = joinHyphenated(
      [
        { start: 4, end: 8, type: 'ORG', surface: 'Open' },
        { start: 11, end: 30, type: 'ORG', surface: 'Ended Working Group' },
      ],
      text,
    );
    expect(out.map((s) => s.surface)).toEqual(['Open - Ended Working Group']);
  });

  it('postprocess: a surface takes its majority type in the document', () => {
    const out = harmoniseTypes([
      { start: 0, end: 4, type: 'ORG', surface: 'Park' },
      { start: 10, end: 14, type: 'PER', surface: 'Park' },
      { start: 20, end: 24, type: 'PER', surface: 'Park' },
    ]);
    expect(out.map((s) => s.type)).toEqual(['PER', 'PER', 'PER']);
  });

  it('postprocess: a tagged name is also a mention where it recurs untagged', () => {
    const text = 'Ahlibank posted a profit. Analysts expect Ahlibank to grow, said Ahlibanker.';
    const first = { start: 0, end: 8, type: 'ORG', surface: 'Ahlibank' };
    const out = propagate([first], tokenize(text), text, (like, start, end) => ({ ...like, start, end }));
    expect(out.map((s) => text.slice(s.start, s.end))).toEqual(['Ahlibank', 'Ahlibank']);
    expect(out[1]?.start).toBe(text.indexOf('Ahlibank to'));
  });

  it('gazetteer: longest capitalised match labels each word', () => {
    expect(gazetteerLabels(['in', 'New', 'Delhi', 'the', 'Bank', 'of', 'Ghana', 'said'], fake)).toEqual([
      '',
      'B-place',
      'I-place',
      '',
      'B-organisation',
      'I-organisation',
      'I-organisation',
      '',
    ]);
  });
});
