import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { MessageLog } from '../src/core/message.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';

const PAGE = `Kremlin spokesman Dmitry Peskov said on Monday that Moscow would study the new proposal carefully.

"We will look at every line of it," Peskov told reporters, adding that the 12-page text had arrived overnight.

Maria Zakharova, the Foreign Ministry spokeswoman, said the talks could resume in March. Zakharova added that more than 40 experts would take part.`;

function article() {
  const capture = makeCapture({ bytes: new TextEncoder().encode(PAGE), kind: 'text', input: 'test.txt' });
  return extractArticle(capture, { log: new MessageLog('extract'), now: new Date('2025-12-08T12:00:00Z') }).article;
}

describe('analyze', () => {
  const a = article();
  const analysis = analyzeArticle(a, { log: new MessageLog('analyze'), now: new Date('2025-12-08T12:00:00Z') });

  it('analyze: every annotation span lies inside the article text', () => {
    for (const r of [...analysis.sentences, ...analysis.mentions, ...analysis.quotes, ...analysis.claims]) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(a.text.length);
      expect(r.start).toBeLessThanOrEqual(r.end);
    }
    for (const m of analysis.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('analyze: a later surname resolves to the same canonical person', () => {
    const peskov = analysis.mentions.filter((m) => /Peskov/.test(m.text)).map((m) => m.entityId);
    expect(peskov.length).toBeGreaterThanOrEqual(2);
    expect(new Set(peskov).size).toBe(1);
    const zakharova = analysis.mentions.filter((m) => /Zakharova/.test(m.text)).map((m) => m.entityId);
    expect(new Set(zakharova).size).toBe(1);
  });

  it('analyze: the direct quote is attributed to the resolved speaker entity', () => {
    const quote = analysis.quotes.find((q) => a.text.slice(q.content.start, q.content.end).includes('every line'));
    expect(quote?.direct).toBe(true);
    const peskovId = analysis.mentions.find((m) => m.text === 'Dmitry Peskov')?.entityId;
    expect(quote?.speakerEntityId).toBe(peskovId);
  });

  it('analyze: a count claim carries its value and unit', () => {
    const pages = analysis.claims.find((c) => c.unit === 'page');
    expect(pages?.value).toBe(12);
  });
});
