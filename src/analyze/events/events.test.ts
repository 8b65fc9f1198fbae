import { describe, expect, it } from 'vitest';
import { resolveMentions } from '../entities/resolve.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { findMentions } from '../ner/index.js';
import { splitSentences } from '../text/index.js';
import { type Event, findEvents, findHeadlineEvents } from './index.js';

const kb = loadKnowledgeBase();
const DATE = '2025-12-01';

function eventsOf(text: string, date = DATE): Event[] {
  const sentences = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  const { mentions } = resolveMentions(findMentions(text, sentences), kb, date);
  return findEvents(text, sentences, mentions, kb, { date });
}

/** "SOURCE CODE TARGET" per event ('-' for no target). */
function triples(text: string, date = DATE): string[] {
  return eventsOf(text, date).map((e) => `${e.source.actorCode} ${e.code} ${e.target?.actorCode ?? '-'}`);
}

describe('events: pattern families', () => {
  it('events: "welcomed" is praise (051), the Kremlin stands for the Russian government', () => {
    expect(triples("The Kremlin has welcomed a move by US President Donald Trump's administration.")).toEqual([
      'RUSGOV 051 USA',
    ]);
  });
  it('events: "demanded that Washington …" is a demand on the US government', () => {
    expect(triples('Russia demanded that Washington revise its stance.')).toEqual(['RUS 100 USAGOV']);
  });
  it('events: "ready to negotiate with" a list is intent to negotiate with each', () => {
    expect(triples('The United States is ready to negotiate with Russia, China, Britain and France.')).toEqual([
      'USA 036 RUS',
      'USA 036 CHN',
      'USA 036 GBR',
      'USA 036 FRA',
    ]);
  });
  it('events: criticism by a spokesman is his government’s (person → country + GOV)', () => {
    expect(triples('Kremlin spokesman Dmitry Peskov criticized the European Union on Monday.')).toEqual([
      'RUSGOV 111 IGOEUREEC',
    ]);
  });
  it('events: accuse → 112, condemn → 111', () => {
    expect(triples('China accused Japan of provoking tensions.')).toEqual(['CHN 112 JPN']);
    expect(triples('Turkey condemned Greece on Tuesday.')).toEqual(['TUR 111 GRC']);
  });
  it('events: "threatened to impose sanctions on" is a sanctions threat (1312)', () => {
    expect(triples('Iran threatened to impose sanctions on Britain.')).toEqual(['IRN 1312 GBR']);
  });
  it('events: "imposed sanctions on" is 163', () => {
    expect(triples('The European Union imposed new sanctions on Belarus.')).toEqual(['IGOEUREEC 163 BLR']);
  });
  it('events: meetings and talks are consultations (04)', () => {
    expect(triples('Egypt held talks with Jordan in Cairo.')).toEqual(['EGY 046 JOR']);
    expect(triples('India met with Pakistan on Friday.')).toEqual(['IND 040 PAK']);
  });
  it('events: "X and Y signed a treaty" is an agreement of each with the other', () => {
    expect(triples('Armenia and Azerbaijan signed a peace treaty.')).toEqual(['ARM 057 AZE', 'AZE 057 ARM']);
  });
  it('events: shelling by troops of a country is 194, the country adjective before "troops" is the actor', () => {
    expect(triples('Israeli troops shelled Hezbollah positions in southern Lebanon.')).toEqual(['ISR 194 LBNREB']);
  });
  it('events: arrests (173) and appeals (020)', () => {
    expect(triples('Israel detained two Palestinian activists.')).toEqual(['ISR 173 PSE']);
    expect(triples('France urged Iran to release the prisoners.')).toEqual(['FRA 020 IRN']);
  });
  it('events: "refused to release" is a refusal (1243)', () => {
    expect(triples('Iran refused to release British sailors.')).toEqual(['IRN 1243 GBR']);
  });
});

