/**
 * @module verify/flags/article
 * An article's integrity flags, in a fixed order: chatbot residue, duplicated content, promotional inserts,
 * unattributed experts, unsourced statistics, headline mismatch, no named source. Each flag carries its span
 * (or source range), the text at issue, the reason in plain words and its rule id ("verify:<kind>").
 */
import type { CorpusStats, Flag, VerifyArticle } from '../types.js';
import { unattributedExperts } from './expert.js';
import { chatbotResidue, duplicatedContent, promotionalInserts } from './extraction.js';
import { headlineMismatch } from './headline.js';
import { noNamedSource, type Sourcing, sourcingOf } from './sourcing.js';
import { unsourcedStatistics } from './statistic.js';

export { type Sourcing, sourcingOf } from './sourcing.js';

export function flagArticle(
  va: VerifyArticle,
  story: readonly VerifyArticle[],
  corpus: CorpusStats,
  sourcing?: Sourcing,
): Flag[] {
  return [
    ...chatbotResidue(va),
    ...duplicatedContent(va),
    ...promotionalInserts(va),
    ...unattributedExperts(va, story, corpus),
    ...unsourcedStatistics(va),
    ...headlineMismatch(va),
    ...noNamedSource(va, sourcing ?? sourcingOf(va)),
  ];
}
