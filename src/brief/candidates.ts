/**
 * @module brief/candidates
 * The source sentences a lead may use: every sentence of the story's articles, minus headings, table rows,
 * promotional blocks, bylines, labelled lines ("Q:", "Expert Insight:"), questions, flagged spans, fragments,
 * copies' repeats of their original's sentences and quotations that do not name their speaker; list items and
 * block quotes only when the story has too few paragraphs. Each with its content words, entities, quotes,
 * claims, named actors, events and quoted share for ranking.
 */

import type { Claim } from '../analyze/claims/index.js';
import type { AttributedQuote } from '../analyze/index.js';
import { splitSentences } from '../analyze/text/index.js';
import type { Block, Range } from '../core/types.js';
import type { BriefArticle, BriefContext } from './context.js';
import { LEAD } from './lead.data.js';
import { textMemo } from './memo.js';
import { BYLINE, LABEL_PREFIX } from './text.data.js';
import { contentWords, dice, normalise } from './text.js';

export interface Candidate {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Position of the sentence among its article's sentences (0 = first). */
  readonly index: number;
  readonly words: ReadonlySet<string>;
  readonly entities: ReadonlySet<string>;
  readonly quotes: readonly AttributedQuote[];
  readonly claims: readonly Claim[];
  /** The kind of block the sentence lies in. */
  readonly block: Block['kind'];
  /** Share of its characters inside quotation marks. */
  readonly quoted: number;
  /** Whether a quote's speaker or speech verb lies inside the sentence. */
  readonly attributed: boolean;
  /** Named people, organisations, countries and places in it (known to the knowledge base or not). */
  readonly names: number;
  /** Events (who did what to whom) coded in it. */
  readonly events: number;
}

const READABLE_BLOCKS = new Set<Block['kind']>(['paragraph', 'list-item', 'quote']);

/**
 * The sentences a lead may use. A sentence repeated by a copy of the same origin is kept once (from the presumed
 * original); a sentence that is mostly a quotation must name its speaker itself; list items and block quotes
 * are used only when the story has too few reporting paragraphs.
 */
export function collectCandidates(ctx: BriefContext): Candidate[] {
  const all: Candidate[] = [];
  const byOrigin = new Map<string, Candidate[]>();
  for (const a of originalsFirst(ctx)) {
    const origin = ctx.originOf(a.article.id);
    const earlier = byOrigin.get(origin) ?? [];
    const own: Candidate[] = [];
    for (const c of candidatesOf(ctx, a)) {
      if (earlier.some((e) => dice(e.words, c.words) >= LEAD.sameInCopy)) continue;
      own.push(c);
      if (c.quoted >= LEAD.quoteOnly && !c.attributed) continue;
      all.push(c);
    }
    byOrigin.set(origin, [...earlier, ...own]);
  }
  const reporting = all.filter((c) => c.block === 'paragraph');
  return reporting.length >= LEAD.minSentences ? reporting : all;
}

/** The story's articles, each origin's presumed original before its copies (else story order). */
function originalsFirst(ctx: BriefContext): BriefArticle[] {
  const rank = new Map<string, number>();
  for (const o of ctx.input.story.origins ?? []) {
    for (const [i, id] of o.articleIds.entries()) rank.set(id, i);
  }
  return ctx.articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (rank.get(x.a.article.id) ?? 0) - (rank.get(y.a.article.id) ?? 0) || x.i - y.i)
    .map((x) => x.a);
}

function candidatesOf(ctx: BriefContext, { article, analysis }: BriefArticle): Candidate[] {
  const sentences = analysis?.sentences ?? splitSentences(article.text, article.blocks);
  const out: Candidate[] = [];
  const memo = textMemo(article);
  let index = 0;
  for (const s of sentences) {
    const block = article.blocks[s.blockIndex];
    if (!block || !READABLE_BLOCKS.has(block.kind) || block.mark === 'promo') continue;
    const text = article.text.slice(s.start, s.end);
    const position = index++;
    if (!memo(`u:${s.start}:${s.end}`, () => usable(text)) || ctx.isFlagged(article.id, s)) continue;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= s.start && x.end <= s.end;
    const entities = new Set(
      (analysis?.mentions ?? [])
        .filter(inside)
        .filter((m) => !m.entityId.startsWith('new:'))
        .map((m) => m.actorId ?? m.entityId),
    );
    const quotes = (analysis?.quotes ?? []).filter((q) => q.content.start < s.end && s.start < q.content.end);
    out.push({
      articleId: article.id,
      start: s.start,
      end: s.end,
      text,
      index: position,
      words: contentWords(text),
      entities,
      quotes: quotes.filter((q) => q.content.start >= s.start && q.content.end <= s.end),
      claims: (analysis?.claims ?? []).filter(inside),
      block: block.kind,
      quoted: quotedShare(text),
      attributed: quotes.some((q) => within(q.speaker?.range, s) || within(q.cue?.range, s)),
      names: new Set(
        (analysis?.mentions ?? [])
          .filter(inside)
          .filter((m) => NAMED.has(m.type))
          .map((m) => m.entityId),
      ).size,
      events: (analysis?.events ?? []).filter((e) => e.start < s.end && s.start < e.end).length,
    });
  }
  return out;
}

const NAMED = new Set(['person', 'organisation', 'country', 'place']);

const within = (r: Range | undefined, s: Range) => r !== undefined && r.start >= s.start && r.end <= s.end;

/** The share of the sentence's characters that lie between quotation marks. */
export function quotedShare(text: string): number {
  const t = normalise(text);
  let inside = 0;
  for (const m of t.matchAll(/"([^"]*)"/gu)) inside += m[0].length;
  return t.length ? inside / t.length : 0;
}

/** A sentence that reads as reporting: long enough, a statement, not a label, byline or fragment. */
export function usable(text: string): boolean {
  const t = normalise(text);
  if (t.length < LEAD.minChars || t.length > LEAD.maxChars) return false;
  if (/\?["')\]]?$/u.test(t) || !/[.!"')\]]$/u.test(t)) return false;
  if (LABEL_PREFIX.test(t) || BYLINE.test(t)) return false;
  if (!/^["'(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  return contentWords(t).size >= LEAD.minWords;
}
