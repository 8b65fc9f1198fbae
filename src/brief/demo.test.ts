/**
 * The brief on the invented demo corpus (examples/demo, see examples/README.md), read and analysed at run time:
 * the Port Calder ceasefire pages as one story, the wire story and its two copies as one origin (grouped by
 * `groupOrigins`), verified with `verifyStory`. Whatever findings verify gives, the brief must read well: no
 * numbers row repeated, grammatical template sentences, a lead that opens with reporting and ends with the
 * most important contradiction between origins, and a clean citation check.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze/index.js';
import { MessageLog } from '../core/message.js';
import { extractStandalone } from '../extract/index.js';
import { makeCapture } from '../ingest/capture.js';
import { groupOrigins } from '../stories/origins/index.js';
import type { Story } from '../stories/types.js';
import { verifyStory } from '../verify/index.js';
import { articleMap } from './build.js';
import { type BriefArticle, type BriefInput, buildBrief, renderBriefHtml, renderBriefMarkdown } from './index.js';
import type { Brief } from './types.js';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'demo');
/** Pages 1, 2, 3, 4, 6, 10, 12 and 13 of examples/README.md: event A. */
const CEASEFIRE = [
  'crossline-ceasefire-signed.html',
  'sarnvalleypost-ceasefire-signed-wire.html',
  'globebrief-port-calder-truce-deal.html',
  'harbourcourier-ceasefire-accord-analysis.html',
  'meridia-mfa-press-release-port-calder-accord.html',
  'newshive-sarn-ceasefire-collapses.html',
  'quickdigest-ceasefire-what-it-means.txt',
  'worldpulse-truce-five-things-to-know.txt',
];
const NOW = new Date('2026-11-29T12:00:00Z');

function load(name: string): BriefArticle {
  const kind = name.endsWith('.html') ? 'html' : 'text';
  const capture = makeCapture({ bytes: readFileSync(join(DEMO, name)), kind, input: name });
  const article = extractStandalone(capture, NOW).article;
  return { article, analysis: analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW }) };
}

function demoInput(): BriefInput {
  const members = CEASEFIRE.map(load);
  const origins = groupOrigins(
    members.map(({ article: a }) => ({
      id: a.id,
      text: a.text,
      ...(a.meta.title ? { title: a.meta.title.value } : {}),
      ...(a.meta.outlet ? { outlet: a.meta.outlet.value } : {}),
      ...(a.meta.publishedAt ? { publishedAt: a.meta.publishedAt.value } : {}),
      removed: a.removed,
    })),
  );
  const originOf = (id: string) => origins.find((o) => o.articleIds.includes(id))?.id ?? `o_${id.slice(2)}`;
  const first = members[0]!.article;
  const story: Story = {
    id: `s_${first.id.slice(2, 18)}`,
    title: first.meta.title?.value ?? 'untitled',
    threadId: 't_demo',
    articles: members.map(({ article: a }) => ({
      id: a.id,
      input: a.input,
      title: a.meta.title?.value ?? null,
      outlet: a.meta.outlet?.value ?? null,
      outletKey: `article:${a.id}`,
      publishedAt: a.meta.publishedAt?.value ?? null,
      originId: originOf(a.id),
      score: 1,
      reasons: ['built by hand for the demo test'],
    })),
    origins,
    firstPublished: null,
    lastPublished: null,
  };
  const verification = verifyStory({
    storyId: story.id,
    articles: members.map((m) => ({
      ...m,
      originId: originOf(m.article.id),
      outlet: m.article.meta.outlet?.value ?? null,
    })),
    corpus: { articlesMentioning: () => 0 },
  });
  const thread = { id: 't_demo', title: story.title, storyIds: [story.id], reasons: [] };
  return { story, articles: members, verification, thread: { thread, stories: [{ story, articles: members }] } };
}

/** "number of monitors of the monitors", "length of the length": a phrase repeated around "of". */
const REPEATED_OF = /\b([\p{L}\p{N}]+(?: [\p{L}\p{N}]+){0,2}) of (?:the )?\1\b/iu;

