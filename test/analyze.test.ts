import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import { MessageLog } from '../src/core/message.js';
import type { Article } from '../src/core/types.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';

const PAGE = `Kremlin spokesman Dmitry Peskov said on Monday that Moscow would study the new proposal carefully.

"We will look at every line of it," Peskov told reporters, adding that the 12-page text had arrived overnight.

Maria Zakharova, the Foreign Ministry spokeswoman, said the talks could resume in March. Zakharova added that more than 40 experts would take part.`;

function article(page = PAGE) {
  const capture = makeCapture({ bytes: new TextEncoder().encode(page), kind: 'text', input: 'test.txt' });
  return extractArticle(capture, { log: new MessageLog('extract'), now: new Date('2025-12-08T12:00:00Z') }).article;
}

function dated(base: Article, value: string | null): Article {
  const publishedAt = value ? { value, source: 'text' as const, confidence: 1 } : null;
  return { ...base, meta: { ...base.meta, publishedAt } };
}

const ROLES = `The Kremlin spokesman said on Monday that Moscow would study the proposal. "We will read every line," the Kremlin spokesman said.

Maria Zakharova said the talks could resume in March. She added that 40 experts would take part.`;

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

  it('analyze: role phrases and pronouns are mentions, and a role speaker is the office-holder', () => {
    const withDate = dated(article(ROLES), '2025-12-08');
    const log = new MessageLog('analyze');
    const result = analyzeArticle(withDate, { log, now: new Date('2025-12-08T12:00:00Z') });
    const roles = result.mentions.filter((m) => m.resolution === 'role').map((m) => m.entityId);
    expect(roles).toEqual(['person:dmitry-peskov', 'person:dmitry-peskov']);
    expect(result.mentions.find((m) => m.text === 'She')?.entityId).toBe('person:maria-zakharova');
    const quote = result.quotes.find((q) => withDate.text.slice(q.content.start, q.content.end).includes('every line'));
    expect(quote?.speakerEntityId).toBe('person:dmitry-peskov');
    expect(result.entities.some((e) => e.id === 'person:dmitry-peskov')).toBe(true);
  });

  it('analyze: without a date a role phrase is not resolved and a message says so', () => {
    const undated = dated(article(ROLES), null);
    const log = new MessageLog('analyze');
    const result = analyzeArticle(undated, { log, now: new Date('2025-12-08T12:00:00Z') });
    expect(result.mentions.filter((m) => m.resolution === 'role')).toEqual([]);
    const quote = result.quotes.find((q) => undated.text.slice(q.content.start, q.content.end).includes('every line'));
    expect(quote?.speakerEntityId).toBeNull();
    expect(log.messages.some((m) => m.ruleId === 'analyze:unresolved-role' && /no date/.test(m.reason))).toBe(true);
  });

  it('analyze: "the Kremlin said" speaks for Russia\'s government, a headline above it notwithstanding', () => {
    const page = `Kremlin Welcomes Harbour Accord On Key Issues

The Kremlin said on Tuesday that the accord was "a useful step" for both sides.`;
    const withDate = dated(article(page), '2025-12-09');
    const result = analyzeArticle(withDate, { log: new MessageLog('analyze'), now: new Date('2025-12-09T12:00:00Z') });
    const quote = result.quotes.find((q) => withDate.text.slice(q.content.start, q.content.end).includes('useful'));
    expect(quote?.speakerEntityId).toBe('org:gov:RUS');
    expect(quote?.speaker?.text).toBe('The Kremlin');
    expect(quote?.speaker?.resolvedFrom).toBeUndefined();
  });
});

describe('analyze: speakers named with a title', () => {
  it('analyze: "Kestrian Foreign Minister Ola Brandt" speaks as the person, also through a later surname', () => {
    const page = `The talks were mediated by Kestrian Foreign Minister Ola Brandt, who flew in on Sunday.

"We are ready to sign," Brandt said after the meeting. "Nobody here wants another winter of this," Brandt added.`;
    const a = article(page);
    const result = analyzeArticle(a, { log: new MessageLog('analyze'), now: new Date('2025-12-08T12:00:00Z') });
    const brandt = result.mentions.find((m) => m.text === 'Brandt')?.entityId;
    expect(brandt).toMatch(/^new:person:/);
    expect(result.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of result.quotes) expect(q.speakerEntityId).toBe(brandt);
  });
});

