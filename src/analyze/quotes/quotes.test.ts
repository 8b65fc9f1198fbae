import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/types.js';
import { splitSentences } from '../text/index.js';
import { findQuotes, type Quote } from './index.js';

function blocksOf(text: string): Block[] {
  const out: Block[] = [];
  let from = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start: from, end: from + part.length, kind: 'paragraph' });
    from += part.length + 2;
  }
  return out;
}

const run = (text: string, beliefs = false) => findQuotes(text, splitSentences(text, blocksOf(text)), { beliefs });
const cut = (text: string, r: { start: number; end: number } | undefined) => (r ? text.slice(r.start, r.end) : null);

function view(text: string, q: Quote) {
  return {
    content: cut(text, q.content),
    speaker: q.speaker?.text ?? null,
    mention: cut(text, q.speaker?.range),
    cue: q.cue?.text ?? null,
    direct: q.direct,
    via: q.via.map((v) => v.text),
  };
}

const one = (text: string) => {
  const qs = run(text);
  expect(qs).toHaveLength(1);
  return view(text, qs[0] as Quote);
};

describe('quotes: direct', () => {
  it('quotes: attributes "said" after a closing quote to the following name', () => {
    const text = '"We considered this a positive step," Peskov said.';
    expect(one(text)).toMatchObject({
      content: '"We considered this a positive step,"',
      speaker: 'Peskov',
      cue: 'said',
      direct: true,
    });
  });

  it('quotes: attributes an inverted "said X, Y of Z" to the name, not the apposition', () => {
    const text = '“The border stays closed,” said Maria Lopez, a spokeswoman for the ministry.';
    const q = one(text);
    expect(q).toMatchObject({ content: '“The border stays closed,”', speaker: 'Maria Lopez', direct: true });
  });

  it('quotes: takes the quotation after "X said:"', () => {
    const text = 'Anna Berg said: "Nobody expected the vote to pass."';
    expect(one(text)).toMatchObject({
      content: '"Nobody expected the vote to pass."',
      speaker: 'Anna Berg',
      direct: true,
    });
  });

  it('quotes: a quotation over several sentences runs to its closing mark', () => {
    const text = '"The harbour is open again. Ships are moving. We are relieved," the port director said.';
    const q = one(text);
    expect(q.content).toBe('"The harbour is open again. Ships are moving. We are relieved,"');
    expect(q.speaker).toBe('the port director');
  });

  it('quotes: handles guillemets and low-high quotes', () => {
    const text = '«Wir sind bereit», sagte er. „It is done,“ Klaus Meyer said.';
    const qs = run(text);
    expect(qs.map((q) => cut(text, q.content))).toContain('„It is done,“');
  });

  it('quotes: "…", according to X is an attribution to X', () => {
    const text = 'The ceasefire will hold, according to the regional governor.';
    expect(one(text)).toMatchObject({
      content: 'The ceasefire will hold',
      speaker: 'the regional governor',
      cue: 'according to',
    });
  });
});

describe('quotes: indirect', () => {
  it('quotes: takes the clause after "X said that"', () => {
    const text = 'Finance minister Lars Olsen said on Monday that the budget would be balanced by 2027.';
    const q = one(text);
    expect(q).toMatchObject({
      content: 'that the budget would be balanced by 2027',
      speaker: 'Finance minister Lars Olsen',
      direct: false,
    });
  });

  it('quotes: skips the addressee of "told reporters"', () => {
    const text = 'The mayor told reporters that the bridge would reopen next week.';
    expect(one(text)).toMatchObject({
      content: 'that the bridge would reopen next week',
      speaker: 'The mayor',
      cue: 'told',
    });
  });

  it('quotes: "According to X, …" takes the clause after the comma', () => {
    const text = 'According to the health agency, infections fell by a third in May.';
    expect(one(text)).toMatchObject({ content: 'infections fell by a third in May', speaker: 'the health agency' });
  });

  it('quotes: a clause before ", officials said" is indirect content', () => {
    const text = 'The dam was damaged in the storm, officials said.';
    expect(one(text)).toMatchObject({
      content: 'The dam was damaged in the storm',
      speaker: 'officials',
      direct: false,
    });
  });

  it('quotes: "X described … as …" takes the object and its description', () => {
    const text = 'Senator Ruth Adler described the agreement as a turning point.';
    expect(one(text)).toMatchObject({ content: 'the agreement as a turning point', cue: 'described' });
  });

  it('quotes: warned / argued / noted take a that-clause', () => {
    const text =
      'Economists warned that prices would rise. The union argued that wages lagged. She noted that talks continue.';
    expect(run(text).map((q) => q.cue?.text)).toEqual(['warned', 'argued', 'noted']);
  });

  it('quotes: a document is a speaker ("the strategy states")', () => {
    const text = 'The strategy states that the navy will be expanded.';
    const qs = run(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.speaker).toMatchObject({ text: 'The strategy', kind: 'document' });
  });
});