describe('brief: the demo ceasefire story', () => {
  let input: BriefInput;
  let brief: Brief;

  beforeAll(() => {
    input = demoInput();
    brief = buildBrief(input);
    if (process.env.TRIANGULATE_PRINT_BRIEF) console.log(renderBriefMarkdown(brief));
  }, 120_000);

  it('brief: demo numbers rows never repeat a (subject, value)', () => {
    const keys = brief.numbers.map((n) => `${n.of.toLowerCase().replace(/^the\s+/u, '')}|${n.value}|${n.unit ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    // copies of one wire story are one origin: no outlet is named twice in a row's "said by"
    const outlets = [...new Set(brief.sources.map((s) => s.outlet).filter((o): o is string => o !== null))];
    for (const n of brief.numbers) for (const o of outlets) expect(n.saidBy.split(o).length - 1).toBeLessThanOrEqual(1);
  });

  it('brief: demo template sentences are grammatical and short', () => {
    const templates = brief.sentences.filter((s) => s.kind === 'template');
    for (const t of templates) {
      expect(t.text).not.toMatch(REPEATED_OF);
      expect(t.text).not.toMatch(/\d\s?(?:kms|mms)\b/u);
      expect(t.text).toMatch(/^Outlets disagree on the .+: .+ \(.+\) against .+ \(.+\)\.$/u);
      expect(t.text.split(' against ')).toHaveLength(2);
    }
    for (const d of brief.disagreements ?? []) expect(d.what).not.toMatch(REPEATED_OF);
  });

  it('brief: demo lead opens with reporting, 4–6 sentences, at most one template, last', () => {
    expect(brief.sentences.length).toBeGreaterThanOrEqual(4);
    expect(brief.sentences.length).toBeLessThanOrEqual(6);
    const first = brief.sentences[0]!;
    expect(first.kind).toBe('source');
    expect(first.text.trim()).not.toMatch(/^["'\u201C\u2018]/u);
    const templates = brief.sentences.filter((s) => s.kind === 'template');
    expect(templates.length).toBeLessThanOrEqual(1);
    if (templates.length) expect(brief.sentences.at(-1)?.kind).toBe('template');
  });

  it('brief: demo contradiction between different origins closes the lead when verify finds one', () => {
    const originOf = (id: string) => input.story.articles.find((a) => a.id === id)?.originId ?? id;
    const clean = input.verification.findings.filter((f) => {
      if (f.kind !== 'claim' || f.status !== 'contradicted' || f.values.length !== 2) return false;
      const [a, b] = f.values.map((v) => new Set(v.evidence.map((e) => originOf(e.span.articleId))));
      return [...a!].every((o) => !b!.has(o));
    });
    const last = brief.sentences.at(-1)!;
    if (clean.length === 0 || !brief.sentences.some((s) => s.kind === 'template')) return;
    expect(last.kind).toBe('template');
    expect(last.status).toBe('contradicted');
    expect(new Set(last.citations.map((c) => originOf(c.articleId))).size).toBeGreaterThanOrEqual(2);
  });

  it('brief: demo header and sources fold copies and omit an empty thread', () => {
    const md = renderBriefMarkdown(brief);
    const [, title, sources] = md.split('\n');
    expect(title).not.toMatch(/thread:.*\(0 more stor/u);
    expect(md).not.toContain('### Thread:');
    expect(sources).toMatch(/\(\+2 copies\)/u);
    const outlets = brief.sources.map((s) => s.outlet).filter((o): o is string => o !== null);
    for (const o of new Set(outlets)) expect(sources!.split(o).length - 1).toBeLessThanOrEqual(1);
  });

  it('brief: demo key quotes are one row per quotation', () => {
    const texts = brief.quotes.map((q) => q.text.replace(/\W+/gu, ' ').trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(brief.quotes.length).toBeLessThanOrEqual(10);
  });

  it('brief: demo stays readable when verify over-reports contradictions', () => {
    const claims = input.verification.findings.filter((f) => f.kind === 'claim');
    const everything = { ...claims[0]!, id: 'f_everything', values: claims.flatMap((f) => f.values) };
    const noisy = [...claims, everything].map((f) => ({ ...f, status: 'contradicted' as const }));
    const b = buildBrief({ ...input, verification: { ...input.verification, findings: noisy } });
    expect(b.check.unsupported).toBe(0);
    const templates = b.sentences.filter((s) => s.kind === 'template');
    expect(templates.length).toBeLessThanOrEqual(1);
    for (const t of templates) {
      expect(t.text).not.toMatch(REPEATED_OF);
      expect(t.text.split(' against ')).toHaveLength(2);
      expect(b.sentences.at(-1)).toBe(t);
    }
    const keys = b.numbers.map((n) => `${n.of.toLowerCase().replace(/^the\s+/u, '')}|${n.value}|${n.unit ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('brief: demo check reports 0 unsupported and every citation found', () => {
    expect(brief.check.unsupported).toBe(0);
    expect(brief.check.citationsFound).toBe(brief.check.citations);
    expect(renderBriefMarkdown(brief)).toContain('0 unsupported sentences');
    expect(renderBriefHtml(brief, articleMap(input))).not.toMatch(/<script/iu);
  });

  it("brief: demo timeline is an analyst's timeline (≤ 12 shown, no quote-only entry, ceasefire start 26 Nov)", () => {
    const md = renderBriefMarkdown(brief);
    const section = md.slice(md.indexOf('### Timeline'), md.indexOf('### Integrity'));
    expect(section.split('\n').filter((l) => l.startsWith('- ')).length).toBeLessThanOrEqual(12);
    for (const t of brief.timeline) {
      expect(t.text).not.toMatch(/^["“][^"”]*["”][,.]?$/u);
      expect(t.method).not.toBe('published');
      expect(new Set(t.citations.map((c) => originOf(c.articleId))).size).toBe(t.citations.length);
    }
    expect(brief.timeline.some((t) => t.date === '2026-11-26')).toBe(true);
    expect(brief.timeline.some((t) => t.date === '2026-11-19')).toBe(false);
  });

  it('brief: demo positions name an actor per demo country that speaks', () => {
    const actors = new Set(brief.positions.map((p) => p.actor));
    for (const country of ['Valdoria', 'Ostrenia', 'Meridia']) expect(actors.has(country)).toBe(true);
    const issues = new Set(brief.positions.map((p) => p.issue));
    expect([...issues].some((i) => /ceasefire/u.test(i))).toBe(true);
    expect([...issues].some((i) => /reconstruction|humanitarian/u.test(i))).toBe(true);
  });

  it('brief: demo table rows cite one span per origin', () => {
    const rows = [
      ...brief.numbers.map((n) => n.citations),
      ...brief.positions.map((p) => p.citations),
      ...(brief.disagreements ?? []).flatMap((d) => d.sides.map((x) => x.citations)),
    ];
    for (const list of rows) expect(new Set(list.map((c) => originOf(c.articleId))).size).toBe(list.length);
  });

  function originOf(id: string): string {
    return input.story.articles.find((a) => a.id === id)?.originId ?? id;
  }
});
