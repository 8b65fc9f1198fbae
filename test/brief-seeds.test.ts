/**
 * The brief on the seeds (issue 4, item 4), read at run time from ../shared/seeds (never copied into the repo):
 * story = 000, 001, 002 (each its own origin), thread = 003 + 004 as another story. The brief must have at
 * least three lead sentences, every one cited and supported, the 29 vs 33 pages disagreement, a Peskov quote
 * relayed via TASS, and HTML that escapes the sources. Skips with a message when the seeds are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';
import {
  articleMap,
  type Brief,
  type BriefArticle,
  type BriefInput,
  buildBrief,
  renderBriefHtml,
  renderBriefMarkdown,
} from '../src/brief/index.js';
import { MessageLog } from '../src/core/message.js';
import type { Article } from '../src/core/types.js';
import { extractStandalone } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';
import type { Story } from '../src/stories/types.js';
import type { Verification } from '../src/verify/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = process.env.TRIANGULATE_SEEDS_DIR ?? resolve(here, '../../shared/seeds');
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!present) console.warn(`brief-seeds: ${SEEDS} not found — seed brief tests skipped (set TRIANGULATE_SEEDS_DIR)`);

const NOW = new Date('2026-01-01T00:00:00Z');

function loadSeed(prefix: string): BriefArticle {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const capture = makeCapture({ bytes: readFileSync(join(SEEDS, name)), kind: 'text', input: name });
  const article = extractStandalone(capture, NOW).article;
  return { article, analysis: analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW }) };
}

const originOf = (a: Article) => `o_${a.id.slice(2)}`;

function storyOf(members: readonly BriefArticle[], threadId: string): Story {
  const first = members[0]!.article;
  return {
    id: `s_${first.id.slice(2, 18)}`,
    title: first.meta.title?.value ?? 'untitled',
    threadId,
    articles: members.map(({ article: a }) => ({
      id: a.id,
      input: a.input,
      title: a.meta.title?.value ?? null,
      outlet: a.meta.outlet?.value ?? null,
      outletKey: `article:${a.id}`,
      publishedAt: a.meta.publishedAt?.value ?? null,
      originId: originOf(a),
      score: 1,
      reasons: ['built by hand for the seeds test'],
    })),
    origins: [],
    firstPublished: null,
    lastPublished: null,
  };
}

async function verificationOf(story: Story, members: readonly BriefArticle[]): Promise<Verification> {
  const verify = await import('../src/verify/index.js');
  return verify.verifyStory({
    storyId: story.id,
    articles: members.map((m) => ({
      ...m,
      originId: originOf(m.article),
      outlet: m.article.meta.outlet?.value ?? null,
    })),
    corpus: { articlesMentioning: () => 0 },
  });
}

describe.skipIf(!present)('brief: the seeds', () => {
  let input: BriefInput;
  let brief: Brief;

  beforeAll(async () => {
    const members = ['000', '001', '002'].map(loadSeed);
    const others = ['003', '004'].map(loadSeed);
    const story = storyOf(members, 't_seeds');
    const other = storyOf(others, 't_seeds');
    input = {
      story,
      articles: members,
      verification: await verificationOf(story, members),
      thread: {
        thread: { id: 't_seeds', title: 'US–Russia strategic stability', storyIds: [story.id, other.id], reasons: [] },
        stories: [{ story: other, articles: others }],
      },
    };
    brief = buildBrief(input);
    if (process.env.TRIANGULATE_PRINT_BRIEF) console.log(renderBriefMarkdown(brief));
  }, 60_000);

  it('brief: seeds give at least three lead sentences, every one cited and supported', () => {
    expect(brief.sentences.length).toBeGreaterThanOrEqual(3);
    expect(brief.check.unsupported).toBe(0);
    expect(brief.check.citedSentences).toBe(brief.sentences.length);
    expect(brief.check.citationsFound).toBe(brief.check.citations);
    for (const s of brief.sentences) expect(s.citations.length).toBeGreaterThan(0);
    expect(renderBriefMarkdown(brief)).toContain('0 unsupported sentences');
  });

  it('brief: seeds show the 29 against 33 pages disagreement', () => {
    const template = brief.sentences.find(
      (s) => s.kind === 'template' && /\b29 pages\b/.test(s.text) && /\b33 pages\b/.test(s.text),
    );
    expect(template?.citations.length).toBe(2);
    const rows = (brief.disagreements ?? []).filter((d) => d.sides.some((x) => /\b29\b/.test(x.text)));
    expect(rows.some((d) => d.status === 'contradicted' && d.sides.some((x) => /\b33\b/.test(x.text)))).toBe(true);
  });

  it('brief: seeds quote Peskov via TASS', () => {
    const peskov = brief.quotes.filter((q) => /Peskov/.test(q.speaker.name) && q.via.includes('TASS'));
    expect(peskov.length).toBeGreaterThan(0);
    expect(peskov.some((q) => q.direct)).toBe(true);
  });

  it('brief: seeds positions place the Kremlin under Russia, with thread evidence', () => {
    expect(brief.positions.some((p) => p.actor === 'Russia' && !p.fromThread)).toBe(true);
    expect(brief.positions.some((p) => p.fromThread)).toBe(true);
  });

  it('brief: seeds HTML escapes the sources and links every citation', () => {
    const html = renderBriefHtml(brief, articleMap(input));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<mark>');
    expect(html).not.toMatch(/\b(?:src|href)=["'](?!#)/i);
    const targets = new Set([...html.matchAll(/href="#(c\d+)"/g)].map((m) => m[1]));
    for (const t of targets) expect(html).toContain(`<li id="${t}">`);
    for (const { article } of input.articles) {
      const risky = article.text.match(/[<>&]/);
      if (risky) expect(html).not.toContain(article.text.slice(Math.max(0, risky.index! - 20), risky.index! + 1));
    }
  });
});