describe('events: what is not an event', () => {
  it('events: negated verbs are skipped', () => {
    expect(triples('Russia did not criticize the European Union.')).toEqual([]);
    expect(triples('Russia has never attacked Finland.')).toEqual([]);
  });
  it('events: modal and hypothetical verbs are skipped', () => {
    expect(triples('Russia could attack Ukraine.')).toEqual([]);
    expect(triples('If Russia attacks Ukraine, NATO will respond.')).toEqual([]);
  });
  it('events: questions are skipped', () => {
    expect(triples('Did Russia attack Ukraine?')).toEqual([]);
  });
  it('events: plans and expectations ("to attack") are skipped', () => {
    expect(triples('Russia plans to attack Ukraine.')).toEqual([]);
  });
  it('events: nouns that look like verbs are skipped ("the attack on")', () => {
    expect(triples('The attack on Ukraine shocked Europe.')).toEqual([]);
  });
  it('events: quoted speech is not narrated action', () => {
    expect(triples('Peskov said: "Ukraine attacked Russia."')).toEqual([]);
  });
  it('events: a source acting on itself is skipped', () => {
    expect(triples('Russia criticized Moscow-based Russia analysts.').every((t) => !t.startsWith('RUS 111 RUS '))).toBe(
      true,
    );
  });
  it('events: a passive without an agent has no source, so no event', () => {
    expect(triples('Ukraine was attacked on Monday.')).toEqual([]);
  });
});

describe('events: roles', () => {
  it('events: the passive swaps source and target', () => {
    expect(triples('Ukraine was attacked by Russia on Monday.')).toEqual(['RUS 190 UKR']);
    expect(triples('The European Union was criticized by China.')).toEqual(['CHN 111 IGOEUREEC']);
    expect(triples('Ukraine was attacked by the Russian army on Monday.')).toEqual(['RUS 190 UKR']);
  });
  it('events: a participle before "by" is passive without its auxiliary, with every agent of a list', () => {
    expect(triples('Greece pushed through budget cuts demanded by the European Union and the IMF.')).toEqual([
      'IGOEUREEC 100 GRC',
      'IGOWSTIMF 100 GRC',
    ]);
  });
  it('events: coordinated subjects with titles and modifiers ("Egyptian President X and Jordanian King Y")', () => {
    expect(triples('Egyptian President Hosni Mubarak and Jordanian King Hussein signed a peace accord.')).toEqual([
      'EGY 057 JOR',
      'JOR 057 EGY',
    ]);
  });
  it('events: a ", which …," clause is skipped when looking for the subject', () => {
    expect(triples('Russia, which has long opposed NATO, criticized Germany.')).toEqual(['RUS 111 DEU']);
    expect(triples('Cuba, a longtime ally of Russia, criticized the United States.')).toEqual(['CUB 111 USA']);
  });
  it('events: a place after "in" is not the subject', () => {
    expect(triples('After talks in Berlin, France criticized Iran.')).toEqual(['FRA 111 IRN']);
  });
  it('events: metonyms on both sides (Moscow, Washington)', () => {
    expect(triples('Moscow condemned Washington on Friday.')).toEqual(['RUSGOV 111 USAGOV']);
  });
});

