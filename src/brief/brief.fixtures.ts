/**
 * @module brief/brief.fixtures
 * Invented articles, stories and verifications for the brief's tests (no real reporting): three outlets on
 * a fisheries agreement, one of them with an unnamed expert, an unsourced statistic, a promotional insert and
 * a `<script>` in its text; a thread story on the same subject.
 */
import { type Analysis, analyzeArticle } from '../analyze/index.js';
import { MessageLog } from '../core/message.js';
import type { Article, Block, Span } from '../core/types.js';
import type { Story } from '../stories/types.js';
import type { Evidence, Finding, Flag, Verification } from '../verify/types.js';
import type { BriefArticle, BriefInput } from './context.js';

const NOW = new Date('2026-01-01T00:00:00Z');

type Para = string | { readonly text: string; readonly kind?: Block['kind']; readonly promo?: boolean };

/** An article from paragraphs joined by blank lines, with one block each. */
export function makeArticle(
  id: string,
  paragraphs: readonly Para[],
  meta: { title?: string; outlet?: string; date?: string } = {},
): Article {
  const blocks: Block[] = [];
  let text = '';
  for (const p of paragraphs) {
    const para = typeof p === 'string' ? { text: p } : p;
    if (text) text += '\n\n';
    blocks.push({
      start: text.length,
      end: text.length + para.text.length,
      kind: para.kind ?? 'paragraph',
      ...(para.promo ? { mark: 'promo' as const } : {}),
    });
    text += para.text;
  }
  const field = <T>(value: T) => ({ value, source: 'record' as const, confidence: 1 });
  return {
    id,
    captureId: id.replace(/^a_/, 'c_'),
    input: `${id}.txt`,
    text,
    blocks,
    meta: {
      title: meta.title ? field(meta.title) : null,
      outlet: meta.outlet ? field(meta.outlet) : null,
      authors: null,
      publishedAt: meta.date ? field(meta.date) : null,
      updatedAt: null,
      section: null,
      language: field('en'),
      url: null,
    },
    removed: [],
    extractor: { name: 'test', version: '0' },
  };
}

export function analyzed(article: Article): BriefArticle {
  const analysis: Analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW });
  return { article, analysis };
}

