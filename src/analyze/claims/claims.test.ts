import { describe, expect, it } from 'vitest';
import { splitSentences } from '../text/index.js';
import { findClaims } from './claims.js';
import type { Claim, ClaimContext } from './types.js';

const claimsOf = (text: string, context: ClaimContext = {}): Claim[] =>
  findClaims(text, splitSentences(text, [{ start: 0, end: text.length, kind: 'paragraph' }]), context);
const byKind = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);

/** Marks the text inside [ ] as a quote content; returns the text without the brackets and the content range. */
function quoted(marked: string): { text: string; content: { start: number; end: number } } {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { text: marked.replace('[', '').replace(']', ''), content: { start, end } };
}

describe('findClaims', () => {
  it('claims: "a 29-page strategy document" is a pages claim about the strategy document', () => {
    const [c] = byKind(claimsOf('The White House published a 29-page strategy document on Thursday.'), 'count');
    expect(c).toMatchObject({
      kind: 'count',
      value: 29,
      unit: 'page',
      subject: 'the strategy document',
      property: 'length.pages',
    });
    expect(c?.assertedBy).toEqual({ kind: 'outlet' });
  });

  it('claims: a statistic inside a quote credited to "a recent X study" is asserted by an unnamed study', () => {
    const { text, content } = quoted(
      'According to a recent Harbour Institute study, [turnout fell in nearly two-thirds of the districts].',
    );
    const [c] = byKind(
      claimsOf(text, { quotes: [{ content, speaker: { text: 'a recent Harbour Institute study' } }] }),
      'percent',
    );
    expect(c?.assertedBy).toEqual({ kind: 'study', text: 'a recent Harbour Institute study', unnamed: true });
  });

  it('claims: "made public on Tuesday" is the date of a statement', () => {
    const [c] = byKind(claimsOf('The assessment, made public on Tuesday, surprised the council.'), 'date');
    expect(c?.property).toBe('date.statement');
  });

  it('claims: "the document is 33 pages long" has the same subject and property', () => {
    const [c] = byKind(claimsOf('The document is 33 pages long, officials said.'), 'count');
    expect(c).toMatchObject({ value: 33, subject: 'the document', property: 'length.pages' });
  });

  it('claims: "the death toll rose to 1,200" is about deaths', () => {
    const [c] = byKind(claimsOf('The death toll rose to more than 1,200 on Monday.'), 'count');
    expect(c).toMatchObject({ value: 1200, subject: 'the death toll', property: 'deaths', hedge: 'more than' });
  });

  it('claims: "more than 640 people were injured" is about the injured', () => {
    const [c] = byKind(claimsOf('More than 640 people were injured in the attack.'), 'count');
    expect(c).toMatchObject({ value: 640, property: 'injured', hedge: 'more than' });
  });

  it("claims: a claim inside a quote is asserted by the quote's speaker", () => {
    const { text, content } = quoted('"[Nearly 300 soldiers were killed]," the general said.');
    const quotes = [{ content, speaker: { text: 'the general' } }];
    const [c] = byKind(claimsOf(text, { quotes }), 'count');
    expect(c).toMatchObject({ value: 300, property: 'deaths', hedge: 'nearly' });
    expect(c?.assertedBy).toEqual({ kind: 'speaker', text: 'the general' });
  });

  it('claims: "according to a recent study" is an unnamed study', () => {
    const text =
      'According to a recent Pew Research Center study, nearly two-thirds of countries saw nationalism rise.';
    const [c] = byKind(claimsOf(text), 'percent');
    expect(c).toMatchObject({ value: 66.7, unit: '%', property: 'percent.countries', hedge: 'nearly' });
    expect(c?.assertedBy).toEqual({ kind: 'study', text: 'a recent Pew Research Center study', unnamed: true });
    expect(c?.reasons).toContain('source: study without title, author or link');
  });

  it('claims: a study with an author and a year is not unnamed', () => {
    const text = 'A 2023 study by Maria Lopez published in The Lancet found that 40% of adults slept badly.';
    const [c] = byKind(claimsOf(text), 'percent');
    expect(c?.assertedBy).toMatchObject({ kind: 'study', unnamed: false });
  });

  it('claims: "research shows" is a study', () => {
    const [c] = byKind(claimsOf('Research shows that 3 in 10 adults skip breakfast.'), 'percent');
    expect(c?.assertedBy).toMatchObject({ kind: 'study', text: 'Research', unnamed: true });
  });

  it('claims: "the document states" is asserted by the document', () => {
    const [c] = byKind(claimsOf('The document states that 12 countries signed the pact.'), 'count');
    expect(c?.assertedBy).toEqual({ kind: 'document', text: 'The document' });
  });

  it('claims: money carries its currency and the amount property', () => {
    const [c] = byKind(claimsOf('The European Union approved a €40 million aid package for Moldova.'), 'money');
    expect(c).toMatchObject({ value: 4e7, currency: 'EUR', unit: 'EUR', property: 'amount' });
  });

  it('claims: ranks and quantities', () => {
    const claims = claimsOf('Germany is the third-largest exporter and the quake had a magnitude 6.4 reading.');
    expect(byKind(claims, 'rank')[0]).toMatchObject({ value: 3, property: 'rank.largest' });
    expect(byKind(claims, 'quantity')[0]).toMatchObject({ value: 6.4, unit: 'magnitude', property: 'magnitude' });
  });

  it('claims: dates are resolved and a speech date is told apart from an event date', () => {
    const claims = claimsOf('Peskov said on Sunday that Russia annexed Crimea in 2014.', { articleDate: '2025-12-08' });
    const dates = byKind(claims, 'date');
    expect(dates.map((d) => [d.value, d.property])).toEqual([
      ['2025-12-07', 'date.statement'],
      ['2014', 'date'],
    ]);
    expect(dates[1]?.subject).toBe('Russia annexed Crimea');
  });

  it('claims: "nearly four-year-old war" is a duration of the war with its implied start', () => {
    const [c] = byKind(
      claimsOf('The nearly four-year-old war shows no sign of ending.', { articleDate: '2025-12-08' }),
      'duration',
    );
    expect(c).toMatchObject({ value: 'P4Y', subject: 'the war', hedge: 'nearly', startsAt: '2021-12' });
  });

  it('claims: a factual sentence naming actors is a statement claim', () => {
    const claims = claimsOf('The European Union imposed sanctions on Russian banks after the invasion of Ukraine.');
    expect(byKind(claims, 'statement')).toHaveLength(1);
    expect(claims[0]?.value).toBeNull();
  });

  it('claims: opinions, questions and small talk are not claims', () => {
    const text = 'I think we should be proud of what we do. What will you do about it? Thank you very much.';
    expect(claimsOf(text)).toEqual([]);
  });

  it('claims: each claim covers its sentence and carries a score in [0, 1] with reasons', () => {
    const text = 'Rain fell. Officials said 40 people died in floods in March 2024.';
    const claims = claimsOf(text, { articleDate: '2025-01-10' });
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe('Officials said 40 people died in floods in March 2024.');
      expect(c.checkWorthy).toBeGreaterThanOrEqual(0);
      expect(c.checkWorthy).toBeLessThanOrEqual(1);
      expect(c.reasons.length).toBeGreaterThan(0);
    }
    expect(byKind(claims, 'count')[0]?.property).toBe('deaths');
  });
});