describe('analyze: group speakers', () => {
  it('analyze: "Kremlin officials", "Chinese diplomats", "NATO officials" speak for that body; "Western officials" for none', () => {
    const page = `Kremlin officials said that the talks would resume in the spring.

Chinese diplomats said on Monday that the proposal deserved study. Western officials said the sanctions would stay. NATO officials said the drills would go ahead as planned.`;
    const a = article(page);
    const result = analyzeArticle(a, { log: new MessageLog('analyze'), now: new Date('2025-12-08T12:00:00Z') });
    const by = new Map(result.quotes.map((q) => [q.speaker?.text, q.speakerEntityId]));
    expect(by.get('Kremlin officials')).toBe('org:gov:RUS');
    expect(by.get('Chinese diplomats')).toBe('org:gov:CHN');
    expect(by.get('NATO officials')).toMatch(/^org:.*nato/);
    expect(by.get('Western officials')).toBeNull();
  });

  it('analyze: "Officials in Kyiv" speak for Ukraine\'s government; "Residents of Kyiv" for no entity', () => {
    const page =
      'Officials in Kyiv said the talks had stalled. Residents of Kyiv said the water had come back on Sunday.';
    const result = analyzeArticle(article(page), {
      log: new MessageLog('analyze'),
      now: new Date('2025-12-08T12:00:00Z'),
    });
    const by = new Map(result.quotes.map((q) => [q.speaker?.text, q.speakerEntityId]));
    expect(by.get('Officials in Kyiv')).toBe('org:gov:UKR');
    expect(by.get('Residents of Kyiv')).toBeNull();
  });
});

describe('analyze: the demo corpus', () => {
  it('analyze: a speaker phrase with two mentions ("Meridian Foreign Minister Tomas Ardeen") speaks as its person', () => {
    const file = fileURLToPath(new URL('../examples/demo/crossline-ceasefire-signed.html', import.meta.url));
    const capture = makeCapture({ bytes: readFileSync(file), kind: 'html', input: file });
    const page = extractArticle(capture, { log: new MessageLog('extract'), now: new Date('2026-12-01') }).article;
    const result = analyzeArticle(page, { log: new MessageLog('analyze'), now: new Date('2026-12-01') });
    const ardeen = result.quotes.filter((q) => /Ardeen/.test(q.speaker?.text ?? ''));
    expect(ardeen.length).toBeGreaterThan(0);
    for (const q of ardeen) expect(q.speakerEntityId).toMatch(/^new:person:(.*-)?tomas-ardeen$/);
  });
});

describe('analyze: bad input gives a result, not a crash or a hang', () => {
  const run = (page: string) =>
    analyzeArticle(article(page), { log: new MessageLog('analyze'), now: new Date('2025-12-08T12:00:00Z') });
  const words =
    'the committee met again on Tuesday and officials said that the plan would cost about 40 million dollars over three years while critics warned of delays'.split(
      ' ',
    );

  it('analyze: an empty article has no annotations', () => {
    const result = run('');
    expect(result.sentences).toEqual([]);
    expect([...result.mentions, ...result.quotes, ...result.claims, ...result.events]).toEqual([]);
  });

  it('analyze: a 200k-word text and a text with no sentence end are analysed in bounded pieces', {
    timeout: 180_000,
  }, () => {
    const long = Array.from({ length: 200_000 }, (_, i) => `${words[i % words.length]}${i % 31 === 30 ? '.' : ''}`);
    const noEnds = Array.from({ length: 50_000 }, (_, i) => words[i % words.length]).join(' ');
    for (const text of [long.join(' '), noEnds]) {
      const result = run(text);
      expect(result.sentences.length).toBeGreaterThan(1);
      for (const s of result.sentences) expect(s.end - s.start).toBeLessThan(20_000);
      for (const c of result.claims) expect(c.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('analyze: mixed scripts keep exact spans, and Latin-script names are still found', () => {
    const page =
      'Путин заявил, что переговоры продолжатся. 习近平表示支持。 Maria Zakharova said "мы рады" on Monday. مرحبا بالعالم. Zakharova added that 3 000 люди came.';
    const result = run(page);
    const text = article(page).text;
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(result.mentions.some((m) => m.entityId === 'person:maria-zakharova')).toBe(true);
    expect(result.quotes.some((q) => q.speakerEntityId === 'person:maria-zakharova')).toBe(true);
  });
});
