/**
 * @module verify/evidence
 * Shared helpers of the verify steps: evidence spans cut from an article's text, stable finding ids,
 * counting independent origins (copies of one wire story count once), and word normalisation for matching.
 * Pure; no store, no clock.
 */
import { sha256Hex } from '../core/ids.js';
import type { Range } from '../core/types.js';
import type { Evidence, VerifyArticle } from './types.js';

/** Extra fields an evidence record may carry. */
export interface EvidenceExtra {
  readonly value?: string | number;
  readonly unit?: string;
  readonly assertedBy?: string;
}

/** Evidence for `range` of the article's text (clamped to the text, so it always slices). */
export function evidenceOf(va: VerifyArticle, range: Range, extra: EvidenceExtra = {}): Evidence {
  const { text, id } = va.article;
  const start = Math.max(0, Math.min(range.start, text.length));
  const end = Math.max(start, Math.min(range.end, text.length));
  return {
    span: { articleId: id, start, end },
    text: text.slice(start, end),
    originId: va.originId,
    outlet: va.outlet,
    ...(extra.value !== undefined ? { value: extra.value } : {}),
    ...(extra.unit !== undefined ? { unit: extra.unit } : {}),
    ...(extra.assertedBy !== undefined ? { assertedBy: extra.assertedBy } : {}),
  };
}

/** "f_" + 16 hex digits of a hash of the parts: stable for the same kind, subject and property. */
export function findingId(...parts: readonly string[]): string {
  return `f_${sha256Hex(parts.join('\u0000')).slice(0, 16)}`;
}

/** Distinct origins among the evidence. */
export function originsOf(evidence: readonly Evidence[]): number {
  return new Set(evidence.map((e) => e.originId)).size;
}

/** Orders evidence by story order (article index), then offset: `order` maps article id → index. */
export function byStoryOrder(order: ReadonlyMap<string, number>) {
  return (a: Evidence, b: Evidence): number =>
    (order.get(a.span.articleId) ?? 0) - (order.get(b.span.articleId) ?? 0) || a.span.start - b.span.start;
}

/** Lower-case words of a text, curly quotes and apostrophes folded, punctuation dropped. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/gu, "'")
      .replace(/'s\b/gu, '')
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

/** How an article is named in summaries: the outlet, else a short form of its id. */
export function articleLabel(va: VerifyArticle): string {
  return va.outlet ?? va.article.meta.outlet?.value ?? va.article.id.slice(0, 8);
}

/** The sentence of the analysis that holds `at`, or the block that does, or `at` itself. */
export function sentenceAround(va: VerifyArticle, at: Range): Range {
  const sentence = va.analysis?.sentences.find((s) => s.start <= at.start && at.end <= s.end);
  if (sentence) return { start: sentence.start, end: sentence.end };
  const block = va.article.blocks.find((b) => b.start <= at.start && at.end <= b.end);
  return block ? { start: block.start, end: block.end } : { start: at.start, end: at.end };
}