describe('quotes: mixed', () => {
  it('quotes: a quoted fragment inside a reported clause makes a mixed quote', () => {
    const text = 'Zakharova said the plan "corresponds in many ways" with Moscow\'s position.';
    const qs = run(text);
    expect(qs).toHaveLength(1);
    const q = qs[0] as Quote;
    expect(cut(text, q.content)).toBe('the plan "corresponds in many ways" with Moscow\'s position');
    expect(q.mixed).toBe(true);
    expect(q.direct).toBe(false);
    expect(q.fragments?.map((f) => cut(text, f))).toEqual(['"corresponds in many ways"']);
  });
});

describe('quotes: speakers', () => {
  it('quotes: resolves "he" to the nearest earlier full name', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke on Friday.\n\n"The talks will continue," he said.';
    const q = run(text)[0] as Quote;
    expect(q.speaker?.text).toBe('Dmitry Peskov');
    expect(cut(text, q.speaker?.range)).toBe('he');
    expect(cut(text, q.speaker?.resolvedFrom)).toBe('Dmitry Peskov');
    expect(q.reasons).toContain('speaker:pronoun-resolved');
  });

  it('quotes: resolves a bare surname to the earlier full name', () => {
    const text = 'Maria Zakharova held a briefing. "We will respond," Zakharova said.';
    const q = run(text)[0] as Quote;
    expect(q.speaker?.text).toBe('Maria Zakharova');
    expect(cut(text, q.speaker?.range)).toBe('Zakharova');
  });

  it('quotes: resolves "the senator" to the name that carried that role', () => {
    const text = 'Senator Bernie Sanders spoke in Iowa. The senator said that the race was close.';
    const q = run(text)[0] as Quote;
    expect(q.speaker?.text).toBe('Bernie Sanders');
    expect(cut(text, q.speaker?.range)).toBe('The senator');
  });

  it('quotes: keeps a role phrase as the speaker ("a senior official")', () => {
    const text = '"No decision has been made," a senior official said.';
    expect(one(text).speaker).toBe('a senior official');
  });

  it('quotes: a quote-only sentence continues the previous speaker', () => {
    const text = '"We are ready," Anna Berg said. "The rest is up to them."';
    const qs = run(text);
    expect(qs).toHaveLength(2);
    expect(qs[1]?.speaker?.text).toBe('Anna Berg');
    expect(qs[1]?.reasons).toContain('direct:continuation');
  });
});

describe('quotes: more constructions', () => {
  it('quotes: "Experts say" takes a bare clause after a plural speaker', () => {
    expect(one('Experts say the economy is growing.')).toMatchObject({
      content: 'the economy is growing',
      speaker: 'Experts',
    });
  });

  it('quotes: an age apposition between the name and the cue is skipped', () => {
    const text = '"I am staying," Ms. O\'Neill, 54, told The Associated Press.';
    expect(one(text)).toMatchObject({ speaker: "Ms. O'Neill", via: ['The Associated Press'], direct: true });
  });

  it('quotes: a verb and a colon before a quotation in the next paragraph attribute it', () => {
    const text = 'The mayor wrote:\n\n“We will rebuild every house.”';
    expect(one(text)).toMatchObject({ content: '“We will rebuild every house.”', speaker: 'The mayor', cue: 'wrote' });
  });

  it('quotes: single quotes in a headline form a mixed quote', () => {
    const text = "Sanders said Clinton needs to 'get away from all of this' in the debates.";
    const q = run(text)[0] as Quote;
    expect(q.mixed).toBe(true);
    expect(q.fragments?.map((f) => cut(text, f))).toEqual(["'get away from all of this'"]);
  });

  it('quotes: stances ("criticised") are reported only with beliefs: true', () => {
    const text = 'The opposition criticised the budget as reckless.';
    expect(run(text)).toEqual([]);
    expect(run(text, true).map((q) => q.cue?.text)).toEqual(['criticised']);
  });

  it('quotes: "told" does not invert ("…, told The Associated Press" keeps the name before)', () => {
    const text = 'The storm hit the coast overnight, a resident told The Associated Press.';
    expect(one(text).speaker).toBe('a resident');
  });
});

describe('quotes: split quotations and coordination', () => {
  it('quotes: a quotation resumed after "X added," keeps the speaker', () => {
    const text = '“Turnout was high,” Blackwell added, “and the count will take two days.”';
    const qs = run(text);
    expect(qs.map((q) => [cut(text, q.content), q.speaker?.text])).toEqual([
      ['“Turnout was high,”', 'Blackwell'],
      ['“and the count will take two days.”', 'Blackwell'],
    ]);
    expect(qs[1]?.reasons[0]).toBe('direct:interrupted-quote');
  });

  it('quotes: "X said … and argued that …" gives two quotes by the same speaker', () => {
    const text = 'Lena Park said the vote was fair and argued that the recount was unnecessary.';
    const qs = run(text);
    expect(qs.map((q) => cut(text, q.content))).toEqual(['the vote was fair', 'that the recount was unnecessary']);
    expect(qs[1]?.speaker?.text).toBe('Lena Park');
  });
});

