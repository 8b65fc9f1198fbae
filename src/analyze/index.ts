/**
 * @module analyze
 * Article → stand-off annotations: sentences, entity mentions resolved to canonical entities (names, role
 * phrases such as "the Kremlin spokesman", pronouns outside quotes), quotes with speakers and relay chains,
 * check-worthy claims with normalised values and resolved dates, and who-did-what-to-whom events (CAMEO codes
 * with Goldstein scores).
 * Requires: article. Provides: sentences, mentions, entities, quotes, claims, events.
 * Messages: analyze:unresolved-speaker (info), analyze:unresolved-role (info: a role phrase that names no one
 * for sure, e.g. in an article without a date).
 */
import type { Article } from '../core/types.js';
import { defineStage, type StageContext } from '../pipeline/stage.js';
import { type Claim, findClaims } from './claims/index.js';
import { resolveCoreference } from './coref/index.js';
import { type EntityRecord, type ResolvedMention, resolveMentions } from './entities/resolve.js';
import { type Event, findEvents } from './events/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from './kb/index.js';
import { findMentions } from './ner/index.js';
import { findQuotes } from './quotes/index.js';
import { type AttributedQuote, attributeQuotes } from './speakers.js';
import { type Sentence, splitSentences } from './text/index.js';

/** Bump `version` whenever the output changes: stored outputs of another version are recomputed. */
export const ANALYZER = { name: 'analyze', version: '9' } as const;

export type { AttributedQuote } from './speakers.js';

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
  const names = resolveMentions(findMentions(text, sentences), kb, articleDate);
  const found = findQuotes(text, sentences);
  const coref = resolveCoreference({ text, sentences, resolved: names, kb, date: articleDate, quotes: found });
  const { mentions, entities } = coref;
  for (const note of coref.notes) {
    if (note.kind !== 'role') continue;
    ctx.log.info(note.reason, {
      ruleId: 'analyze:unresolved-role',
      place: { articleId: article.id, start: note.start, end: note.end },
    });
  }
  const quotes = attributeQuotes({ text, quotes: found, mentions, kb, date: articleDate, conflicts: coref.conflicts });
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

export const analyze = defineStage<Article, Analysis>({
  name: 'analyze',
  version: ANALYZER.version,
  requires: ['article'],
  provides: ['sentences', 'mentions', 'entities', 'quotes', 'claims', 'events'],
  run: analyzeArticle,
});
