import { describe, expect, it } from 'vitest';
import { shapeOf, tokenize } from './tokens.js';

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const kinds = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}:${t.kind}`);

describe('tokens: words and abbreviations', () => {
  it('tokens: splits words and punctuation', () => {
    expect(words('The Kremlin, he said, agreed.')).toEqual(['The', 'Kremlin', ',', 'he', 'said', ',', 'agreed', '.']);
  });

  it('tokens: keeps the period of "U.S.", "e.g." and titles', () => {
    expect(words('U.S. and U.K. envoys, e.g. Dr. Lee, met Gen. Ruiz.')).toEqual([
      'U.S.',
      'and',
      'U.K.',
      'envoys',
      ',',
      'e.g.',
      'Dr.',
      'Lee',
      ',',
      'met',
      'Gen.',
      'Ruiz',
      '.',
    ]);
  });

  it('tokens: keeps the period of initials', () => {
    expect(words('John F. Kennedy')).toEqual(['John', 'F.', 'Kennedy']);
  });

  it('tokens: "No." and "Aug." keep their period only before a number', () => {
    expect(words('No. 5 on Aug. 15. No. Aug.')).toEqual(['No.', '5', 'on', 'Aug.', '15', '.', 'No', '.', 'Aug', '.']);
  });

  it('tokens: a sentence-final "U.S." is one token', () => {
    expect(words('back in the U.S.')).toEqual(['back', 'in', 'the', 'U.S.']);
  });

  it('tokens: a domain name leaves a final period out', () => {
    expect(words('see tass.ru. Or bbc.co.uk.')).toEqual(['see', 'tass.ru', '.', 'Or', 'bbc.co.uk', '.']);
  });

  it('tokens: splits a word glued to the next sentence', () => {
    expect(words('ended.The')).toEqual(['ended', '.', 'The']);
  });
});

describe('tokens: apostrophes and hyphens', () => {
  it('tokens: splits the possessive clitic, curly or straight', () => {
    expect(words("Russia’s and Trump's plans")).toEqual(['Russia', '’s', 'and', 'Trump', "'s", 'plans']);
  });

  it('tokens: keeps apostrophes inside names and negations', () => {
    expect(words("O'Neill don't Côte d’Ivoire")).toEqual(["O'Neill", "don't", 'Côte', 'd’Ivoire']);
  });

  it('tokens: a trailing apostrophe is punctuation', () => {
    expect(words("the officials' view")).toEqual(['the', 'officials', "'", 'view']);
  });

  it('tokens: hyphenated words stay whole, a number and its hyphen split', () => {
    expect(words('a well-known 29-page Rostov-on-Don report')).toEqual([
      'a',
      'well-known',
      '29',
      '-',
      'page',
      'Rostov-on-Don',
      'report',
    ]);
  });

  it('tokens: capitalised names with numbers stay whole', () => {
    expect(words('COVID-19 Su-57 F-16 mid-2025')).toEqual(['COVID-19', 'Su-57', 'F-16', 'mid', '-', '2025']);
  });
});

describe('tokens: numbers and symbols', () => {
  it('tokens: numbers keep separators and decimals', () => {
    expect(kinds('1,200 3.5 1.200.000 10:30 12/05/2025 2025-12-07')).toEqual([
      '1,200:number',
      '3.5:number',
      '1.200.000:number',
      '10:30:number',
      '12/05/2025:number',
      '2025-12-07:number',
    ]);
  });

  it('tokens: percent and currency signs are separate symbols', () => {
    expect(kinds('$1.2bn (3.5%) €40 ₽100')).toEqual([
      '$:symbol',
      '1.2bn:number',
      '(:punct',
      '3.5:number',
      '%:symbol',
      '):punct',
      '€:symbol',
      '40:number',
      '₽:symbol',
      '100:number',
    ]);
  });

  it('tokens: a number range splits at the hyphen', () => {
    expect(words('2014-2022')).toEqual(['2014', '-', '2022']);
  });

  it('tokens: ordinals and decades stay whole', () => {
    expect(words('the 3rd of the 1990s')).toEqual(['the', '3rd', 'of', 'the', '1990s']);
  });
});

describe('tokens: punctuation, URLs and e-mails', () => {
  it('tokens: ellipses, dashes and quotes', () => {
    expect(words('“Wait...” — then… «non» „ja“ ?!')).toEqual([
      '“',
      'Wait',
      '...',
      '”',
      '—',
      'then',
      '…',
      '«',
      'non',
      '»',
      '„',
      'ja',
      '“',
      '?!',
    ]);
  });

  it('tokens: URLs and e-mails are single tokens without trailing punctuation', () => {
    expect(kinds('See https://example.org/a?b=1, www.tass.ru. Mail press@example.org.')).toEqual([
      'See:word',
      'https://example.org/a?b=1:url',
      ',:punct',
      'www.tass.ru:url',
      '.:punct',
      'Mail:word',
      'press@example.org:email',
      '.:punct',
    ]);
  });

  it('tokens: a URL in brackets leaves the bracket out', () => {
    expect(words('(https://example.org/page)')).toEqual(['(', 'https://example.org/page', ')']);
  });
});

describe('tokens: scripts, offsets and shapes', () => {
  it('tokens: Cyrillic, Greek and accented letters', () => {
    expect(words('Песков заявил: «Мы согласны». Αθήνα, São Paulo')).toEqual([
      'Песков',
      'заявил',
      ':',
      '«',
      'Мы',
      'согласны',
      '»',
      '.',
      'Αθήνα',
      ',',
      'São',
      'Paulo',
    ]);
  });

  it('tokens: combining marks and astral letters stay in the word', () => {
    expect(words('Cafe\u0301 𝐀bc 😀!')).toEqual(['Cafe\u0301', '𝐀bc', '😀', '!']);
  });

  it('tokens: respects start and end', () => {
    const text = 'One two three';
    expect(tokenize(text, 4, 7)).toEqual([{ start: 4, end: 7, kind: 'word', shape: 'xxx' }]);
  });

  it('tokens: shapes', () => {
    expect(['Kremlin', 'U.S.', '1,200', 'NATO', 'Москва', 'iPhone'].map(shapeOf)).toEqual([
      'Xxxxx',
      'X.X.',
      'd,ddd',
      'XXXX',
      'Xxxxx',
      'xXxxxx',
    ]);
  });

  it('tokens: long inputs stay linear', () => {
    const text = `${'a-'.repeat(200_000)} ${'1,'.repeat(200_000)} ${'U.'.repeat(200_000)} ${'.'.repeat(200_000)}`;
    const t0 = performance.now();
    const out = tokenize(text);
    expect(out.length).toBeGreaterThan(3);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
