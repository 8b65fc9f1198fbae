/**
 * @module analyze
 * Article → stand-off annotations: sentences, entity mentions resolved to canonical entities, quotes
 * with speakers and relay chains, check-worthy claims with normalised values and resolved dates, and
 * who-did-what-to-whom events (CAMEO codes with Goldstein scores).
 * Requires: article. Provides: sentences, mentions, entities, quotes, claims, events.
 * Messages: analyze:unresolved-speaker (info).
 */
import type { Article, Range } from '../core/types.js';
import { defineStage, type StageContext } from '../pipeline/stage.js';
import { type Claim, findClaims } from './claims/index.js';
import { type EntityRecord, type ResolvedMention, resolveMentions } from './entities/resolve.js';
import { type Event, findEvents } from './events/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from './kb/index.js';
import { findMentions } from './ner/index.js';
import { findQuotes, type Quote } from './quotes/index.js';
import { type Sentence, splitSentences } from './text/index.js';

/** Bump `version` whenever the output changes: stored outputs of another version are recomputed. */
export const ANALYZER = { name: 'analyze', version: '4' } as const;

/** A quote with its speaker resolved to an entity where the article or the knowledge base allows. */
export interface AttributedQuote extends Quote {
  readonly speakerEntityId: string | null;
}

export interface Analysis {
  readonly articleId: string;
  readonly sentences: Sentence[];
  readonly mentions: ResolvedMention[];
  readonly entities: EntityRecord[];
  readonly quotes: AttributedQuote[];
  readonly claims: Claim[];
  readonly events: Event[];
}

export interface AnalyzeOptions {
  /** Knowledge base to resolve against (default: the shipped one). */
  readonly kb?: KnowledgeBase;
}

export function analyzeArticle(article: Article, ctx: StageContext, options: AnalyzeOptions = {}): Analysis {
  const { text } = article;
  const kb = options.kb ?? loadKnowledgeBase();
  const articleDate = article.meta.publishedAt?.value;
  const sentences = splitSentences(text, article.blocks);
  const { mentions, entities } = resolveMentions(findMentions(text, sentences), kb, articleDate);
  const quotes = findQuotes(text, sentences).map((quote) => attribute(quote, mentions, kb, articleDate));
  for (const quote of quotes) {
    if (quote.speaker && !quote.speakerEntityId && quote.speaker.kind === 'name') {
      ctx.log.info(`speaker "${quote.speaker.text}" not resolved to an entity`, {
        ruleId: 'analyze:unresolved-speaker',
        place: { articleId: article.id, start: quote.start, end: quote.end },
      });
    }
  }
  const claims = findClaims(text, sentences, { ...(articleDate ? { articleDate } : {}), quotes });
  const events = findEvents(text, sentences, mentions, kb, articleDate ? { date: articleDate } : {});
  return { articleId: article.id, sentences, mentions, entities, quotes, claims, events };
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

function attribute(
  quote: Quote,
  mentions: readonly ResolvedMention[],
  kb: KnowledgeBase,
  date?: string,
): AttributedQuote {
  const speaker = quote.speaker;
  if (!speaker) return { ...quote, speakerEntityId: null };
  const ranges = [speaker.resolvedFrom, speaker.range].filter((r): r is Range => r !== undefined);
  for (const range of ranges) {
    const mention = mentions.find((m) => overlaps(m, range) && m.type !== 'place' && m.type !== 'country');
    if (mention) return { ...quote, speakerEntityId: mention.entityId };
  }
  const named = kb.lookup(speaker.text).filter((e) => e.type === 'person' || e.type === 'organisation');
  if (named.length === 1) return { ...quote, speakerEntityId: named[0]!.id };
  if (speaker.kind === 'role') {
    const holders = kb.lookupRole(speaker.text, undefined, date);
    if (holders.length === 1) return { ...quote, speakerEntityId: holders[0]!.id };
  }
  return { ...quote, speakerEntityId: null };
}

export const analyze = defineStage<Article, Analysis>({
  name: 'analyze',
  version: ANALYZER.version,
  requires: ['article'],
  provides: ['sentences', 'mentions', 'entities', 'quotes', 'claims', 'events'],
  run: analyzeArticle,
});
