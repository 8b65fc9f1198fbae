/**
 * @module verify
 * Story (its articles with their analyses, origins and outlets) → Verification: findings (claims aligned by
 * subject and property, quotes matched across outlets, stances and events corroborated by independent
 * origins — each corroborated, single-source, contradicted or unclear, with evidence spans and reasons),
 * integrity flags per article (unattributed expert, unsourced statistic, chatbot residue, duplicated content,
 * promotional insert, headline mismatch, no named source) and each article's reliability in words.
 * Requires: story, article, sentences, mentions, entities, quotes, claims, events. Provides: findings, flags,
 * reliability. Pure and deterministic. See docs/verify.md.
 * Messages: verify:no-analysis (info) — an article without a stored analysis contributes flags only.
 */
import { defineStage, type StageContext } from '../pipeline/stage.js';
import type { Verification, VerifyInput } from './types.js';
import { verifyStory } from './verify.js';

/** Bump `version` whenever the output changes. */
export const VERIFIER = { name: 'verify', version: '2' } as const;

export { alignClaims, propertyLabel } from './claims.js';
export { flagArticle } from './flags/article.js';
export { type Sourcing, sourcingOf } from './flags/sourcing.js';
export { matchQuotes } from './quotes.js';
export { assessArticle } from './reliability.js';
export { corroborateStances } from './stances.js';
export type * from './types.js';
export { compareClaimValues, formatValue, type Relation } from './values.js';
export { verifyStory } from './verify.js';

function run(input: VerifyInput, ctx: StageContext): Verification {
  for (const va of input.articles) {
    if (va.analysis) continue;
    ctx.log.info(`article ${va.article.id} has no analysis: it contributes flags only`, {
      ruleId: 'verify:no-analysis',
      place: { articleId: va.article.id, start: 0, end: 0 },
    });
  }
  return verifyStory(input);
}

export const verify = defineStage<VerifyInput, Verification>({
  name: VERIFIER.name,
  version: VERIFIER.version,
  requires: ['story', 'article', 'sentences', 'mentions', 'entities', 'quotes', 'claims', 'events'],
  provides: ['findings', 'flags', 'reliability'],
  run,
});
