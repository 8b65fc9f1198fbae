import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/index.js';
import { type Gazetteer, gazetteerLabels } from './gazetteer.js';
import {
  addDemonyms,
  cleanSpans,
  correctTypes,
  dropCurrencyPrefixes,
  dropTitleFronts,
  extendHyphenatedNames,
  extendOrgHeads,
  harmoniseTypes,
  joinCampusNames,
  joinHyphenated,
  joinMiscIntoOrgs,
  joinOrgOfPlace,
  linkAcronyms,
  propagate,
  propagateNameParts,
  retypeGroupModifiers,
  retypeLonePersons,
  retypePlaceOrgs,
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

  it('postprocess: a trailing date phrase is cut from a name, a day inside a name is kept', () => {
    const out = cleanSpans([
      { start: 0, end: 27, type: 'ORG', surface: 'National Assembly on Friday' },
      { start: 30, end: 42, type: 'ORG', surface: 'Sunday Times' },
      { start: 50, end: 75, type: 'ORG', surface: 'Central Bank in Kenya' },
    ]);
    expect(out.map((s) => `${s.surface}:${s.end}`)).toEqual([
      'National Assembly:17',
      'Sunday Times:42',
      'Central Bank in Kenya:75',
    ]);
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

  it('postprocess: two known places or nationalities around a hyphen stay apart', () => {
    const text = 'Kenya - New Delhi talks , Kenyan - Kenyan , Guinea - Bissau';
    const spans = [
      at(text, 'Kenya', 'LOC'),
      at(text, 'New Delhi', 'LOC'),
      at(text, 'Kenyan', 'MISC'),
      { start: text.indexOf('- Kenyan') + 2, end: text.indexOf('- Kenyan') + 8, type: 'MISC', surface: 'Kenyan' },
      at(text, 'Guinea', 'LOC'),
      at(text, 'Bissau', 'LOC'),
    ];
    const gaz: Gazetteer = {
      ...fake,
      typeOf: (w) => ({ Guinea: 'country', Bissau: 'place', 'Guinea-Bissau': 'country' })[w] ?? fake.typeOf(w),
    };
    expect(joinHyphenated(spans, text, gaz).map((s) => s.surface)).toEqual([
      'Kenya',
      'New Delhi',
      'Kenyan',
      'Kenyan',
      'Guinea - Bissau',
    ]);
  });

  it('postprocess: a surface takes its majority type in the document', () => {
    const out = harmoniseTypes([
      { start: 0, end: 4, type: 'ORG', surface: 'Park' },
      { start: 10, end: 14, type: 'PER', surface: 'Park' },
      { start: 20, end: 24, type: 'PER', surface: 'Park' },
    ]);
    expect(out.map((s) => s.type)).toEqual(['PER', 'PER', 'PER']);
  });

  it('postprocess: with margins, the most confident type wins over the most frequent one', () => {
    const out = harmoniseTypes([
      { start: 0, end: 5, type: 'ORG', surface: 'Baidu', margin: 30 },
      { start: 10, end: 15, type: 'LOC', surface: 'Baidu', margin: 2 },
      { start: 20, end: 25, type: 'LOC', surface: 'Baidu', margin: 3 },
      { start: 30, end: 35, type: 'LOC', surface: 'Accra', margin: 0 },
      { start: 40, end: 45, type: 'ORG', surface: 'Accra', margin: 0 },
    ]);
    expect(out.map((s) => s.type)).toEqual(['ORG', 'ORG', 'ORG', 'LOC', 'LOC']);
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

  it('dropTitleFronts: "Kestrian Foreign | Minister Ola Brandt" loses its title front, not its names', () => {
    const text =
      'talks led by Kestrian Foreign Minister Ola Brandt and Kestrian Lieutenant General Aino Rask in Foreign Bay';
    const spans = [
      at(text, 'Kestrian Foreign', 'ORG'),
      at(text, 'Ola Brandt', 'PER'),
      at(text, 'Kestrian Lieutenant', 'ORG'),
      at(text, 'Aino Rask', 'PER'),
      at(text, 'Foreign Bay', 'LOC'),
    ];
    expect(dropTitleFronts(spans, text).map((s) => s.surface)).toEqual(['Ola Brandt', 'Aino Rask', 'Foreign Bay']);
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

  it('postprocess: a multi-word place ending in an organisation head word is an organisation', () => {
    const spans = ['China Central Television', 'Korea Eximbank', 'Panama City', 'Soviet Union', 'Bank', 'Taipei']
      .map((surface, i) => ({ start: i * 40, end: i * 40 + surface.length, type: 'LOC', surface }))
      .concat([{ start: 300, end: 311, type: 'MISC', surface: 'Ghana Court' }]);
    expect(retypePlaceOrgs(spans).map((s) => s.type)).toEqual(['ORG', 'ORG', 'LOC', 'LOC', 'LOC', 'LOC', 'MISC']);
  });

  it('postprocess: a bracketed short form takes the type of the name before it, everywhere in the document', () => {
    const text =
      'the Convention on Biological Diversity ( CBD ) and the National Union of Metalworkers ( Numsa ) . ' +
      'CBD talks ; Numsa said ; IISc and Indian Institute of Science ( IISc ) ; Ann Lee ( AL ) ; AL ; ' +
      'Ministry of Health ( Kenya ) ; Kenya';
    const tokens = tokenize(text);
    const spans = [
      at(text, 'Convention on Biological Diversity', 'MISC'),
      at(text, 'CBD', 'ORG'),
      at(text, 'National Union of Metalworkers', 'ORG'),
      at(text, 'Numsa', 'MISC'),
      { ...at(text, 'CBD talks', 'ORG'), end: text.indexOf('CBD talks') + 3, surface: 'CBD' },
      { ...at(text, 'Numsa said', 'PER'), end: text.indexOf('Numsa said') + 5, surface: 'Numsa' },
      at(text, 'Indian Institute of Science', 'ORG'),
      at(text, 'Ann Lee', 'PER'),
      at(text, 'Ministry of Health', 'ORG'),
      { ...at(text, 'Kenya )', 'LOC'), end: text.indexOf('Kenya )') + 5, surface: 'Kenya' },
    ];
    const make = (like: TypedSpan, start: number, end: number): TypedSpan => ({
      ...like,
      start,
      end,
      surface: text.slice(start, end),
    });
    const out = linkAcronyms(spans, tokens, text, fake, make);
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual([
      'Convention on Biological Diversity/MISC',
      'CBD/MISC',
      'National Union of Metalworkers/ORG',
      'Numsa/ORG',
      'CBD/MISC',
      'Numsa/ORG',
      'IISc/ORG',
      'Indian Institute of Science/ORG',
      'IISc/ORG',
      'Ann Lee/PER',
      'Ministry of Health/ORG',
      'Kenya/LOC',
    ]);
  });

  it('postprocess: an acronym hyphenated to a campus town is one organisation, but not to a country', () => {
    const text = 'IIT - Madras and IIM - Ahmedabad , NATO - Russia , US - Mexico , Kenya - Delhi';
    const spans = [
      at(text, 'Madras', 'LOC'),
      at(text, 'IIM', 'MISC'),
      at(text, 'Ahmedabad', 'LOC'),
      at(text, 'NATO', 'ORG'),
      at(text, 'Russia', 'LOC'),
      at(text, 'Mexico', 'LOC'),
      at(text, 'Kenya', 'LOC'),
      at(text, 'Delhi', 'LOC'),
    ];
    const gaz: Gazetteer = {
      ...fake,
      typeOf: (w) => ({ Russia: 'country', US: 'country', Kenya: 'country' })[w] ?? fake.typeOf(w),
    };
    const out = joinCampusNames(spans, tokenize(text), text, gaz);
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual([
      'IIT - Madras/ORG',
      'IIM - Ahmedabad/ORG',
      'NATO/ORG',
      'Russia/LOC',
      'Mexico/LOC',
      'Kenya/LOC',
      'Delhi/LOC',
    ]);
  });

  it('postprocess: an organisation "of" a place is one organisation, "in" a place is not', () => {
    const text = 'the Democratic Party of Korea and the Catholic Church in Kerala and the head of Kenya';
    const spans = [
      at(text, 'Democratic Party', 'ORG'),
      at(text, 'Korea', 'LOC'),
      at(text, 'Catholic Church', 'ORG'),
      at(text, 'Kerala', 'LOC'),
      at(text, 'Kenya', 'LOC'),
    ];
    expect(joinOrgOfPlace(spans, text).map((s) => `${s.surface}/${s.type}`)).toEqual([
      'Democratic Party of Korea/ORG',
      'Catholic Church/ORG',
      'Kerala/LOC',
      'Kenya/LOC',
    ]);
  });

  it('postprocess: a lone unknown "person" that something is "in" is a place', () => {
    const text = 'Lalibela said ; churches in Lalibela ; Weibo said ; posts on Weibo';
    const spans = [
      { ...at(text, 'Lalibela', 'PER'), alt: 'LOC' },
      {
        start: text.indexOf('in Lalibela') + 3,
        end: text.indexOf('in Lalibela') + 11,
        type: 'PER',
        surface: 'Lalibela',
      },
      { ...at(text, 'Weibo', 'PER'), alt: 'ORG' },
      { start: text.indexOf('on Weibo') + 3, end: text.indexOf('on Weibo') + 8, type: 'PER', surface: 'Weibo' },
    ];
    expect(retypeLonePersons(spans, fake, text).map((s) => s.type)).toEqual(['LOC', 'LOC', 'ORG', 'ORG']);
  });

  it('postprocess: a MISC word run into a headed organisation name joins it, not a company name', () => {
    const text = 'the Russian Justice Ministry , the Syro - Malabar Church and Chinese Huawei and Kenyan Police';
    const spans = [
      at(text, 'Russian', 'MISC'),
      at(text, 'Justice Ministry', 'ORG'),
      at(text, 'Syro', 'MISC'),
      at(text, 'Malabar Church', 'ORG'),
      at(text, 'Chinese', 'MISC'),
      at(text, 'Huawei', 'ORG'),
      at(text, 'Kenyan', 'MISC'),
    ];
    expect(joinMiscIntoOrgs(spans, text).map((s) => `${s.surface}/${s.type}`)).toEqual([
      'Russian Justice Ministry/ORG',
      'Syro - Malabar Church/ORG',
      'Chinese/MISC',
      'Huawei/ORG',
      'Kenyan/MISC',
    ]);
  });

  it('postprocess: untagged nationality words become MISC, other words do not', () => {
    const text = 'Kenyans protested ; Kenyan police ; Nairobi Kenyans ; New Delhi';
    const spans = [at(text, 'Nairobi Kenyans', 'ORG')];
    const create = (start: number, end: number, type: string): TypedSpan => ({
      start,
      end,
      type,
      surface: text.slice(start, end),
    });
    const out = addDemonyms(spans, tokenize(text), text, fake, create);
    expect(out.map((s) => `${s.surface}/${s.type}`)).toEqual(['Kenyans/MISC', 'Kenyan/MISC', 'Nairobi Kenyans/ORG']);
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
  it('postprocess: a sentence-initial function word is cut from a name, names and titles of works are kept', () => {
    const text = 'Because Cuba . If the Democratic Party . Unlike . To Lam . From Yesterday . Because Kenya';
    const out = cleanSpans(
      [
        at(text, 'Because Cuba', 'LOC'),
        at(text, 'If the Democratic Party', 'ORG'),
        at(text, 'Unlike', 'LOC'),
        at(text, 'To Lam', 'PER'),
        at(text, 'From Yesterday', 'MISC'),
        at(text, 'Because Kenya', 'MISC'),
      ],
      () => false,
      fake,
    );
    expect(out.map((s) => `${s.type}:${text.slice(s.start, s.end)}`)).toEqual([
      'LOC:Cuba',
      'ORG:Democratic Party',
      'PER:To Lam',
      'MISC:From Yesterday',
      'MISC:Kenya',
    ]);
  });

  it('postprocess: an unknown "place" before a people or creed noun is MISC; known places and other nouns stay', () => {
    const text = 'the Maasai community ; the Zionist regime ; Kenya population ; Loliondo division ; the Maasai';
    const spans = [
      at(text, 'Maasai', 'LOC'),
      at(text, 'Zionist', 'LOC'),
      at(text, 'Kenya', 'LOC'),
      at(text, 'Loliondo', 'LOC'),
      { start: text.lastIndexOf('Maasai'), end: text.length, type: 'LOC', surface: 'Maasai' },
    ];
    expect(retypeGroupModifiers(spans, text, fake).map((s) => s.type)).toEqual(['MISC', 'MISC', 'LOC', 'LOC', 'LOC']);
  });
});
