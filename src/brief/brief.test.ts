/**
 * The brief built on invented articles (brief.fixtures.ts): lead selection and support, template sentences,
 * quotes, numbers, timeline and positions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { A, B, C, fixtureInput } from './brief.fixtures.js';
import { collectCandidates } from './candidates.js';
import { type BriefInput, makeContext } from './context.js';
import { articleMap, buildBrief } from './index.js';
import { rankCandidates } from './lead.js';
import { normalise } from './text.js';
import type { Brief } from './types.js';

let input: BriefInput;
let brief: Brief;

beforeAll(() => {
  input = fixtureInput();
  brief = buildBrief(input);
}, 30_000);

describe('brief: lead', () => {
  it('brief: the lead has 3–6 sentences, every one cited and supported', () => {
    expect(brief.sentences.length).toBeGreaterThanOrEqual(3);
    expect(brief.sentences.length).toBeLessThanOrEqual(6);
    expect(brief.check.unsupported).toBe(0);
    expect(brief.check.citedSentences).toBe(brief.sentences.length);
    expect(brief.check.citationsFound).toBe(brief.check.citations);
    expect(brief.check.problems).toEqual([]);
  });

  it('brief: a source sentence is verbatim and cites its own span first', () => {
    const articles = articleMap(input);
    for (const s of brief.sentences.filter((x) => x.kind === 'source')) {
      const [own] = s.citations;
      expect(normalise(articles.get(own!.articleId)!.text.slice(own!.start, own!.end))).toBe(normalise(s.text));
      expect(s.reasons.length).toBeGreaterThan(0);
    }
  });

  it('brief: a sentence said by three origins leads and cites all three', () => {
    const first = brief.sentences[0]!;
    expect(first.text).toMatch(/^Norway and Chile signed a fisheries agreement/);
    expect(first.origins).toBe(3);
    expect(first.status).toBe('corroborated');
    expect(new Set(first.citations.map((c) => c.articleId))).toEqual(new Set([A.id, B.id, C.id]));
  });

  it('brief: a template sentence cites both sides of a contradiction', () => {
    const t = brief.sentences.find((s) => s.kind === 'template');
    expect(t?.text).toBe(
      'Outlets disagree on the number of pages of the agreement: 40 pages (Harbour Times) against 44 pages (Coastal Wire).',
    );
    expect(t?.status).toBe('contradicted');
    expect(t?.citations.map((c) => c.articleId)).toEqual([A.id, B.id]);
  });

  it('brief: a contradicted source sentence does not cite the other side as corroboration', () => {
    const ctx = makeContext(input);
    const ranked = rankCandidates(ctx, collectCandidates(ctx)).find((r) => r.candidate.text.includes('40-page'));
    expect(ranked?.sentence.status).toBe('contradicted');
    expect(ranked?.sentence.citations.every((c) => c.articleId === A.id)).toBe(true);
  });

  it('brief: a source sentence stating one side of the lead’s disagreement is marked contradicted', () => {
    for (const s of brief.sentences.filter((x) => x.kind === 'source' && x.text.includes('40-page'))) {
      expect(s.status).toBe('contradicted');
      expect(s.citations.every((c) => c.articleId === A.id)).toBe(true);
    }
  });

  it('brief: at most one template sentence, and it closes the lead', () => {
    const templates = brief.sentences.filter((s) => s.kind === 'template');
    expect(templates.length).toBeLessThanOrEqual(1);
    if (templates.length) expect(brief.sentences.at(-1)?.kind).toBe('template');
  });

  it('brief: the lead skips questions, promotional blocks and flagged spans', () => {
    const texts = brief.sentences.map((s) => s.text).join('\n');
    expect(texts).not.toMatch(/What does the agreement mean/);
    expect(texts).not.toMatch(/Pro Tip/);
    expect(texts).not.toMatch(/Vossberg|two-thirds/);
  });

  it('brief: near-duplicate sentences are folded into one', () => {
    const signed = brief.sentences.filter((s) => /signed a fisheries agreement in Santiago/.test(s.text));
    expect(signed).toHaveLength(1);
  });

  it('brief: the same input gives the same brief', () => {
    expect(buildBrief(input)).toEqual(brief);
  });
});

describe('brief: sections', () => {
  it('brief: a quote carries its speaker, relay, status and where else it appears', () => {
    const q = brief.quotes.find((x) => x.text.includes('fair deal'));
    expect(q?.speaker.name).toMatch(/Espen Barth Eide/);
    expect(q?.via).toEqual(['Reuters']);
    expect(q?.direct).toBe(true);
    expect(q?.status).toBe('corroborated');
    expect(q?.alsoIn.map((c) => c.articleId)).toEqual([B.id]);
    expect(brief.quotes.filter((x) => x.text.includes('fair deal'))).toHaveLength(1);
  });

  it('brief: a quote on a flagged span says why', () => {
    const q = brief.quotes.find((x) => x.text.includes('Quotas never protect'));
    expect(q?.note).toBe('expert known to no other source');
  });

  it('brief: numbers carry who says them and their status; unsourced statistics are flagged', () => {
    const forty = brief.numbers.find((n) => n.value === 40);
    expect(forty?.status).toBe('contradicted');
    expect(forty?.note).toMatch(/44 pages \(Coastal Wire\)/);
    const share = brief.numbers.find((n) => n.text.includes('two-thirds'));
    expect(share?.status).toBe('flagged');
    expect(share?.saidBy).toBe('Sea Notes, citing a recent survey');
    expect(share?.note).toBe('statistic without a traceable source');
  });

  it('brief: findings and flags are the verification’s; disagreements are among them', () => {
    expect(brief.findings).toEqual(input.verification.findings);
    expect(brief.flags).toEqual(input.verification.flags);
  });

  it('brief: the timeline holds one entry per dated event, sorted, one citation per origin; publication apart', () => {
    const dates = brief.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    const signing = brief.timeline.filter((t) => t.date === '2025-03-03');
    expect(signing).toHaveLength(1);
    expect(signing[0]?.method).toBe('weekday-before-article-date');
    expect(signing[0]?.origins).toBeGreaterThanOrEqual(2);
    expect(signing[0]?.citations.length).toBe(signing[0]?.origins);
    expect(brief.timeline.filter((t) => t.method === 'published')).toHaveLength(0);
    expect(brief.coverage?.first?.at).toBe('2025-03-04');
    expect(brief.coverage?.last?.at).toBe('2025-03-06');
    expect(brief.timeline.some((t) => t.text.includes('two-thirds'))).toBe(false);
  });

  it('brief: positions place governments on issues, with thread evidence marked', () => {
    const chile = brief.positions.filter((p) => p.actor === 'Chile');
    expect(chile.some((p) => p.tone !== undefined && !p.fromThread)).toBe(true);
    const thread = chile.find((p) => p.fromThread && /cooperation at sea/u.test(p.stance));
    expect(thread).toBeDefined();
    expect(thread?.citations[0]?.articleId).toBe('a_dddddddd00000000000d');
    expect(brief.positions.some((p) => p.actor === 'Norway')).toBe(true);
  });

  it('brief: sources list every article with its reliability', () => {
    expect(brief.sources.map((s) => s.articleId)).toEqual([A.id, B.id, C.id]);
    expect(brief.sources[2]?.reliability?.summary).toBe('2 integrity flags');
    expect(brief.origins).toBe(3);
    expect(brief.thread?.stories).toEqual([{ id: 's_dddddddd', title: 'Chile proposes joint patrols' }]);
  });
});
