import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { type Gazetteer, gazetteerLabels } from './gazetteer.js';
import {
  cleanSpans,
  correctTypes,
  dropCurrencyPrefixes,
  extendHyphenatedNames,
  extendOrgHeads,
  harmoniseTypes,
  joinHyphenated,
  propagate,
  propagateNameParts,
  retypeLonePersons,
  stripTitles,
  type TypedSpan,
  typeMiscHeads,
} from './postprocess.js';

const fake: Gazetteer = {
  typeOf: (s) => ({ Kenya: 'country', Kenyan: 'demonym', 'New Delhi': 'place', 'Bank of Ghana': 'organisation' })[s],
  isFirstName: () => false,
  isSurname: () => false,
};

/** The span of the first occurrence of `surface` in `text`. */
function at(text: string, surface: string, type: string): TypedSpan {
  const start = text.indexOf(surface);
  return { start, end: start + surface.length, type, surface };
}

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

  it('postprocess: edge quotes are trimmed; title abbreviations, plural acronyms and quoted common words drop', () => {
    const out = cleanSpans(
      [
        { start: 0, end: 4, type: 'PER', surface: '“ If' },
        { start: 10, end: 20, type: 'LOC', surface: 'Lalibela ”' },
        { start: 20, end: 24, type: 'MISC', surface: 'Brig' },
        { start: 30, end: 33, type: 'ORG', surface: 'MPs' },
        { start: 40, end: 48, type: 'ORG', surface: '“ Apple”' },
      ],
      (w) => w === 'if' || w === 'apple',
    );
    expect(out).toEqual([{ start: 10, end: 18, type: 'LOC', surface: 'Lalibela' }]);
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

  it('postprocess: titles are cut from names, honorifics make persons, posts and bare titles are dropped', () => {
    const text = 'Prime Minister Yair Lapid met Ms Downes and the Minister of Health . Rep . Park and the Imam came .';
    const out = stripTitles(
      [
        at(text, 'Prime Minister Yair Lapid', 'PER'),
        at(text, 'Ms Downes', 'ORG'),
        at(text, 'Minister of Health', 'ORG'),
        at(text, 'Rep . Park', 'PER'),
        at(text, 'Imam', 'LOC'),
      ],
      tokenize(text),
      text,
      fake,
    );
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual(['Yair Lapid/PER', 'Downes/PER', 'Park/PER']);
  });

  it('postprocess: "Head of the X Department" keeps the organisation', () => {
    const text = 'He is Head of the Local Projects Department now.';
    const out = stripTitles([at(text, 'Head of the Local Projects Department', 'ORG')], tokenize(text), text, fake);
    expect(out.map((s) => s.surface)).toEqual(['Local Projects Department']);
  });

  it('postprocess: hyphenated name parts join a person name, but not a common word', () => {
    const text = 'Lee Jae - myung met Hlubi - Majola . Kim - who else - was there . who knew';
    const out = extendHyphenatedNames(
      [at(text, 'Lee Jae', 'PER'), at(text, 'Hlubi', 'PER'), at(text, 'Majola', 'ORG'), at(text, 'Kim', 'PER')],
      tokenize(text),
      text,
    );
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual(['Lee Jae - myung/PER', 'Hlubi - Majola/PER', 'Kim/PER']);
  });

  it('postprocess: a country before a currency symbol is not a place mention', () => {
    const text = 'It cost US $ 5 in Kenya.';
    const out = dropCurrencyPrefixes([at(text, 'US', 'LOC'), at(text, 'Kenya', 'LOC')], text);
    expect(out.map((s) => s.surface)).toEqual(['Kenya']);
  });

  it('postprocess: law, agreement and event names are MISC', () => {
    const out = typeMiscHeads([
      { start: 0, end: 13, type: 'ORG', surface: 'Criminal Code' },
      { start: 0, end: 34, type: 'ORG', surface: 'Convention on Biological Diversity' },
      { start: 0, end: 14, type: 'ORG', surface: 'Afreximbank' },
      { start: 0, end: 4, type: 'ORG', surface: 'Code' },
    ]);
    expect(out.map((s) => s.type)).toEqual(['MISC', 'MISC', 'ORG', 'ORG']);
  });

  it('postprocess: person names carry over to their parts', () => {
    const text = 'Yoshimasa Hayashi met Jin Park . Later , Hayashi spoke and Park nodded ; Park Avenue was shut .';
    const later = text.indexOf('Hayashi spoke');
    const out = propagateNameParts(
      [
        at(text, 'Yoshimasa Hayashi', 'PER'),
        at(text, 'Jin Park', 'PER'),
        { start: later, end: later + 7, type: 'LOC', surface: 'Hayashi' },
      ],
      tokenize(text),
      text,
      fake,
      (like, start, end) => ({ ...like, start, end, surface: text.slice(start, end) }),
    );
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual([
      'Yoshimasa Hayashi/PER',
      'Jin Park/PER',
      'Hayashi/PER',
      'Park/PER',
    ]);
    expect(out[3]?.start).toBe(text.indexOf('Park nodded'));
  });

  it('postprocess: organisation names cut short at their head word are completed', () => {
    const text = 'The Foreign Ministry and Qatar Charity met the Ministry in Doha Today .';
    const out = extendOrgHeads(
      [at(text, 'Ministry', 'ORG'), at(text, 'Qatar', 'LOC'), at(text, 'Doha', 'LOC')],
      tokenize(text),
      text,
    );
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual(['Foreign Ministry/ORG', 'Qatar Charity/ORG', 'Doha/LOC']);
  });

  it('postprocess: a lone unknown one-word person whose runner-up was ORG or LOC is an organisation', () => {
    const out = retypeLonePersons(
      [
        { start: 0, end: 5, type: 'PER', surface: 'Weibo', alt: 'ORG' },
        { start: 10, end: 15, type: 'PER', surface: 'Weibo' },
        { start: 20, end: 30, type: 'PER', surface: 'Ann Numsa' },
        { start: 40, end: 45, type: 'PER', surface: 'Numsa', alt: 'ORG' },
        { start: 50, end: 55, type: 'PER', surface: 'Kenya', alt: 'LOC' },
        { start: 60, end: 65, type: 'PER', surface: 'Baidu', alt: 'LOC' },
        { start: 70, end: 75, type: 'PER', surface: 'Davido', alt: 'MISC' },
      ],
      { ...fake, isSurname: (w) => w === 'kenya' },
    );
    expect(out.map((s) => s.type)).toEqual(['ORG', 'ORG', 'PER', 'PER', 'PER', 'ORG', 'PER']);
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
