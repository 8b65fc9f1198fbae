import { describe, expect, it } from 'vitest';
import { CAMEO_TABLE } from './cameo.generated.js';
import { cameoCode, cameoRoot, isCameoCode } from './cameo.js';
import { isEmbeddedClaim, isInfinitive, isModal, isNegated, isNominal, isPassive, reportedMask } from './clause.js';
import { INTENT_FAMILIES } from './intent.data.js';
import { loadLexicon, regularForms } from './lexicon.js';
import { VERB_PATTERNS } from './verbs.data.js';

const words = (s: string): string[] => s.toLowerCase().split(' ');

describe('events lexicon', () => {
  it('events: regular forms follow English spelling', () => {
    expect(regularForms('criticize').map((f) => f.form)).toEqual([
      'criticize',
      'criticizes',
      'criticized',
      'criticizing',
    ]);
    expect(regularForms('decry').map((f) => f.form)).toEqual(['decry', 'decries', 'decried', 'decrying']);
    expect(regularForms('reach').map((f) => f.form)).toEqual(['reach', 'reaches', 'reached', 'reaching']);
  });
  it('events: irregular forms are indexed, past ones as participles', () => {
    const lex = loadLexicon();
    expect(lex.patterns.get('held')?.[0]?.form).toEqual({ lemma: 'hold', participle: true });
    expect(lex.patterns.get('met')?.[0]?.form.participle).toBe(true);
    expect(lex.governors.get('threatened')?.governor.kind).toBe('threat');
  });
  it('events: every code in the lexicon is a CAMEO code', () => {
    const codes = VERB_PATTERNS.flatMap((p) => [p.code, ...Object.values(p.objects ?? {})]);
    const inner = Object.values(INTENT_FAMILIES).flatMap((f) => [f.intent, f.threat, f.refuse]);
    for (const code of [...codes, ...inner]) if (code) expect(isCameoCode(code), code).toBe(true);
  });
  it('events: CAMEO table has labels and Goldstein scores', () => {
    expect(CAMEO_TABLE.length).toBeGreaterThan(300);
    expect(cameoCode('051')).toEqual({ code: '051', label: 'Praise or endorse', goldstein: 3.4 });
    expect(cameoCode('190')?.goldstein).toBe(-10);
    expect(cameoRoot('1312')).toBe('13');
  });
});

describe('events clause analysis', () => {
  it('events: negation, modality and infinitives before a verb', () => {
    expect(isNegated(words('russia did not attack'), 3)).toBe(true);
    expect(isNegated(words('russia has attacked'), 2)).toBe(false);
    expect(isModal(words('russia could soon attack'), 3)).toBe(true);
    expect(isInfinitive(words('russia plans to attack'), 3)).toBe(true);
  });
  it('events: passives, nominal uses and embedded claims', () => {
    expect(isPassive(words('ukraine was heavily attacked'), 3, true)).toBe(true);
    expect(isPassive(words('ukraine has attacked'), 2, true)).toBe(false);
    expect(isNominal(words('the attack on kyiv'), 1)).toBe(true);
    expect(isEmbeddedClaim(words('the us claimed that isil had attacked iraq'), 6)).toBe(true);
    expect(isEmbeddedClaim(words('the us said that isil had attacked iraq'), 6)).toBe(false);
  });
  it('events: quotes and "according to" phrases are reported', () => {
    const mask = reportedMask(['he', 'said', '“', 'we', 'attacked', '”', ',', 'according', 'to', 'tass', ',', 'ok']);
    expect(mask).toEqual([false, false, true, true, true, true, false, true, true, true, false, false]);
  });
});