describe('quotes: partial quotes and passive frames', () => {
  it('quotes: a quoted phrase ending a clause before ", X said" makes the clause a mixed quote', () => {
    const text = 'The ministry stopped calling the neighbour a “direct threat”, spokesman Ivan Petrov said.';
    const q = one(text);
    expect(q.content).toBe('The ministry stopped calling the neighbour a “direct threat”');
    expect(q.direct).toBe(false);
    expect(q.speaker).toBe('spokesman Ivan Petrov');
  });

  it('quotes: "X was quoted as saying by TASS, as reported by Reuters" relays twice', () => {
    const text = '“We will study it,” Peskov was quoted as saying by the TASS news agency, as reported by Reuters.';
    const q = one(text);
    expect(q).toMatchObject({ speaker: 'Peskov', cue: 'was quoted as saying', direct: true, via: ['TASS', 'Reuters'] });
  });
});

describe('quotes: relays', () => {
  it('quotes: "told state news agency TASS" is a relay', () => {
    const text = '"Nothing is final," Peskov told state news agency TASS.';
    expect(one(text).via).toEqual(['TASS']);
  });

  it('quotes: "in remarks published by" and "as reported by" chain relays', () => {
    const text = 'Peskov said that the meeting was useful, in remarks published by TASS, as reported by Reuters.';
    const q = one(text);
    expect(q.content).toBe('that the meeting was useful');
    expect(q.via).toEqual(['TASS', 'Reuters']);
  });

  it('quotes: "according to Interfax" after an attribution is a relay, not a second speaker', () => {
    const text = 'The talks stalled, Peskov said, according to Interfax.';
    const q = one(text);
    expect(q.speaker).toBe('Peskov');
    expect(q.via).toEqual(['Interfax']);
  });

  it('quotes: "in a statement to TASS, X said" relays through TASS', () => {
    const text = 'In a statement to TASS, Lavrov said that the proposal was unacceptable.';
    const q = one(text);
    expect(q.speaker).toBe('Lavrov');
    expect(q.via).toEqual(['TASS']);
  });
});

describe('quotes: negatives', () => {
  it('quotes: scare quotes around a single word without a cue are not quotes', () => {
    expect(run('The so-called "reform" left most voters unimpressed.')).toEqual([]);
  });

  it('quotes: a book title in quotes is not a quote', () => {
    expect(run('Her book "The Long Winter" was published in 2019.')).toEqual([]);
  });

  it('quotes: a title in quotes before a speaker is not taken as the content', () => {
    const text = 'On "Meet the Press," Smith said that the bill would pass.';
    const q = one(text);
    expect(q.content).toBe('that the bill would pass');
  });

  it('quotes: apostrophes are not quote marks', () => {
    const text = "The officials' plan isn't new, and Russia's view hasn't changed.";
    expect(run(text)).toEqual([]);
  });

  it('quotes: "the United States" is no cue and a noun "claims" needs a speaker', () => {
    expect(run('Trade with the United States grew. His claims were rejected by the court.')).toEqual([]);
  });

  it('quotes: every quote carries reasons and a confidence in (0, 1)', () => {
    const text = '"Fine," she said. The port reopened, officials said.';
    for (const q of run(text)) {
      expect(q.reasons.length).toBeGreaterThan(0);
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThan(1);
    }
  });

  it('quotes: empty text, text without sentence ends and a long text give a result', () => {
    expect(run('')).toEqual([]);
    expect(Array.isArray(run('said said said " " " , , :'))).toBe(true);
    const long = '"Yes," he said. '.repeat(5000);
    const t0 = Date.now();
    expect(run(long).length).toBeGreaterThan(1000);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('quotes: issue 3 recall rules', () => {
  it("quotes: NYT-style '' marks pair as a double quotation", () => {
    const text = "''The bridge will open in May,'' said Ms. Varga, the city engineer.";
    expect(one(text)).toMatchObject({
      content: "''The bridge will open in May,''",
      speaker: 'Ms. Varga',
      direct: true,
    });
  });

  it("quotes: `` opening and '' closing marks pair as a double quotation", () => {
    const text = "``We are not selling the farm,'' Tomas Ruel said.";
    expect(one(text)).toMatchObject({ content: "``We are not selling the farm,''", speaker: 'Tomas Ruel' });
  });

  it("quotes: a '' title inside a sentence is not a quote", () => {
    expect(run("The so-called ''Harbor rule'' was dropped last year.")).toHaveLength(0);
  });

  it('quotes: a parenthetical attribution takes the whole sentence around it as content', () => {
    const text = 'The new ferry, Mayor Olsen said, would carry 400 cars a day.';
    expect(one(text)).toMatchObject({
      content: 'The new ferry, Mayor Olsen said, would carry 400 cars a day',
      speaker: 'Mayor Olsen',
      direct: false,
    });
  });

  it('quotes: a long subject with a prepositional phrase speaks for "said"', () => {
    const text = 'Experts on river ecology and flood control said the dam could fail within a decade.';
    const q = one(text);
    expect(q.mention).toBe('Experts on river ecology and flood control');
    expect(q.content).toBe('the dam could fail within a decade');
  });

  it('quotes: a loose subject is not taken from a relative clause', () => {
    const text = 'She hired a builder who said the roof was sound.';
    expect(run(text).every((q) => q.speaker?.text !== 'She hired a builder')).toBe(true);
  });
});
