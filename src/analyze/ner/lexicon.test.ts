import { describe, expect, it } from 'vitest';
import { casingClass } from './features.js';
import { buildCasingLexicon, casingLexiconSource, parseCasingLexicon } from './lexicon.js';

describe('casing lexicon', () => {
  const sentences = [
    'Until now the park was open, said Ann Park.',
    'Officials said the park would close until June.',
    'They met Park in the park until noon.',
    'Reporters saw Park there and Park left until dark.',
  ];

  it('lexicon: words get a class by how often they are written lower-case (sentence starts do not count)', () => {
    const lex = buildCasingLexicon(sentences);
    expect(lex.get('until')).toBe('c');
    expect(lex.get('park')).toBe('m');
    expect(lex.get('the')).toBe('c');
    expect(lex.has('ann')).toBe(false);
  });

  it('lexicon: the generated source round-trips', () => {
    const lex = buildCasingLexicon(sentences);
    const src = casingLexiconSource(lex, '');
    const lists = Object.fromEntries(
      [...src.matchAll(/CASING_(COMMON|MIXED|NAME) =\n {2}'([^']*)'/g)].map((m) => [m[1], m[2] ?? '']),
    );
    expect(parseCasingLexicon({ c: lists.COMMON ?? '', m: lists.MIXED ?? '', n: lists.NAME ?? '' })).toEqual(lex);
  });

  it('lexicon: the shipped lexicon knows common words', () => {
    expect(casingClass('until')).toBe('c');
    expect(casingClass('zzqx')).toBe('u');
  });
});