describe('events: actors and targets by frame', () => {
  it('events: a plural demonym is the people of that country ("detained dozens of Cameroonians", "Kenyans protested")', () => {
    expect(triples('Nigerian troops detained dozens of Cameroonians.')).toEqual(['NGA 173 CMR']);
    expect(triples('Kenyans protested against the Ugandan government.')).toEqual(['KEN 140 UGA']);
  });
  it('events: coordinated country adjectives before an actor noun are each an actor ("Ethiopian and Eritrean sides")', () => {
    expect(triples('The Ethiopian and Eritrean sides agreed to resume talks.')).toEqual(['ETH 036 ERI', 'ERI 036 ETH']);
  });
  it('events: "of X" after a noun that is no actor yields to an actor before it; after an actor noun it stays', () => {
    expect(triples('The Kenyan and Somali negotiators in the capital of Ethiopia agreed to cooperate.')).toEqual([
      'KEN 030 SOM',
      'SOM 030 KEN',
    ]);
    expect(triples('Thousands of Iraqis protested on Friday.')).toEqual(['IRQ 140 -']);
  });
  it('events: a person holding an international post on the date takes its code, not their nationality', () => {
    expect(triples('Israel criticised Kofi Annan on Monday.', '2003-05-01')).toEqual(['ISR 111 IGOUNO']);
  });
  it('events: an apposition after the target is not a second target', () => {
    expect(triples('Spain criticised Kofi Annan, the UN secretary-general.', '2003-05-01')).toEqual(['ESP 111 IGOUNO']);
  });
  it('events: "from X" after a proposal noun names its author ("rejected a proposal from X")', () => {
    expect(triples('Armenia rejected a peace proposal from Azerbaijan on Friday.')).toEqual(['ARM 120 AZE']);
  });
  it('events: "from X" after a verb of taking names whom it was taken from', () => {
    expect(triples('Egyptian troops confiscated weapons from Libyan smugglers.')).toEqual(['EGY 1711 LBY']);
  });
  it('events: the place forces are deployed in is the target ("refused to deploy troops in X")', () => {
    expect(triples('Brazil has refused to deploy troops in Haiti.')).toEqual(['BRA 120 HTI']);
  });
  it("events: a frame that finds the source's own side is a domestic action, not coded", () => {
    expect(triples('Egyptian troops confiscated weapons from Egyptian smugglers.')).toEqual([]);
  });
  it('events: an unknown name takes the code of its apposition ("X, the British ambassador,")', () => {
    expect(triples('John Hartley, the British ambassador, criticised Iran on Monday.')).toEqual(['GBR 111 IRN']);
    expect(triples('Iran criticised John Hartley, the British ambassador, on Monday.')).toEqual(['IRN 111 GBR']);
    expect(triples('Acme Corp, a British company, criticised Iran.')).toEqual([]);
  });
  it('events: after "demanded that", the target is the subject of the clause, not an actor deeper in it', () => {
    expect(triples('Russia demanded that the government of Georgia withdraw.')).toEqual(['RUS 100 GEO']);
    expect(triples('Spain demanded that its fishing partners stop trading with Morocco.')).toEqual(['ESP 100 -']);
  });
  it('events: a name that opens a new clause ("and X has …", ", X could …") is neither target nor list member', () => {
    expect(triples('Russia criticised the plan and Ukraine has responded.')).toEqual(['RUS 111 -']);
    expect(triples('Tajikistan clashed with Kyrgyzstan, Uzbekistan could gain.')).toEqual(['TJK 190 KGZ']);
    expect(triples('Russia criticised Ukraine, Georgia and Moldova.')).toEqual([
      'RUS 111 UKR',
      'RUS 111 GEO',
      'RUS 111 MDA',
    ]);
  });
  it('events: the place of an attack is its target only when named as a country, not by an adjective', () => {
    expect(triples('Israeli jets attacked positions in Lebanon.')).toEqual(['ISR 190 LBN']);
    expect(triples('Syrian troops attacked rioters in the Egyptian square.')).toEqual(['SYR 190 -']);
  });
  it('events: a place after "in" or "from" is still no target without such a frame', () => {
    expect(triples('Japan rejected the plan at a meeting in China.')).toEqual(['JPN 120 -']);
  });
  it('events: the subject of a threat\'s "if" condition is its target', () => {
    expect(triples('Turkey threatened to close its border if Syria sends more refugees.')).toEqual(['TUR 130 SYR']);
  });
  it('events: a verb form ending a hyphenated compound is no action ("long-fought independence")', () => {
    expect(triples('Eritreans celebrated their long - fought independence from Ethiopia.')).toEqual([]);
  });
});

describe('events: records', () => {
  it('events: spans point into the text, with label, Goldstein score, confidence and reasons', () => {
    const text = 'Markets were calm. On Monday, Turkey condemned Greece.';
    const [e] = eventsOf(text);
    expect(e).toBeDefined();
    if (!e) return;
    expect(text.slice(e.start, e.end)).toBe('On Monday, Turkey condemned Greece.');
    expect(text.slice(e.cue.start, e.cue.end)).toBe(e.cue.text);
    expect(e.cue.text).toBe('condemned');
    expect(text.slice(e.source.start, e.source.end)).toBe('Turkey');
    expect(e.target && text.slice(e.target.start, e.target.end)).toBe('Greece');
    expect(e.label).toBe('Criticize or denounce');
    expect(e.goldstein).toBe(-2);
    expect(e.confidence).toBeGreaterThan(0.5);
    expect(e.reasons.length).toBeGreaterThan(1);
    expect(e.source.entityId).toBe('country:TUR');
  });
  it('events: empty text and text without actors yield nothing', () => {
    expect(eventsOf('')).toEqual([]);
    expect(eventsOf('It was attacked and criticized and condemned.')).toEqual([]);
  });
});

