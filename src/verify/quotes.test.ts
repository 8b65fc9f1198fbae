import { describe, expect, it } from 'vitest';
import { matchQuotes } from './quotes.js';
import { storyArticle } from './testing.js';

const quoteOf = (text: string, origin: string) => storyArticle(text, { origin });

describe('verify quotes', () => {
  it('verify: the same words from two origins are a corroborated quote', () => {
    const a = quoteOf('"We will look at every line of the proposal," Dmitry Peskov told reporters on Monday.', 'o1');
    const b = quoteOf('"We will look at every line of the proposal," said Kremlin spokesman Dmitry Peskov.', 'o2');
    const f = matchQuotes([a, b]).find((q) => q.origins === 2);
    expect(f).toMatchObject({ kind: 'quote', status: 'corroborated', property: 'quote' });
    expect(f?.variant).toBeUndefined();
  });

  it('verify: changed wording of one speaker is a wording variant', () => {
    const a = quoteOf('"We will study every line of the new harbour proposal carefully," Dmitry Peskov said.', 'o1');
    const b = quoteOf('"We will study the harbour proposal carefully," Dmitry Peskov told reporters.', 'o2');
    const f = matchQuotes([a, b]).find((q) => q.origins === 2);
    expect(f?.variant).toBe('wording');
    expect(f?.values.length).toBe(2);
  });

  it("verify: the same words put in two speakers' mouths are a speaker variant and unclear", () => {
    const a = quoteOf('"We will look at every line of the proposal," Dmitry Peskov told reporters.', 'o1');
    const b = quoteOf('"We will look at every line of the proposal," Maria Zakharova told reporters.', 'o2');
    const f = matchQuotes([a, b]).find((q) => q.origins === 2);
    expect(f).toMatchObject({ status: 'unclear', variant: 'speaker' });
    expect(f?.reasons.join(' ')).toMatch(/different speakers/);
  });

  it('verify: unrelated quotes are not matched', () => {
    const a = quoteOf('"The talks have stalled," Dmitry Peskov told reporters.', 'o1');
    const b = quoteOf('"Fishing will be closed all season," Maria Zakharova said.', 'o2');
    expect(matchQuotes([a, b]).every((q) => q.origins === 1)).toBe(true);
  });
});
