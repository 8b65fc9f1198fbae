/**
 * @module brief/candidates
 * The source sentences a lead may use: every sentence of the story's articles, minus headings, table rows,
 * promotional blocks, bylines, labelled lines ("Q:", "Expert Insight:"), questions, flagged spans and
 * fragments; each with its content words, entities, quotes and claims for ranking.
 */

import type { Claim } from '../analyze/claims/index.js';
import type { AttributedQuote } from '../analyze/index.js';
import { splitSentences } from '../analyze/text/index.js';
import type { Block } from '../core/types.js';
import type { BriefArticle, BriefContext } from './context.js';
import { LEAD } from './lead.data.js';
import { BYLINE, LABEL_PREFIX } from './text.data.js';
import { contentWords, normalise } from './text.js';

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
}

const READABLE_BLOCKS = new Set<Block['kind']>(['paragraph', 'list-item', 'quote']);

/** Every sentence of every article of the story, with why it is left out (null when it may be used). */
export function collectCandidates(ctx: BriefContext): Candidate[] {
  return ctx.articles.flatMap((a) => candidatesOf(ctx, a));
}

function candidatesOf(ctx: BriefContext, { article, analysis }: BriefArticle): Candidate[] {
  const sentences = analysis?.sentences ?? splitSentences(article.text, article.blocks);
  const out: Candidate[] = [];
  let index = 0;
  for (const s of sentences) {
    const block = article.blocks[s.blockIndex];
    if (!block || !READABLE_BLOCKS.has(block.kind) || block.mark === 'promo') continue;
    const text = article.text.slice(s.start, s.end);
    const position = index++;
    if (!usable(text) || ctx.isFlagged(article.id, s)) continue;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= s.start && x.end <= s.end;
    const entities = new Set(
      (analysis?.mentions ?? [])
        .filter(inside)
        .filter((m) => !m.entityId.startsWith('new:'))
        .map((m) => m.actorId ?? m.entityId),
    );
    out.push({
      articleId: article.id,
      start: s.start,
      end: s.end,
      text,
      index: position,
      words: contentWords(text),
      entities,
      quotes: (analysis?.quotes ?? []).filter((q) => q.content.start >= s.start && q.content.end <= s.end),
      claims: (analysis?.claims ?? []).filter(inside),
    });
  }
  return out;
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