describe('events: approval and headlines', () => {
  it('events: "expressed support for" and "affirmed alignment with" are praise or endorse (051)', () => {
    expect(triples('Germany expressed support for the French proposal on Monday.')).toEqual(['DEU 051 FRA']);
    expect(triples('Brazil has affirmed its alignment with Argentina on trade.')).toEqual(['BRA 051 ARG']);
  });
  it('events: "expressed concern" is no approval', () => {
    expect(triples('Germany expressed concern about the French proposal.')).toEqual([]);
  });
  it('events: a title-case headline in the text is read with knowledge-base actors, not the tagger’s chunks', () => {
    const text = 'Kremlin Praises US Trade Plan on Global Issues\n\nThe talks went on.';
    const blocks = [
      { kind: 'heading' as const, start: 0, end: 46 },
      { kind: 'paragraph' as const, start: 48, end: text.length },
    ];
    const sentences = splitSentences(text, blocks);
    const { mentions } = resolveMentions(findMentions(text, sentences), kb, DATE);
    const found = findEvents(text, sentences, mentions, kb, { date: DATE });
    expect(found.map((e) => `${e.source.actorCode} ${e.code} ${e.target?.actorCode ?? '-'}`)).toEqual([
      'RUSGOV 051 USA',
    ]);
  });
  it('events: a title outside the text is read when it is a headline; people count only when the article names them', () => {
    const text = 'Donald Trump spoke on Monday.';
    const sentences = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
    const { mentions } = resolveMentions(findMentions(text, sentences), kb, DATE);
    const targets = (title: string, m = mentions) =>
      findHeadlineEvents(title, m, kb, { date: DATE }).map((e) => e.target?.actorCode ?? '-');
    expect(targets('Kremlin Praises Trump’s Strategy Shift')).toEqual(['USAGOV']);
    expect(targets('Kremlin Praises Trump’s Strategy Shift', [])).toEqual(['-']);
    expect(targets('Russia praised the United States on Monday.')).toEqual([]);
  });
});

describe('events: intent nouns, listed parties and conditional demands', () => {
  it('events: "signaled openness to participating in … talks that would involve X, Y and Z" → 036 with each party', () => {
    expect(
      triples(
        'Germany signaled openness to participating in new talks on fishing rights that would involve the coastal states: Norway, Iceland and Denmark.',
      ),
    ).toEqual(['DEU 036 NOR', 'DEU 036 ISL', 'DEU 036 DNK']);
    expect(triples('Japan expressed readiness to negotiate with South Korea.')).toEqual(['JPN 036 KOR']);
  });

  it('events: an intent noun without a negotiating verb or object is no event', () => {
    expect(triples('Germany signaled openness to participating in the marathon in Norway.')).toEqual([]);
    expect(triples('Japan expressed readiness to host the games.')).toEqual([]);
  });

  it('events: "X says talks cannot go on unless Y acts" is a demand of X on Y', () => {
    expect(triples('Serbia says talks on the border cannot resume unless Kosovo withdraws its police.')).toEqual([
      'SRB 100 KSV',
    ]);
    expect(triples('Moscow warned there would be no talks until Kyiv withdraws its forces.')).toContain(
      'RUSGOV 100 UKRGOV',
    );
  });

  it('events: a condition without a refusal of talks, or of the speaker itself, is no demand', () => {
    expect(triples('Germany said it could not confirm the report until France publishes its data.')).toEqual([]);
    expect(triples('Austria said the talks would go ahead unless the weather turns.')).toEqual([]);
  });
});
