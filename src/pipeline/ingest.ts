/**
 * @module pipeline/ingest
 * Runs ingest → extract → analyze → store for a list of inputs. Each document is written in one
 * transaction (capture + article + analysis + messages), so a crash or kill leaves the store consistent
 * and a rerun resumes: stored bytes are recognised by hash, fetched URLs are not fetched again.
 */
import { ANALYZER, type Analysis, analyzeArticle } from '../analyze/index.js';
import { errorMessage, UserError } from '../core/errors.js';
import { MessageLog } from '../core/message.js';
import type { Article } from '../core/types.js';
import { extractArticle } from '../extract/index.js';
import { collectSources } from '../ingest/collect.js';
import type { CollectOptions, IngestItem } from '../ingest/types.js';
import type { StageOutput, Store } from '../store/store.js';
import { articleIndexOf } from './article-index.js';

export type IngestOutcome =
  | { readonly input: string; readonly status: 'ingested'; readonly articleId: string; readonly title: string | null }
  | { readonly input: string; readonly status: 'duplicate'; readonly captureId: string }
  | { readonly input: string; readonly status: 'skipped'; readonly reason: string }
  | { readonly input: string; readonly status: 'refused'; readonly reason: string; readonly code: string };

export interface IngestSummary {
  readonly ingested: number;
  readonly duplicate: number;
  readonly skipped: number;
  readonly refused: number;
  readonly outcomes: IngestOutcome[];
}

export interface IngestRunOptions extends Omit<CollectOptions, 'skip'> {
  /** Called after each document. */
  readonly onOutcome?: (outcome: IngestOutcome) => void;
  /** Fetch URLs again even if an earlier run ingested them. */
  readonly refetch?: boolean;
  /** Reference time for date plausibility (default: now). */
  readonly now?: Date;
  /** Run the analyze stage and store its output with the article (default true). */
  readonly analyze?: boolean;
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

export async function ingestInputs(
  store: Store,
  inputs: readonly string[],
  options: IngestRunOptions = {},
): Promise<IngestSummary> {
  const outcomes: IngestOutcome[] = [];
  const skipped = new Set<string>();
  const skip = async (input: string): Promise<boolean> => {
    if (options.refetch || !isUrl(input)) return false;
    const known = await store.getSource(input);
    const done = known !== null && known.status !== 'refused';
    if (done) skipped.add(input);
    return done;
  };
  const record = (outcome: IngestOutcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  for await (const item of collectSources([...inputs], { ...options, skip })) {
    record(await ingestItem(store, item, options.now ?? new Date(), options.analyze ?? true));
  }
  for (const input of skipped)
    record({ input, status: 'skipped', reason: 'already ingested (use --refetch to fetch again)' });
  const count = (status: IngestOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    ingested: count('ingested'),
    duplicate: count('duplicate'),
    skipped: count('skipped'),
    refused: count('refused'),
    outcomes,
  };
}

async function ingestItem(store: Store, item: IngestItem, now: Date, analyze: boolean): Promise<IngestOutcome> {
  if (!item.ok) {
    await store.recordSource({ input: item.input, status: 'refused', captureId: null, reason: item.reason });
    return { input: item.input, status: 'refused', reason: item.reason, code: item.code };
  }
  const { capture } = item;
  if (await store.hasCapture(capture.contentHash)) {
    await store.recordSource({ input: capture.input, status: 'duplicate', captureId: capture.id, reason: null });
    return { input: capture.input, status: 'duplicate', captureId: capture.id };
  }
  const log = new MessageLog('extract');
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle(capture, { log, now });
  } catch (error) {
    const reason = `extraction failed: ${errorMessage(error)}`;
    await store.recordSource({ input: capture.input, status: 'refused', captureId: null, reason });
    return { input: capture.input, status: 'refused', reason, code: 'extract:failed' };
  }
  const { article } = extracted;
  const analysis = analyze ? analyzeForStore(article, now, log) : null;
  const outputs = analysis ? [analysisOutput(analysis)] : [];
  const index = analysis ? articleIndexOf(analysis) : undefined;
  let saved: 'new' | 'duplicate';
  try {
    saved = await store.saveIngested({
      capture,
      article,
      messages: log.messages,
      outputs,
      ...(index ? { index } : {}),
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const reason = `not stored: ${error.message}`;
    await store.recordSource({ input: capture.input, status: 'refused', captureId: null, reason });
    return { input: capture.input, status: 'refused', reason, code: error.code ?? 'store:refused' };
  }
  await store.recordSource({
    input: capture.input,
    status: saved === 'new' ? 'ingested' : 'duplicate',
    captureId: capture.id,
    reason: null,
  });
  return saved === 'new'
    ? { input: capture.input, status: 'ingested', articleId: article.id, title: article.meta.title?.value ?? null }
    : { input: capture.input, status: 'duplicate', captureId: capture.id };
}

/** The analyze stage's output record of an analysis. */
export function analysisOutput(analysis: Analysis): StageOutput {
  return { stage: 'analyze', recordId: analysis.articleId, stageVersion: ANALYZER.version, data: analysis };
}

/**
 * The analyze stage's output for an article, its messages joining the extraction's. A failure of
 * analysis does not cost the article: it is stored without annotations and the failure reported.
 */
function analyzeForStore(article: Article, now: Date, log: MessageLog): Analysis | null {
  const analyzeLog = new MessageLog('analyze');
  try {
    const analysis = analyzeArticle(article, { log: analyzeLog, now });
    log.messages.push(...analyzeLog.messages);
    return analysis;
  } catch (error) {
    analyzeLog.message(`analysis failed: ${errorMessage(error)}`, { ruleId: 'analyze:failed', severity: 'error' });
    log.messages.push(...analyzeLog.messages);
    return null;
  }
}