/** The span of the first occurrence of `needle` in the article (throws when absent). */
export function spanOf(article: Article, needle: string): Span {
  const start = article.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in ${article.id}`);
  return { articleId: article.id, start, end: start + needle.length };
}

export const A = makeArticle(
  'a_aaaaaaaa00000000000a',
  [
    'Norway and Chile signed a fisheries agreement in Santiago on Monday, ending two years of talks over quotas in the South Pacific.',
    'The 40-page agreement sets joint catch limits for jack mackerel and creates a commission to monitor them, according to the text published by the Norwegian government.',
    '“This is a fair deal for both fleets,” Norwegian Foreign Minister Espen Barth Eide told reporters, according to Reuters.',
    'What does the agreement mean for small boats?',
    { text: 'Pro Tip: Always check the catch limits before you sail out of the harbour this season.', promo: true },
  ],
  { title: 'Norway and Chile sign fisheries agreement', outlet: 'Harbour Times', date: '2025-03-04' },
);

export const B = makeArticle(
  'a_bbbbbbbb00000000000b',
  [
    'Norway and Chile signed a fisheries agreement in Santiago on Monday, ending two years of talks about quotas in the South Pacific.',
    'The 44-page agreement sets joint catch limits and a monitoring commission, officials in both countries said.',
    '“This is a fair deal for both fleets,” Espen Barth Eide said at the signing ceremony in the Chilean capital.',
  ],
  { title: 'Fisheries pact signed in Santiago', outlet: 'Coastal Wire', date: '2025-03-05' },
);

export const C = makeArticle(
  'a_cccccccc00000000000c',
  [
    'Fishing crews in southern Chile reacted with caution to the agreement signed with Norway on Monday <script>alert(1)</script>.',
    '“Quotas never protect the small fleets,” said Dr. Lena Vossberg, a marine economist at the Institute for Ocean Futures.',
    'According to a recent survey, nearly two-thirds of coastal fishermen expect lower incomes next year.',
  ],
  { title: 'Crews wary of <b>quota</b> deal', outlet: 'Sea Notes', date: '2025-03-06' },
);

/** Another story of the thread: a later statement by Chile's government. */
export const D = makeArticle(
  'a_dddddddd00000000000d',
  [
    'Chile said on Thursday that it would propose joint fisheries patrols with Norway to stop illegal fishing near its waters.',
    '“We want cooperation at sea, not confrontation,” Chilean Foreign Minister Alberto van Klaveren told reporters.',
  ],
  { title: 'Chile proposes joint patrols', outlet: 'Harbour Times', date: '2025-03-10' },
);

function evidence(article: Article, needle: string, outlet: string, value?: number, unit?: string): Evidence {
  return {
    span: spanOf(article, needle),
    text: needle,
    originId: `o_${article.id.slice(2)}`,
    outlet,
    ...(value !== undefined ? { value } : {}),
    ...(unit ? { unit } : {}),
  };
}

export function fixtureVerification(): Verification {
  const pagesA = evidence(A, A.text.split('\n\n')[1]!, 'Harbour Times', 40, 'page');
  const pagesB = evidence(B, B.text.split('\n\n')[1]!, 'Coastal Wire', 44, 'page');
  const quoteA = evidence(A, '“This is a fair deal for both fleets,”', 'Harbour Times');
  const quoteB = evidence(B, '“This is a fair deal for both fleets,”', 'Coastal Wire');
  const pages: Finding = {
    id: 'f_pages',
    kind: 'claim',
    status: 'contradicted',
    subject: 'the agreement',
    property: 'length.pages',
    summary: '40 pages (Harbour Times) vs 44 pages (Coastal Wire)',
    values: [
      { value: 40, unit: 'page', evidence: [pagesA] },
      { value: 44, unit: 'page', evidence: [pagesB] },
    ],
    origins: 2,
    evidence: [pagesA, pagesB],
    reasons: ['two origins state different page counts'],
  };
  const quote: Finding = {
    id: 'f_quote',
    kind: 'quote',
    status: 'corroborated',
    subject: 'Espen Barth Eide',
    property: 'quote',
    summary: 'same words in 2 origins',
    values: [{ value: 'This is a fair deal for both fleets', evidence: [quoteA, quoteB] }],
    origins: 2,
    evidence: [quoteA, quoteB],
    reasons: ['same words, same speaker'],
  };
  const flag = (article: Article, kind: Flag['kind'], needle: string, reason: string): Flag => ({
    articleId: article.id,
    kind,
    span: spanOf(article, needle),
    text: needle,
    reason,
    severity: 'warning',
    ruleId: `verify:${kind}`,
  });
  return {
    storyId: 's_aaaaaaaa',
    findings: [pages, quote],
    flags: [
      flag(C, 'unattributed-expert', C.text.split('\n\n')[1]!, 'expert known to no other source'),
      flag(C, 'unsourced-statistic', C.text.split('\n\n')[2]!, 'statistic without a traceable source'),
    ],
    reliability: [
      { articleId: A.id, summary: 'well attributed: Reuters', strengths: ['relayed quote'], concerns: [] },
      {
        articleId: C.id,
        summary: '2 integrity flags',
        strengths: [],
        concerns: ['unattributed expert', 'unsourced statistic'],
      },
    ],
  };
}

export function storyOf(id: string, articles: readonly Article[], threadId = 't_fish'): Story {
  return {
    id,
    title: articles[0]?.meta.title?.value ?? 'untitled',
    threadId,
    articles: articles.map((a) => ({
      id: a.id,
      input: a.input,
      title: a.meta.title?.value ?? null,
      outlet: a.meta.outlet?.value ?? null,
      outletKey: a.meta.outlet ? `name:${a.meta.outlet.value.toLowerCase()}` : `article:${a.id}`,
      publishedAt: a.meta.publishedAt?.value ?? null,
      originId: `o_${a.id.slice(2)}`,
      score: 1,
      reasons: [],
    })),
    origins: [],
    firstPublished: null,
    lastPublished: null,
  };
}

/** The fixture story (A, B, C) with its verification and a thread holding D's story. */
export function fixtureInput(): BriefInput {
  const story = storyOf('s_aaaaaaaa', [A, B, C]);
  const other = storyOf('s_dddddddd', [D]);
  return {
    story,
    articles: [A, B, C].map(analyzed),
    verification: fixtureVerification(),
    thread: {
      thread: { id: 't_fish', title: 'Norway–Chile fisheries', storyIds: [story.id, other.id], reasons: [] },
      stories: [{ story: other, articles: [analyzed(D)] }],
    },
  };
}
