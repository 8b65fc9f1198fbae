import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/types.js';
import { splitSentences } from '../text/index.js';
import { emptyGazetteer, findMentions, type Mention } from './index.js';

function mentionsOf(text: string): Mention[] {
  const blocks: Block[] = [{ start: 0, end: text.length, kind: 'paragraph' }];
  return findMentions(text, splitSentences(text, blocks));
}

const typed = (ms: readonly Mention[]): string[] => ms.map((m) => `${m.text}/${m.type}`);

describe('findMentions', () => {
  it('findMentions: a Kremlin spokesman in Moscow is a person and a place', () => {
    const ms = mentionsOf(
      'Kremlin spokesman Dmitry Peskov told reporters in Moscow on Friday that talks would continue.',
    );
    expect(typed(ms)).toContain('Dmitry Peskov/person');
    expect(typed(ms)).toContain('Moscow/place');
  });

  it('findMentions: "the European Commission" is an organisation', () => {
    const ms = mentionsOf('The proposal was rejected by the European Commission in a statement on Tuesday.');
    expect(typed(ms)).toContain('European Commission/organisation');
  });

  it('findMentions: a country the gazetteer knows is typed country', () => {
    const ms = mentionsOf('Officials said Russia and Ukraine would meet again after the ceasefire collapsed.');
    expect(typed(ms)).toEqual(expect.arrayContaining(['Russia/country', 'Ukraine/country']));
  });

  it('findMentions: spans lie inside the text and match it', () => {
    const text =
      'Foreign Ministry spokeswoman Maria Zakharova said on Sunday that Washington "must stop".\n\nThe United Nations called for calm.';
    for (const m of mentionsOf(text)) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThan(1);
    }
  });

  it('findMentions: same input, same output', () => {
    const text = 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin, the Elysee said.';
    expect(mentionsOf(text)).toEqual(mentionsOf(text));
  });

  it('findMentions: empty text and text without sentence ends do not crash', () => {
    expect(mentionsOf('')).toEqual([]);
    const long = 'the talks in Geneva went on and on '.repeat(2000);
    const ms = mentionsOf(long);
    expect(ms.every((m) => long.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('findMentions: still tags names without the knowledge base', () => {
    const text = 'The lawyer John Smith said the company would appeal.';
    const blocks: Block[] = [{ start: 0, end: text.length, kind: 'paragraph' }];
    const ms = findMentions(text, splitSentences(text, blocks), { gazetteer: emptyGazetteer });
    expect(typed(ms)).toContain('John Smith/person');
  });
});
