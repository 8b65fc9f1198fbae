/**
 * @module verify/verify
 * Story → Verification: aligned claims, matched quotes and corroborated stances (findings), each article's
 * integrity flags, and each article's reliability in words. Pure and deterministic: the same input gives the
 * same output; no store, no clock (store-wide counts come in through `CorpusStats`).
 */
import { alignClaims } from './claims.js';
import { flagArticle } from './flags/article.js';
import { sourcingOf } from './flags/sourcing.js';
import { matchQuotes } from './quotes.js';
import { assessArticle } from './reliability.js';
import { corroborateStances } from './stances.js';
import type { Finding, Verification, VerifyInput } from './types.js';

const STATUS_ORDER = { contradicted: 0, unclear: 1, corroborated: 2, 'single-source': 3 } as const;
const KIND_ORDER = { claim: 0, event: 1, quote: 2 } as const;

export function verifyStory(input: VerifyInput): Verification {
  const { articles, corpus } = input;
  const findings = [...alignClaims(articles), ...corroborateStances(articles), ...matchQuotes(articles)].sort(
    byImportance,
  );
  const flags = articles.flatMap((va) => flagArticle(va, articles, corpus));
  const reliability = articles.map((va) =>
    assessArticle(
      va,
      findings,
      flags.filter((f) => f.articleId === va.article.id),
      sourcingOf(va),
    ),
  );
  return { storyId: input.storyId, findings, flags, reliability };
}

/** Disagreements first, then corroborated, then single-source; within a status claims, events, quotes; then by support. */
function byImportance(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    b.origins - a.origins ||
    a.id.localeCompare(b.id)
  );
}
