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

  it('quotes: mental states ("believes", "wants") are reported only with beliefs: true', () => {
    const text = 'The opposition believes the budget is reckless.';
    expect(run(text)).toEqual([]);
    expect(run(text, true).map((q) => q.cue?.text)).toEqual(['believes']);
    const want = 'The mayor wants a new bridge over the river.';
    expect(run(want)).toEqual([]);
    expect(run(want, true).map((q) => q.cue?.text)).toEqual(['wants']);
  });

  it('quotes: "criticised" is a communicative act reported by default, its object the content', () => {
    const text = 'The opposition criticised the budget as reckless.';
    expect(one(text)).toMatchObject({
      content: 'the budget as reckless',
      speaker: 'The opposition',
      cue: 'criticised',
    });
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

describe('quotes: communicative acts beyond "say"', () => {
  it('quotes: "accused X of Y" takes the object and its complement', () => {
    const text = 'The senator accused the agency of hiding the report.';
    expect(one(text)).toMatchObject({
      content: 'the agency of hiding the report',
      speaker: 'The senator',
      cue: 'accused',
    });
  });

  it('quotes: "called for X" joins the particle to the cue and takes what follows', () => {
    const text = 'Mayor Ann Cole called for a ban on plastic bags.';
    expect(one(text)).toMatchObject({ content: 'a ban on plastic bags', speaker: 'Mayor Ann Cole', cue: 'called for' });
  });

  it('quotes: "urged voters to …" skips the addressee and takes the infinitive', () => {
    const text = 'The governor urged voters to stay home on Sunday.';
    expect(one(text)).toMatchObject({ content: 'to stay home on Sunday', speaker: 'The governor', cue: 'urged' });
  });

  it('quotes: "vowed to …" and "criticized X for Y" are quotes by default', () => {
    expect(one('Ms. Reyes vowed to fight the ruling in court.')).toMatchObject({
      content: 'to fight the ruling in court',
      speaker: 'Ms. Reyes',
    });
    expect(one('The union criticized the company for cutting wages.')).toMatchObject({
      content: 'the company for cutting wages',
      speaker: 'The union',
      cue: 'criticized',
    });
  });

  it('quotes: "pointed out that" is a phrasal cue', () => {
    const text = 'The auditor pointed out that the accounts were incomplete.';
    expect(one(text)).toMatchObject({ content: 'that the accounts were incomplete', cue: 'pointed out' });
  });

  it('quotes: "calling him “a fraud”" after a clause is attributed to the main subject', () => {
    const text = 'Trump went after Bush, calling him “a total stiff.”';
    const q = one(text);
    expect(q.speaker).toBe('Trump');
    expect(q.cue).toBe('calling');
    expect(q.content).toContain('a total stiff');
  });

  it('quotes: a one-word object of a stance verb is content ("endorsed Clinton")', () => {
    expect(one('Governor Jerry Brown endorsed Clinton.')).toMatchObject({ content: 'Clinton', cue: 'endorsed' });
  });

  it('quotes: passives, nouns and acts without content are not quotes', () => {
    for (const text of [
      'He was criticized.',
      'The warning was issued on Monday.',
      'The Paris attacks killed 130 people.',
      'He called the police.',
      'Members of a group called the Freedom Caucus met on Monday.',
      'The mayor thanked.',
      'She denied.',
    ]) {
      expect(run(text), text).toEqual([]);
    }
  });

  it('quotes: "has been warning" and "is saying" are finite cues', () => {
    const text = 'Puerto Rico has been warning that it is running out of cash.';
    expect(one(text)).toMatchObject({ content: 'that it is running out of cash', speaker: 'Puerto Rico' });
  });

  it('quotes: "by saying" takes the subject of the main clause', () => {
    const text = 'Bolton distanced himself from the group by saying he would serve if asked.';
    expect(one(text)).toMatchObject({ content: 'he would serve if asked', speaker: 'Bolton', cue: 'saying' });
  });

  it('quotes: "released a statement saying" speaks for the subject who released it', () => {
    const text =
      'Maria Diaz resigned on Friday. At the time, she released a statement saying the board had misled her.';
    expect(one(text)).toMatchObject({ content: 'the board had misled her', speaker: 'Maria Diaz' });
  });
});

describe('quotes: documents, polls and studies', () => {
  it('quotes: "a poll found that", "the report shows", "data show", "the study concluded"', () => {
    const cases: [string, string, string][] = [
      ['A new poll found that most voters want a change.', 'A new poll', 'that most voters want a change'],
      ['The report shows that exports fell in May.', 'The report', 'that exports fell in May'],
      ['Data show exports fell in May.', 'Data', 'exports fell in May'],
      ['The study concluded that the drug was safe.', 'The study', 'that the drug was safe'],
    ];
    for (const [text, speaker, content] of cases) {
      const qs = run(text);
      expect(qs, text).toHaveLength(1);
      const q = qs[0] as Quote;
      expect(view(text, q), text).toMatchObject({ speaker, content });
      expect(q.speaker?.kind, text).toBe('document');
    }
  });

  it('quotes: a long document subject ("Exit polls taken in South Carolina found")', () => {
    const text = 'Exit polls taken in South Carolina found that most voters back a ban.';
    expect(one(text)).toMatchObject({
      speaker: 'Exit polls taken in South Carolina',
      content: 'that most voters back a ban',
    });
  });

  it('quotes: "find" and "show" with a person are no quotes ("he found that", "she showed that")', () => {
    expect(run('He found that the keys were missing.')).toEqual([]);
    expect(run('She showed that she can win.')).toEqual([]);
    expect(run('The show found an audience.')).toEqual([]);
  });

  it('quotes: "In a new CNN poll …, X leads" makes the poll the speaker; "in the polls" does not', () => {
    const text = 'In a new CNN poll released Tuesday, Clinton leads by five points.';
    const q = one(text);
    expect(q).toMatchObject({ speaker: 'a new CNN poll', content: 'Clinton leads by five points', cue: 'in' });
    expect(run('Donald Trump has a slight lead in the polls over Cruz in Indiana.')).toEqual([]);
  });
});

describe('quotes: headlines, colons, dashes and hard subjects', () => {
  it('quotes: a title-case headline "X Says Y" is a quote; a title without a cue is not', () => {
    expect(one('Trump Says Clinton Should Step Aside')).toMatchObject({
      speaker: 'Trump',
      cue: 'Says',
      content: 'Clinton Should Step Aside',
    });
    expect(run('The Big Game Starts At Noon On Sunday')).toEqual([]);
  });

  it('quotes: "Peskov: “…”" and "“…” — Peskov said" attribute the quotation', () => {
    expect(one('Peskov: “We have no plans to talk to them.”')).toMatchObject({
      speaker: 'Peskov',
      content: '“We have no plans to talk to them.”',
    });
    expect(one('“We will not back down” — Peskov said.')).toMatchObject({
      speaker: 'Peskov',
      content: '“We will not back down”',
      direct: true,
    });
  });

  it('quotes: "“…,” veteran analyst Charlie Cook wrote" skips the lower-case modifier', () => {
    const text = '“The Senate races could shift,” veteran analyst Charlie Cook wrote this week.';
    expect(one(text)).toMatchObject({ content: '“The Senate races could shift,”', direct: true });
  });

  it('quotes: a name with a long apposition before "said"', () => {
    const text =
      'Oliver Hedge, who appraises golf course properties for the brokerage firm Cushman & Wakefield in New York, said the industry had recovered.';
    expect(one(text)).toMatchObject({ speaker: 'Oliver Hedge', content: 'the industry had recovered' });
  });

  it('quotes: a share of people speaks ("Six in 10 say"); a count of states does not', () => {
    expect(one('Six in 10 say the economy is the top issue.')).toMatchObject({
      speaker: 'Six in 10',
      content: 'the economy is the top issue',
    });
    expect(run('On Super Tuesday, 11 states are in play.')).toEqual([]);
    expect(run('Ohio is one of 45 states where open carry is legal.')).toEqual([]);
  });

  it('quotes: "voters who say …" — the mention is "who", the speaker its antecedent', () => {
    const text = 'The party courted independent voters who say the economy is weak.';
    const q = one(text);
    expect(q).toMatchObject({ speaker: 'independent voters', mention: 'who', content: 'the economy is weak' });
    expect(run(text)[0]?.speaker?.resolvedFrom).toBeDefined();
  });

  it('quotes: "her call for …" is a quote of its owner, resolved like a pronoun', () => {
    const text = 'Senator Ann Cole spoke on Monday. Her call for a ban on imports surprised colleagues.';
    expect(one(text)).toMatchObject({ speaker: 'Ann Cole', mention: 'Her', content: 'a ban on imports', cue: 'call' });
  });

  it('quotes: a noun frame yields to the verb attribution around it', () => {
    const text = 'Smith said his claim that the vote was rigged had been misread.';
    const qs = run(text);
    expect(qs).toHaveLength(1);
    expect((qs[0] as Quote).cue?.text).toBe('said');
  });

  it('quotes: "In addition, according to X, …" takes the clause after the source', () => {
    const text = 'In addition, according to the department, nine million workers will get overtime.';
    expect(one(text)).toMatchObject({ speaker: 'the department', content: 'nine million workers will get overtime' });
  });
});

describe('quotes: subjects the phrase finder misses', () => {
  it('quotes: "He went on to say, “…”" and "took to Twitter to denounce" speak for the governing subject', () => {
    expect(one('He went on to say, “She once threw a Bible at an agent.”')).toMatchObject({
      speaker: 'He',
      cue: 'say',
      direct: true,
    });
    expect(one('Trump took to Twitter to denounce the ruling as a disgrace.')).toMatchObject({
      speaker: 'Trump',
      content: 'the ruling as a disgrace',
    });
    expect(run('It is hard to say whether the plan will work.')).toEqual([]);
    expect(run('She wants to say goodbye.')).toEqual([]);
  });

  it('quotes: "said Robert Antonacci of the New York delegation" names the person before "of"', () => {
    const text = '“There is just a passion for him,” said Robert Antonacci of the New York delegation.';
    expect(one(text)).toMatchObject({ speaker: 'Robert Antonacci', direct: true });
  });

  it('quotes: a question closing its own sentence is attributed by the next ("“…?” Mr. Manafort asked.")', () => {
    const text = '“Can we win Illinois?” Mr. Manafort asked.';
    expect(one(text)).toMatchObject({ speaker: 'Mr. Manafort', content: '“Can we win Illinois?”', direct: true });
  });

  it('quotes: "said, however, that …" skips the interjection', () => {
    const text = 'He said, however, that he hopes somebody else takes up the cause.';
    expect(one(text).content).toBe('that he hopes somebody else takes up the cause');
  });

  it('quotes: "X shook her head and said, “No.”" takes the subject of the first verb', () => {
    const text = 'Mrs. Clinton shook her head and said, “No.”';
    expect(one(text)).toMatchObject({ speaker: 'Mrs. Clinton', content: '“No.”' });
  });

  it('quotes: an apposition holding a quoted phrase before "said"', () => {
    const text = "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win Delaware.";
    expect(one(text)).toMatchObject({ speaker: 'Mr. Manafort', content: 'the candidate could win Delaware' });
  });

  it('quotes: "“…,” said the candidate could win" is not an inverted role speaker', () => {
    const text = '“We are ready,” said the candidate could win.';
    expect(run(text).every((q) => q.speaker?.text !== 'the candidate')).toBe(true);
  });

  it('quotes: plural subjects for "say": a share of voters, coordinated names; not a singular subject', () => {
    expect(one('At least half of voters in each state say the positions are about right.')).toMatchObject({
      speaker: 'At least half of voters in each state',
      content: 'the positions are about right',
    });
    expect(one('Governors Jeb Bush and Chris Christie say Rubio has not been tested.').content).toBe(
      'Rubio has not been tested',
    );
    expect(run('The senator say the plan is dead.')).toEqual([]);
  });

  it('quotes: a name with a long apposition after a quotation ("“…,” Mr. Daniloff, now 81 and …, said.")', () => {
    const text = "''We would have been in Siberia,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said.";
    expect(one(text)).toMatchObject({ speaker: 'Mr. Daniloff', content: "''We would have been in Siberia,''" });
  });

  it('quotes: a typeset “ closing a quotation after a word ("“Apparently not,“ he said.")', () => {
    const text = '“Apparently not,“ he said.';
    expect(one(text)).toMatchObject({ content: '“Apparently not,“', direct: true });
  });

  it('quotes: headline colons with a topic or a kicker ("Clinton to Planned Parenthood: …", "EXCLUSIVE – Roger Stone: …")', () => {
    expect(one('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade')).toMatchObject({
      speaker: 'Clinton',
      cue: ':',
      content: 'Trump will reverse Roe v. Wade',
    });
    expect(one('EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines')).toMatchObject({
      speaker: 'Roger Stone',
      content: 'Don’t Trust the Voting Machines',
    });
    expect(run('Update: The vote was moved to Friday morning.')).toEqual([]);
    expect(run('The result: Cruz must travel three hours to northern Iowa.')).toEqual([]);
  });

  it('quotes: a possessor is no speaker ("The Post\'s repeated requests", "Editor\'s note:")', () => {
    expect(run("The Washington Post's repeated requests for comment went unanswered.")).toEqual([]);
    expect(run('Sales rose 123 percent compared with the same period in 2012.')).toEqual([]);
    const text = 'Editor’s note: Donald Trump is a serial liar who has repeatedly pledged to ban all Muslims.';
    expect(run(text).map((q) => q.speaker?.text)).toEqual(['Donald Trump']);
  });

  it('quotes: an apostrophe inside an apposition is no quotation mark ("Jeff Weaver, Sanders’ campaign manager, said")', () => {
    const text = '“The numbers put our campaign on pace,” Jeff Weaver, Sanders’ campaign manager, said in a statement.';
    expect(one(text)).toMatchObject({ speaker: 'Jeff Weaver', direct: true });
  });

  it('quotes: "told me he …" skips the pronoun addressee', () => {
    expect(one('Murphy told me he had a relatively quiet life.').content).toBe('he had a relatively quiet life');
  });

  it('quotes: "according to" after "But", after a colon, and inside a sentence', () => {
    expect(one('But according to reports in the news media, he could not convince the family.')).toMatchObject({
      speaker: 'reports in the news media',
      content: 'he could not convince the family',
    });
    expect(one('He crossed the border after, according to him, the network censured his first report.').content).toBe(
      'He crossed the border after, according to him, the network censured his first report',
    );
    expect(one('The vote was close, according to officials, who asked not to be named.').content).toBe(
      'The vote was close',
    );
  });
});

describe('quotes: nesting, labels and participles', () => {
  it('quotes: a closing "…, the report said" is the outer attribution of a clause with its own cue', () => {
    const text = 'But the ministry still maintained that the dam was safe to use, the inspection report said.';
    expect(one(text)).toMatchObject({
      speaker: 'the inspection report',
      content: 'But the ministry still maintained that the dam was safe to use',
    });
    expect(one('The ministry maintained that the dam was safe to use.').speaker).toBe('The ministry');
  });

  it('quotes: "called the move a positive one" labels a thing; a call at a time is no quote', () => {
    expect(one("Lindqvist called the council's long-awaited decision a welcome step.")).toMatchObject({
      speaker: 'Lindqvist',
      content: "the council's long-awaited decision a welcome step",
    });
    expect(run('She called the embassy a day later.')).toEqual([]);
    expect(run('They called the hotline a second time.')).toEqual([]);
  });

  it('quotes: a participle used as an adjective is no cue ("the five declared nuclear powers", "his stated aim")', () => {
    expect(
      run('The plan would involve the five declared nuclear powers: the United States, Russia and China.'),
    ).toEqual([]);
    expect(run('The treaty fell short of his stated aim of a full ban on testing.')).toEqual([]);
    expect(one('The five declared that the treaty was dead.').content).toBe('that the treaty was dead');
  });
});

describe('quotes: possessors and coordinated predicates', () => {
  it('quotes: a name before "’s" is a possessor, not the subject of a coordinated cue', () => {
    const quotes = run(
      'Halvorsen’s report, released in a 40-page booklet, lists old grievances and warns of a coming drought in the valley.',
    );
    for (const q of quotes) expect(q.speaker?.text).not.toBe('Halvorsen');
    expect(one('Halvorsen arrived late and warned that the talks could fail.')).toMatchObject({ speaker: 'Halvorsen' });
  });

  it('quotes: a loose subject never ends in "and" ("… lists grievances and warns of …")', () => {
    const quotes = run("The board's plan lists old grievances and warns of a coming drought in the valley.");
    for (const q of quotes) expect(q.speaker?.text ?? '').not.toMatch(/\band$/);
  });
});

describe('quotes: group subjects', () => {
  it('quotes: "Nordic allies … and expressed concern" — the group noun is part of the speaker', () => {
    const text =
      'Nordic allies have watched the shift closely and expressed concern that the new tariffs could hurt trade.';
    expect(one(text).speaker).toBe('Nordic allies');
  });
});

describe('quotes: nested quotation marks', () => {
  it('quotes: a quotation ending in a nested one (“…, ‘Well done,’ ”) is attributed by the cue after it', () => {
    const text = `"Then you can walk off and say, 'Well done,' " said Bree Malvern, a volunteer.`;
    expect(one(text)).toMatchObject({ speaker: 'Bree Malvern', direct: true });
    const nyt = "''I would use the word 'old-school,''' Mr. Slaton said.";
    expect(one(nyt)).toMatchObject({ content: nyt.slice(0, nyt.indexOf(' Mr.')), speaker: 'Mr. Slaton' });
  });

  it('quotes: a quoted title before the speaker is not the content when a quotation follows the cue', () => {
    const text = 'Remarking on her "quiet patience," Starling said, "Leave that aside, she is a fighter."';
    expect(one(text)).toMatchObject({ content: '"Leave that aside, she is a fighter."', speaker: 'Starling' });
  });
});

describe('quotes: asked questions', () => {
  it('quotes: "Asked if …, X said no" gives the question (no speaker) and the one-word answer', () => {
    const text = 'Asked if he was ever bullied, the retired senator said no.';
    const qs = run(text).map((q) => view(text, q));
    expect(qs).toMatchObject([
      { content: 'if he was ever bullied', speaker: null, cue: 'Asked' },
      { content: 'no', speaker: 'the retired senator' },
    ]);
  });

  it('quotes: "asked by X whether …" names the asker; "when asked about …" has none', () => {
    const text = 'Rubio was asked by moderator Gerard Baker whether the credit would cost too much.';
    expect(one(text)).toMatchObject({
      content: 'whether the credit would cost too much',
      speaker: 'moderator Gerard Baker',
    });
    const about = '"It has been seven years," Marsh said, asked about the delay.';
    expect(run(about).map((q) => view(about, q).content)).toEqual(['"It has been seven years,"', 'the delay']);
  });

  it('quotes: "asked" without a question ("When asked, he declined", "She asked for help") is no quote', () => {
    expect(run('When asked, he declined to comment.')).toEqual([]);
    expect(run('She asked for help.')).toEqual([]);
    expect(run('The mayor asked the council a favor.')).toEqual([]);
  });

  it('quotes: a one-word clause is still no content without a question before it', () => {
    expect(run('The retired senator said no.')).toEqual([]);
  });
});

describe('quotes: subjects separated from the cue', () => {
  it('quotes: a restrictive relative clause between subject and cue ("X and others who want … said")', () => {
    const text = 'Hawkins and others who want to ban the practice said the ruling makes the choice stark.';
    expect(one(text)).toMatchObject({ speaker: 'Hawkins and others', content: 'the ruling makes the choice stark' });
  });

  it('quotes: no relative subject across punctuation or a coordinated verb', () => {
    expect(run('The voters who came, and those who left said nothing.')).toEqual([]);
    const text = 'Officials met the residents who live there and said the road will reopen.';
    for (const q of run(text)) expect(q.speaker?.text).not.toBe('the residents');
  });

  it('quotes: a dash pair or parenthesis between subject and cue', () => {
    const dash = 'Three in five insiders across the states — and two-thirds in New Hampshire — said the race is over.';
    expect(one(dash)).toMatchObject({ speaker: 'Three in five insiders across the states' });
    const paren = 'Many speakers at the service (including several local pastors and imams) said the loss was painful.';
    expect(one(paren)).toMatchObject({ speaker: 'Many speakers at the service', content: 'the loss was painful' });
  });

  it('quotes: a noun-like cue form ("the state capital") inside an apposition does not block it', () => {
    const text =
      'Michael Seaberg, who lives in an unincorporated area outside of the state capital, Sacramento, said he still hopes.';
    expect(one(text)).toMatchObject({ speaker: 'Michael Seaberg', content: 'he still hopes' });
  });

  it('quotes: a cue noun after a possessive sits inside a loose subject ("familiar with Cruz’s thinking")', () => {
    const text = 'Another source familiar with Cruz’s thinking said, “He will try to be friendlier.”';
    expect(one(text).speaker).toBe('Another source familiar with Cruz’s thinking');
  });

  it('quotes: "X, who has told A …, said B": the relative clause’s antecedent speaks for the second cue', () => {
    const text = 'Trump, who has told aides the issues are linked, said in a statement that he wants to save lives.';
    const qs = run(text).map((q) => view(text, q));
    expect(qs).toMatchObject([
      { speaker: 'Trump', cue: 'told' },
      { content: 'that he wants to save lives', speaker: 'Trump' },
    ]);
  });

  it('quotes: "X smiled and said, “…”": the subject of the verb before the conjunction', () => {
    const text = 'When asked whom she supported, Ms. Sherry smiled and said, "I am waiting for Bloomberg."';
    expect(run(text).at(-1)?.speaker?.text).toBe('Ms. Sherry');
  });

  it('quotes: a name in -ing opening the sentence before a finite cue ("Schilling told …")', () => {
    expect(one('Schilling told reporters that he never posted it.').speaker).toBe('Schilling');
    expect(run('Speaking in Ohio, the crowd cheered.')).toEqual([]);
  });
});

describe('quotes: cue frames', () => {
  it('quotes: "as X noted, …" attributes the main clause, before or after it', () => {
    expect(one('But as Clyburn noted, those voters will give Sanders a second look.')).toMatchObject({
      content: 'those voters will give Sanders a second look',
      speaker: 'Clyburn',
    });
    expect(one('Those voters will give Sanders a second look, as Clyburn noted.')).toMatchObject({
      content: 'Those voters will give Sanders a second look',
      speaker: 'Clyburn',
    });
  });

  it('quotes: "as" with a cue that takes an object is no as-clause ("As he said goodbye, …")', () => {
    for (const q of run('As he said goodbye, the crowd cheered.')) expect(q.reasons[0]).not.toBe('indirect:as-clause');
  });

  it('quotes: "Said X, “…”" opens the sentence with an inverted cue', () => {
    const text = 'Said Dorothy Poynter, who grew up with him, "We were all so proud of him."';
    expect(one(text)).toMatchObject({ speaker: 'Dorothy Poynter', content: '"We were all so proud of him."' });
  });

  it('quotes: an adverb between the cue and its quotation ("replied evenly, “…”")', () => {
    const text = 'Sanders replied evenly, "I think she knows that is not true."';
    expect(one(text)).toMatchObject({ speaker: 'Sanders', direct: true });
  });

  it('quotes: "did say" / "would argue" is finite for a singular subject; "did not respond" is no quote', () => {
    expect(one('But he did say he found the mayor very charming.')).toMatchObject({
      speaker: 'he',
      content: 'he found the mayor very charming',
    });
    expect(run('The campaign did not respond to a request for comment.')).toEqual([]);
    expect(run('Only time will tell if his staying power will last.')).toEqual([]);
  });
});

describe('quotes: quotation then a verb outside the lexicon', () => {
  it('quotes: "“…,” Trump barked" / "“…!” beamed Hartley" / "shot back"', () => {
    expect(one('“Go back to your seat,” Trump barked and a guard escorted him out.')).toMatchObject({
      content: '“Go back to your seat,”',
      speaker: 'Trump',
      cue: 'barked',
    });
    expect(one('“This is fantastic!” beamed Donald Hartley, a delegate.')).toMatchObject({
      speaker: 'Donald Hartley',
      cue: 'beamed',
    });
    const text = '"He wants to be a tough guy tonight," Trump shot back. "Let me talk."';
    expect(run(text).map((q) => view(text, q))).toMatchObject([
      { speaker: 'Trump', cue: 'shot back' },
      { content: '"Let me talk."', speaker: 'Trump' },
    ]);
  });

  it('quotes: a quoted title before a verb with an object, or a quotation ending in a full stop, is no quote', () => {
    expect(run('"The Apprentice," Trump hosted the show for years.')).toEqual([]);
    expect(run('"The polls are closed." Trump arrived later.')).toEqual([]);
  });
});

describe('quotes: clauses that are no content', () => {
  it('quotes: a dateline before a dash is no clause-then-cue content', () => {
    const text = 'WASHINGTON (AP) — Senator Hale called on the judge to resign.';
    expect(one(text)).toMatchObject({ content: 'the judge to resign', speaker: 'Senator Hale' });
    expect(one('The talks stalled — the minister said.').content).toBe('The talks stalled');
  });

  it('quotes: "…, he vows to impose a tax" takes the infinitive, not the introductory phrases before it', () => {
    const text = 'At rally after rally, to cheering crowds, he vows to impose a tax on imported cars.';
    expect(one(text)).toMatchObject({ content: 'to impose a tax on imported cars', speaker: 'he' });
    expect(one('The talks stalled, he said to reporters.').content).toBe('The talks stalled');
  });

  it('quotes: a subordinate clause after the cue ("said while promoting a film") is no content', () => {
    expect(run('Morano said while promoting a film about the climate.')).toEqual([]);
    expect(run('He told the story as he labored over the speech.')).toEqual([]);
    expect(one('Morano said the film about the climate was a hit.').content).toBe(
      'the film about the climate was a hit',
    );
  });
});

describe('quotes: plural and share subjects', () => {
  it('quotes: shares spelled in words ("one in four said", "all but two said")', () => {
    expect(one('Voters did poorly and one in four said the party was hostile.').speaker).toBe('one in four');
    expect(one('Most agreed, and all but two said the party should act.').speaker).toBe('all but two');
    expect(run('One said the plan was bad.')).toEqual([]);
    expect(run('The five declared powers met in Geneva.')).toEqual([]);
  });

  it('quotes: a loose subject after the last comma ("…, but security specialists say …")', () => {
    expect(one('It would be unusual, but security specialists say it is a realistic step.')).toMatchObject({
      speaker: 'security specialists',
      content: 'it is a realistic step',
    });
    expect(one('Indeed, proponents of more controls on speech say there is a link.').speaker).toBe(
      'proponents of more controls on speech',
    );
  });

  it('quotes: "the Khans say", "campaign workers here said", ", then says"', () => {
    expect(one('During the past year, the Khans say they have heard rising fears.').speaker).toBe('the Khans');
    expect(one('Her campaign workers here said they have been working the state.').speaker).toBe(
      'Her campaign workers',
    );
    expect(one('Kasich offered the man a job, then says he will welcome advice.')).toMatchObject({
      speaker: 'Kasich',
      content: 'he will welcome advice',
    });
  });

  it('quotes: a dashed aside between the cue and "that"', () => {
    const text = 'His chairman Paul Manafort said — on Twitter, as it happens — that they raised $4 million.';
    expect(one(text)).toMatchObject({ content: 'that they raised $4 million', speaker: 'His chairman Paul Manafort' });
  });
});

describe('quotes: verbs outside the lexicon before a quotation', () => {
  it('quotes: "X shot back: “…”", "as X put it: “…”", "X interjected, “…”"', () => {
    expect(one("Mr. Smith shot back: ''That would be good.''")).toMatchObject({
      speaker: 'Mr. Smith',
      cue: 'shot back',
    });
    expect(one("Or, as Tom Ridge, a former secretary, put it: ''The barbarians are inside.''")).toMatchObject({
      speaker: 'Tom Ridge',
      cue: 'put it',
    });
    expect(one('Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon.”')).toMatchObject({
      speaker: 'Silverman',
      cue: 'interjected',
    });
  });

  it('quotes: no verb-then-quote when the quotation is a title inside the clause', () => {
    expect(run('He hosted, "The Apprentice" for years.')).toEqual([]);
  });

  it('quotes: a question closing the previous paragraph is not the content of the next one’s cue', () => {
    const text =
      'Maher asked him, “That story has moved, has it not?”\n\nSanders responded, “It has. But people are hurting.”';
    const qs = run(text).map((q) => view(text, q));
    expect(qs.at(-1)).toMatchObject({ content: '“It has. But people are hurting.”', speaker: 'Sanders' });
  });
});

describe('quotes: addressees, asides and name words', () => {
  it('quotes: "…, the president told her." / "The solution, the partner told them, was simple."', () => {
    expect(one('Her husband was free and would soon be home, the president told her.')).toMatchObject({
      content: 'Her husband was free and would soon be home',
      speaker: 'the president',
    });
    expect(one('The solution, the partner told them, was simple.').speaker).toBe('the partner');
    expect(run('Later, the partner told them.')).toEqual([]);
  });

  it('quotes: "Of course, as X observed, …" / "And, as X reported, …"', () => {
    expect(one('Of course, as Joel Pollak observed, the biggest victor was the stage.')).toMatchObject({
      content: 'the biggest victor was the stage',
      speaker: 'Joel Pollak',
    });
  });

  it('quotes: "described, in blistering terms, a set of …": an aside between commas', () => {
    expect(one('Mr. Comey described, in fairly blistering terms, a set of practices that left her open.').content).toBe(
      'a set of practices that left her open',
    );
  });

  it('quotes: an all-capital "US" opens a speaker name; "us" does not', () => {
    expect(one('“We are proud of him!” US Senator Jeff Sessions said.').speaker).toBe('US Senator Jeff Sessions');
  });
});

describe('quotes: what a loose subject after a comma is not', () => {
  it('quotes: a participle or preposition after the comma is no subject ("…, obtained by AP, concluded")', () => {
    for (const text of [
      'A legal opinion drafted in May, obtained by AP, concluded that the centre was a foreign principal.',
      'The county, with its nominal capital in Terre Haute, says it picks winners.',
    ]) {
      for (const q of run(text)) expect(q.speaker?.text ?? '').not.toMatch(/^(obtained|with)\b/);
    }
  });

  it('quotes: "Having announced …" is no name in -ing', () => {
    for (const q of run('Having announced that he would run, the senator left.'))
      expect(q.speaker?.text).not.toBe('Having');
  });
});

describe('quotes: a colon before a quotation further from the verb', () => {
  it('quotes: "Kelly responded pointedly, with a smile: “…”" / "Clinton released the following statement: “…”"', () => {
    expect(one('Kelly responded pointedly, with a smile: “Can happen when you are 45.”')).toMatchObject({
      speaker: 'Kelly',
      cue: 'responded',
      content: '“Can happen when you are 45.”',
    });
    const text =
      'When Wallace died, President Clinton released the following statement:\n\n“We offer our condolences.”';
    expect(one(text)).toMatchObject({ speaker: 'President Clinton', cue: 'released' });
  });

  it('quotes: a thing as the subject of a verb outside the lexicon is no speaker ("The list included …: “…”")', () => {
    expect(run('The list included the following items: "Eggs and milk."')).toEqual([]);
  });
});

describe('quotes: clause-then-cue and complex subjects', () => {
  it('quotes: a clause opening with "this was …" is a clause, not an introductory phrase', () => {
    expect(one('But this was the first time it was activated like this, she said.').content).toBe(
      'But this was the first time it was activated like this',
    );
    expect(run('On Tuesday, she said.')).toEqual([]);
  });

  it('quotes: coordinated speakers before the cue ("he and Mr. Allen said")', () => {
    expect(one("It's about creating big audiences for advertisers, he and Mr. Allen said.").speaker).toBe(
      'he and Mr. Allen',
    );
  });

  it('quotes: "Aides to Clinton say", "sources close to her campaign say", "X, however, say"', () => {
    expect(one('Aides to Clinton say she is shifting her tack.').speaker).toBe('Aides to Clinton');
    expect(one('Rather, sources close to her campaign say she backs the president.').speaker).toBe(
      'sources close to her campaign',
    );
    expect(one('Proponents of the new bill, however, say it would keep safeguards in place.').speaker).toBe(
      'Proponents of the new bill',
    );
    expect(run('Voters want to Clinton say nothing.')).toEqual([]);
  });

  it('quotes: a base-form verb inside a relative apposition ("to help brands find suppliers") does not block it', () => {
    const text = 'Mr. Slinker, whose start-up uses big data to help brands find suppliers, said the plan was sound.';
    expect(one(text)).toMatchObject({ speaker: 'Mr. Slinker', content: 'the plan was sound' });
  });
});

describe('quotes: inverted speakers with post-modifiers', () => {
  it('quotes: "“…,” said one person with knowledge of …, who …" / "said a data expert who has worked …"', () => {
    const text =
      '"It was not convincing," said one Democrat familiar with the talks, who added that aides seemed rattled.';
    const qs = run(text).map((q) => view(text, q));
    expect(qs).toMatchObject([
      { content: '"It was not convincing,"', speaker: 'one Democrat' },
      { content: 'that aides seemed rattled', speaker: 'one Democrat', mention: 'who' },
    ]);
    expect(one('“It is going to be hard,” said a longtime GOP data expert who has worked for a rival.').speaker).toBe(
      'a longtime GOP data expert',
    );
    expect(one('"There never was an order," said the base chief known as Bob.').speaker).toBe('the base chief');
  });

  it('quotes: no post-modified speaker without a quotation before the cue', () => {
    const text = 'The plan stalled, said one person with a sigh of relief and a long story to tell about it.';
    for (const q of run(text)) expect(q.speaker?.text).not.toBe('one person');
  });
});

describe('quotes: adverbs before the cue', () => {
  it('quotes: "now" between the subject and the cue ("he now says", "but now said")', () => {
    expect(one('He now says the plan failed.')).toMatchObject({ speaker: 'He', content: 'the plan failed' });
    expect(one('Thomas Massie backed Rand Paul, but now said Trump had the opportunity.').speaker).toBe(
      'Thomas Massie',
    );
  });
});

describe('quotes: a "who" further from the cue', () => {
  it('quotes: "Weaver, who came out and endorsed Clinton" / "…, who, on a call Friday, criticized …"', () => {
    const text = 'The approach has won over Weaver, who came out and endorsed Clinton during a call.';
    expect(one(text)).toMatchObject({ speaker: 'Weaver', mention: 'who', cue: 'endorsed' });
    const aside = 'It was milder than her staff, who, on a call Friday, criticized Sanders for taking their data.';
    expect(one(aside)).toMatchObject({ speaker: 'her staff', mention: 'who', cue: 'criticized' });
  });

  it('quotes: "Jones, who lives nearby and works at the mill, said …" keeps Jones as the mention', () => {
    expect(one('Jones, who lives nearby and works at the mill, said the plant will close.').mention).toBe('Jones');
  });
});

describe('quotes: clauses mistaken for appositions, relatives and adjuncts', () => {
  it('quotes: "…, the race will be tight, said X" — a clause with a finite verb is no apposition', () => {
    const text =
      'Even as the campaign moves on, a state she hoped to carry, the race will be tight, said Dan Gerstein.';
    expect(one(text)).toMatchObject({ speaker: 'Dan Gerstein' });
    expect(one('Smith, a spokesman for the agency, said the plan failed.').speaker).toBe('Smith');
  });

  it('quotes: a relative "that" past the object is no complement ("…, that prohibits …")', () => {
    const text = 'The Democrats vowed to work to repeal the Hyde Amendment, that prohibits federal funding.';
    expect(one(text).content).toMatch(/^to work to repeal/);
    expect(one('He told reporters that the deal was off.').content).toBe('that the deal was off');
  });

  it('quotes: a long adjunct with no clause after the cue is no content ("said in a statement provided to X")', () => {
    expect(run('Packer said in a statement provided to the newspaper on Friday.')).toEqual([]);
    expect(one('Packer said in a statement that the ad raises new questions.').content).toBe(
      'that the ad raises new questions',
    );
  });
});

describe('quotes: a bare attribution after a quotation closed by a full stop', () => {
  it('quotes: "“A. B.” Trump said." attributes the quotation before it', () => {
    expect(one('“We will win. We always win.” Trump said.')).toMatchObject({
      content: '“We will win. We always win.”',
      speaker: 'Trump',
    });
  });

  it('quotes: not when a quotation or clause follows the cue ("“…” He added, “…”")', () => {
    const text = '“It is not ordinary.” He added, “In this case things happened.”';
    expect(one(text).content).toBe('“In this case things happened.”');
    expect(one('“We will win.” Trump said the plan was good.').content).toBe('the plan was good');
  });
});

describe('quotes: prepositional asides inside the content', () => {
  it('quotes: ", together with partner states," is an aside of the reported clause, not a second speaker', () => {
    const text =
      'The minister also announced that the Government of Kestria, together with partner states, has pledged 40 million euros to a reconstruction fund.';
    expect(one(text)).toMatchObject({
      speaker: 'The minister',
      content:
        'that the Government of Kestria, together with partner states, has pledged 40 million euros to a reconstruction fund',
    });
  });
});

describe('quotes: group speakers with a prepositional phrase, datelines, actions', () => {
  it('quotes: "Volunteers at the sports hall said" — the group, not the place, is the speaker', () => {
    expect(one('Volunteers at the sports hall said the most urgent needs were blankets.').speaker).toBe(
      'Volunteers at the sports hall',
    );
    expect(one('Rescuers in Halvik said the road was open again.').speaker).toBe('Rescuers in Halvik');
    expect(one('Aides to the senator said she would run.').speaker).toBe('Aides to the senator');
  });

  it('quotes: a clause-then-cue content starts after the dateline', () => {
    const text =
      'HALVIK, Estmark, Nov 27 — The death toll rose to 112 on Friday, the civil protection directorate said.';
    expect(one(text).content).toBe('The death toll rose to 112 on Friday');
  });

  it('quotes: a bare object of publish, post, discuss or declare is an action, not what was said', () => {
    expect(run('The council will publish updated shelter lists every morning.')).toEqual([]);
    expect(run('The government declared three days of national mourning.')).toEqual([]);
    expect(run('The ministers discussed the reconstruction fund on Monday.')).toEqual([]);
    expect(one('The ministry declared that the state of emergency was over.').content).toBe(
      'that the state of emergency was over',
    );
  });
});
