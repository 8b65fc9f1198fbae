/**
 * @module pipeline/analyses
 * A stored article's analysis for the stages after analyze: the one ingest stored when the analyzer has not
 * changed since, else computed afresh and stored (so the next reader finds it).
 */
import { ANALYZER, type Analysis, analyzeArticle } from '../analyze/index.js';
import { MessageLog } from '../core/message.js';
import type { Article } from '../core/types.js';
import type { Store } from '../store/store.js';

/** The stored analysis of `articleId` when it is of the current analyzer version, else null. */
export async function storedAnalysis(store: Store, articleId: string): Promise<Analysis | null> {
  const output = await store.getStageOutput('analyze', articleId);
  return output?.stageVersion === ANALYZER.version ? (output.data as Analysis) : null;
}

/** The current analysis of a stored article: the stored one, or a fresh one that is then stored. */
export async function currentAnalysis(store: Store, article: Article, now: Date): Promise<Analysis> {
  const stored = await storedAnalysis(store, article.id);
  if (stored) return stored;
  const log = new MessageLog('analyze');
  const analysis = analyzeArticle(article, { log, now });
  await store.saveStageOutput(
    { stage: 'analyze', recordId: article.id, stageVersion: ANALYZER.version, data: analysis },
    log.messages,
  );
  return analysis;
}
