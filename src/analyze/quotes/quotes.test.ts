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
