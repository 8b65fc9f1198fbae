/**
 * @module server/present
 * JSON views the API adds on top of present/: an article with its annotations, annotation rows with the
 * text they point at, and a story's verification looked up for one article. Views only: nothing is stored.
 */
import type { Analysis } from '../analyze/index.js';
import type { Article } from '../core/types.js';
import { analysisToJson } from '../present/analysis.js';
import { articleToJson } from '../present/article.js';
import type { AnnotationRecord } from '../store/store.js';
import type { Verification } from '../verify/types.js';
import type { ServerContext } from './context.js';

export async function verificationOf(ctx: ServerContext, storyId: string): Promise<Verification | null> {
  const output = await ctx.store.getStageOutput('verify', storyId);
  return output ? (output.data as Verification) : null;
}

export async function analysisOf(ctx: ServerContext, articleId: string): Promise<Analysis | null> {
  const output = await ctx.store.getStageOutput('analyze', articleId);
  return output ? (output.data as Analysis) : null;
}

/** An article with everything known about it: analysis, removals, provenance, messages, story, flags. */
export async function articleDetail(ctx: ServerContext, article: Article): Promise<Record<string, unknown>> {
  const [analysis, messages, storyId] = await Promise.all([
    analysisOf(ctx, article.id),
    ctx.store.getMessages(article.id),
    ctx.store.storyOfArticle(article.id),
  ]);
  const verification = storyId ? await verificationOf(ctx, storyId) : null;
  let annotations: Record<string, unknown> | null = null;
  if (analysis) {
    const { entities, mentions, quotes, claims, events } = analysisToJson(article, analysis);
    annotations = { entities, mentions, quotes, claims, events };
  }
  return {
    article: articleToJson(article),
    analysis: annotations,
    messages,
    storyId,
    flags: verification?.flags.filter((f) => f.articleId === article.id) ?? [],
    reliability: verification?.reliability.find((r) => r.articleId === article.id) ?? null,
  };
}

interface QuoteData {
  readonly content?: { start: number; end: number };
  readonly speaker?: { text: string } | null;
  readonly via?: readonly { text: string }[];
  readonly cue?: { text: string } | null;
  readonly direct?: boolean;
}

/** An annotation row with the words it points at (quote content, claim or event sentence). */
export function annotationJson(row: AnnotationRecord, article: Article | null): Record<string, unknown> {
  const base = {
    articleId: row.articleId,
    kind: row.kind,
    ordinal: row.ordinal,
    start: row.start,
    end: row.end,
    entityId: row.entityId,
    targetId: row.targetId,
    publishedAt: row.publishedAt,
    outlet: article?.meta.outlet?.value ?? null,
    title: article?.meta.title?.value ?? null,
  };
  const text = article?.text.slice(row.start, row.end) ?? null;
  if (row.kind !== 'quote') return { ...base, text, data: row.data };
  const q = row.data as QuoteData;
  const content = q.content && article ? article.text.slice(q.content.start, q.content.end) : null;
  return {
    ...base,
    text,
    content,
    speaker: q.speaker?.text ?? null,
    cue: q.cue?.text ?? null,
    via: (q.via ?? []).map((v) => v.text),
    direct: q.direct ?? false,
  };
}

/** Annotation rows with their articles loaded once each. */
export async function annotationsJson(
  ctx: ServerContext,
  rows: readonly AnnotationRecord[],
): Promise<Record<string, unknown>[]> {
  const ids = [...new Set(rows.map((r) => r.articleId))];
  const articles = new Map(await Promise.all(ids.map(async (id) => [id, await ctx.article(id)] as const)));
  return rows.map((row) => annotationJson(row, articles.get(row.articleId) ?? null));
}
