import { describe, expect, it } from 'vitest';
import { corpusOf, storyArticle } from './testing.js';
import { verifyStory } from './verify.js';

const articles = [
  storyArticle(
    'The harbour authority published a 29-page strategy document on Monday, officials said.\n\n"We will look at every line of it," Dmitry Peskov told TASS.',
    { origin: 'o1', outlet: 'Coastline Daily' },
  ),
  storyArticle(
    'The 33-page strategy was welcomed by the Kremlin.\n\nAccording to a recent study, nearly two-thirds of ports are too small.',
    { origin: 'o2', outlet: 'Harbour Post' },
  ),
  storyArticle('The Kremlin has welcomed the strategy, Dmitry Peskov said.', {
    origin: 'o2',
    outlet: 'Harbour Post Wire',
  }),
];

describe('verifyStory', () => {
  const input = { storyId: 's_test', articles, corpus: corpusOf(articles) };
  const result = verifyStory(input);

  it('verify: verifyStory is deterministic', () => {
    expect(JSON.stringify(verifyStory(input))).toBe(JSON.stringify(result));
  });

  it('verify: every evidence span lies inside its article text and slices to its text', () => {
    const texts = new Map(articles.map((va) => [va.article.id, va.article.text]));
    for (const f of result.findings) {
      for (const e of [...f.evidence, ...f.values.flatMap((v) => v.evidence)]) {
        const text = texts.get(e.span.articleId)!;
        expect(e.span.start).toBeGreaterThanOrEqual(0);
        expect(e.span.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(e.span.start, e.span.end)).toBe(e.text);
      }
    }
    for (const flag of result.flags) {
      if (flag.span) expect(texts.get(flag.span.articleId)!.slice(flag.span.start, flag.span.end)).toBe(flag.text);
    }
  });

  it('verify: every finding and flag carries its reasons and a unique id', () => {
    expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length);
    for (const f of result.findings) expect(f.reasons.length).toBeGreaterThan(0);
    for (const f of result.flags) expect(f.reason.length).toBeGreaterThan(10);
  });

  it('verify: copies of one origin count once and reliability is given per article in words', () => {
    const stance = result.findings.find((f) => f.kind === 'event' && f.actor?.startsWith('Russia'));
    expect(stance?.origins).toBeLessThanOrEqual(2);
    expect(result.reliability.map((r) => r.articleId)).toEqual(articles.map((va) => va.article.id));
    const first = result.reliability[0]!;
    expect(first.summary).toMatch(/TASS|integrity/);
    expect(first.strengths.join(' ')).toMatch(/Peskov/);
    expect(result.findings[0]?.status).toBe('contradicted');
  });
});
