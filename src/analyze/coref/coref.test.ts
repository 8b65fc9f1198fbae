import { describe, expect, it } from 'vitest';
import { resolveMentions } from '../entities/resolve.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { findMentions } from '../ner/index.js';
import { findQuotes } from '../quotes/index.js';
import { splitSentences } from '../text/index.js';
import { type CorefResult, resolveCoreference } from './index.js';

const kb = loadKnowledgeBase();

function run(text: string, date?: string): CorefResult {
  const sentences = splitSentences(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
  const resolved = resolveMentions(findMentions(text, sentences), kb, date);
  return resolveCoreference({ text, sentences, resolved, kb, date, quotes: findQuotes(text, sentences) });
}

const byText = (r: CorefResult, text: string) => r.mentions.filter((m) => m.text === text);
const roleOf = (r: CorefResult, text: string) => byText(r, text).find((m) => m.resolution === 'role')?.entityId;

describe('entities: role phrases', () => {
  it('entities: "the Kremlin spokesman" in a 2025 article is Dmitry Peskov', () => {
    const r = run('The Kremlin spokesman said on Monday that Moscow was ready for talks.', '2025-12-08');
    const m = byText(r, 'Kremlin spokesman')[0];
    expect(m).toMatchObject({ entityId: 'person:dmitry-peskov', resolution: 'role', type: 'person' });
    expect(m?.reason).toContain('2025-12-08');
    expect(r.entities.some((e) => e.id === 'person:dmitry-peskov' && !e.provisional)).toBe(true);
    // The Kremlin itself stays a mention of its own.
    expect(byText(r, 'Kremlin')[0]?.entityId).toBe('place:RUS:the-kremlin');
  });

  it('entities: country, body and possessive role phrases name the holder on the date', () => {
    const text =
      "Russia's foreign ministry spokeswoman accused Washington of stalling. The US secretary of state met the " +
      'German chancellor in Berlin, and the UN secretary-general called for calm.';
    const now = run(text, '2025-12-08');
    expect(roleOf(now, "Russia's foreign ministry spokeswoman")).toBe('person:maria-zakharova');
    expect(roleOf(now, 'US secretary of state')).toBe('person:marco-rubio');
    expect(roleOf(now, 'German chancellor')).toBe('person:friedrich-merz');
    expect(roleOf(now, 'UN secretary-general')).toBe('person:antonio-guterres');
    const then = run(text, '2014-05-01');
    expect(roleOf(then, 'US secretary of state')).toBe('person:john-kerry');
    expect(roleOf(then, 'German chancellor')).toBe('person:angela-merkel');
  });

  it('entities: without an article date a role phrase is not resolved, and a note says why', () => {
    const r = run('The Kremlin spokesman said on Monday that Moscow was ready for talks.');
    expect(r.mentions.filter((m) => m.resolution === 'role')).toEqual([]);
    expect(r.notes.find((n) => n.kind === 'role')?.reason).toMatch(/no date/);
    expect(r.entities.some((e) => e.id === 'person:dmitry-peskov')).toBe(false);
  });

  it('entities: "spokesman Dmitry Peskov" is one mention of Peskov, with the role as its context', () => {
    for (const text of [
      'Kremlin spokesman Dmitry Peskov said the plan was useful.',
      'Dmitry Peskov, the Kremlin spokesman, said the plan was useful.',
    ]) {
      const r = run(text, '2025-12-08');
      const people = r.mentions.filter((m) => m.type === 'person');
      expect(people).toHaveLength(1);
      expect(people[0]).toMatchObject({ text: 'Dmitry Peskov', entityId: 'person:dmitry-peskov' });
      expect(people[0]?.role?.text).toBe('Kremlin spokesman');
    }
  });

  it('entities: a bare title names only a holder named earlier in the article', () => {
    expect(roleOf(run('The chancellor was in London on Monday.', '2025-12-08'), 'chancellor')).toBeUndefined();
    const r = run('Friedrich Merz flew to Paris. The chancellor met Emmanuel Macron there.', '2025-12-08');
    expect(roleOf(r, 'chancellor')).toBe('person:friedrich-merz');
    const two = run('Vladimir Putin called Donald Trump. The president said the call was long.', '2025-12-08');
    expect(roleOf(two, 'president')).toBeUndefined();
  });

  it('entities: "former", "a", a person\'s possessive or an unknown body keep a phrase from naming a holder', () => {
    const r = run(
      "The former German chancellor spoke. A Kremlin spokesman declined to comment. Putin's spokesman was silent. " +
        'The president of the company resigned. The Russian leader was away.',
      '2025-12-08',
    );
    expect(r.mentions.filter((m) => m.resolution === 'role')).toEqual([]);
  });
});

describe('entities: pronouns', () => {
  it('entities: "Zakharova" after "Maria Zakharova" and "she" after that are one entity', () => {
    const r = run(
      'Kremlin spokesman Dmitry Peskov said the plan was useful. Maria Zakharova, the Foreign Ministry ' +
        'spokeswoman, disagreed. Zakharova said the text was vague. She added that talks would continue.',
      '2025-12-08',
    );
    const ids = ['Maria Zakharova', 'Zakharova', 'She'].map((t) => byText(r, t)[0]?.entityId);
    expect(ids).toEqual(['person:maria-zakharova', 'person:maria-zakharova', 'person:maria-zakharova']);
    expect(byText(r, 'She')[0]?.resolution).toBe('pronoun');
  });

  it('entities: with two candidate persons a pronoun stays unresolved', () => {
    const r = run('Peskov met Lavrov in Moscow. He said the talks were useful.', '2025-12-08');
    expect(r.mentions.filter((m) => m.resolution === 'pronoun')).toEqual([]);
    expect(r.notes.find((n) => n.text === 'He')?.reason).toMatch(/2 people/);
  });

  it('entities: title cues tell two people apart by gender', () => {
    const r = run('Ms Kallas met Mr Rubio in Brussels. She said the talks were open. He disagreed.', '2025-12-08');
    expect(byText(r, 'She')[0]?.entityId).toBe('person:kaja-kallas');
    expect(byText(r, 'He')[0]?.entityId).toBe('person:marco-rubio');
  });

  it('entities: the one person of the previous sentence takes "he" and a sentence-initial "His"', () => {
    const r = run(
      'Vladimir Putin arrived in Beijing on Monday. He met officials. His aides stayed behind.',
      '2025-12-08',
    );
    expect(byText(r, 'He')[0]?.entityId).toBe('person:vladimir-putin');
    expect(byText(r, 'His')[0]?.entityId).toBe('person:vladimir-putin');
  });

  it('entities: pronouns inside quotes and in a leading subordinate clause are left alone', () => {
    const r = run('Emmanuel Macron visited Kyiv. "He is tired," an aide said. After he left, Zelensky thanked France.');
    expect(r.mentions.filter((m) => m.resolution === 'pronoun')).toEqual([]);
  });

  it('entities: "her" as an object is not a pronoun mention', () => {
    const r = run('Maria Zakharova arrived late. Reporters asked her about the talks.', '2025-12-08');
    expect(r.mentions.filter((m) => m.resolution === 'pronoun')).toEqual([]);
  });

  it('entities: "they" names an organisation only when it is the lone subject and no group is near', () => {
    const one = run(
      'The European Commission said on Monday it would review the plan. They added that a decision was due.',
    );
    expect(byText(one, 'They')[0]).toMatchObject({ entityId: 'org:igo:european-commission', type: 'organisation' });
    const group = run('NATO said it would send more troops. They added that the deployment would take weeks.');
    expect(byText(group, 'They')).toEqual([]);
    const person = run('Peskov said NATO was wrong. They added nothing.');
    expect(byText(person, 'They')).toEqual([]);
  });

  it('entities: pronoun and role mentions add no entity but the office-holder, and keep spans exact', () => {
    const text = 'Friedrich Merz met Ms Kallas. She said the Kremlin spokesman was wrong. He laughed.';
    const names = (() => {
      const sentences = splitSentences(text, [{ start: 0, end: text.length, kind: 'paragraph' }]);
      return resolveMentions(findMentions(text, sentences), kb, '2025-12-08');
    })();
    const r = run(text, '2025-12-08');
    const added = r.entities.filter((e) => !names.entities.some((n) => n.id === e.id)).map((e) => e.id);
    expect(added).toEqual(['person:dmitry-peskov']);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < r.mentions.length; i++)
      expect(r.mentions[i]!.start).toBeGreaterThanOrEqual(r.mentions[i - 1]!.start);
  });

  it('entities: a name the tagger missed ("Mr. Leenders") or a kin noun keeps a pronoun from the wrong person', () => {
    const missed = run(
      'Donald Trump spoke first. Mr. Leenders, a union official, said he voted for Barack Obama.',
      '2016-03-01',
    );
    expect(byText(missed, 'he')).toEqual([]);
    const kin = run(
      'Rachel Berg spoke. Along with her husband, Milton Berg, a money manager, she has given to many candidates.',
    );
    expect(byText(kin, 'she')[0]?.entityId).not.toBe(byText(kin, 'Milton Berg')[0]?.entityId);
  });

  it('entities: an unnamed "the chairman" nearby leaves a pronoun unresolved', () => {
    const r = run(
      'Donald Trump criticised the party. The chairman said on Sunday that he opposed any change.',
      '2016-03-01',
    );
    expect(byText(r, 'he')).toEqual([]);
    expect(r.notes.find((n) => n.text === 'he')?.reason).toMatch(/unknown name|unresolved/);
  });

  it('entities: a possessive is not the subject "they" refers back to', () => {
    const r = run("Switzerland's political system lets anyone call a referendum if they gather 100,000 signatures.");
    expect(byText(r, 'they')).toEqual([]);
  });
});

describe('entities: role phrases and the rest of the article', () => {
  it('entities: "the spokesman who …" introduces someone and is not the spokesperson named earlier', () => {
    const r = run(
      'According to the Foreign Ministry, spokesperson Maria Zakharova criticised the plan. The United States ' +
        'offered talks. The spokesman who delivered these remarks framed them as a first step.',
      '2025-12-08',
    );
    expect(r.mentions.filter((m) => m.resolution === 'role')).toEqual([]);
  });

  it('entities: a role mention whose title has the other gender than its holder in the article is dropped', () => {
    const r = run(
      "Ms Zakharova spoke on Monday. The spokesman for Russia's foreign ministry said talks would go on.",
      '2025-12-08',
    );
    expect(r.mentions.filter((m) => m.resolution === 'role')).toEqual([]);
    expect(r.notes.some((n) => n.kind === 'role' && /other gender/.test(n.reason))).toBe(true);
  });
});
