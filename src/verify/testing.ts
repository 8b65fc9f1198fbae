/**
 * @module verify/testing
 * Test helpers for the verify step tests: a small invented text → extracted Article → Analysis → VerifyArticle,
 * and a CorpusStats over a list of analyses. Not used by the stage itself.
 */
import { analyzeArticle } from '../analyze/index.js';
import { MessageLog } from '../core/message.js';
import type { Article } from '../core/types.js';
import { extractArticle } from '../extract/index.js';
import { makeCapture } from '../ingest/capture.js';
import type { CorpusStats, VerifyArticle } from './types.js';

const NOW = new Date('2025-12-08T12:00:00Z');

export interface StoryArticleOptions {
  readonly origin: string;
  readonly outlet?: string;
  readonly title?: string;
}

/** Extracts and analyzes `text` (paragraphs separated by blank lines) as one article of a story. */
export function storyArticle(text: string, options: StoryArticleOptions): VerifyArticle {
  const capture = makeCapture({ bytes: new TextEncoder().encode(text), kind: 'text', input: `${options.origin}.txt` });
  const extracted = extractArticle(capture, { log: new MessageLog('extract'), now: NOW }).article;
  const article: Article = options.title
    ? { ...extracted, meta: { ...extracted.meta, title: { value: options.title, source: 'text', confidence: 1 } } }
    : extracted;
  const analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW });
  return { article, analysis, originId: options.origin, outlet: options.outlet ?? options.origin };
}

/** Store-wide mention counts over the given articles (by canonical entity id). */
export function corpusOf(articles: readonly VerifyArticle[]): CorpusStats {
  return {
    articlesMentioning(entityId, exclude) {
      return articles.filter(
        (va) => !exclude.has(va.article.id) && va.analysis?.mentions.some((m) => m.entityId === entityId),
      ).length;
    },
  };
}
