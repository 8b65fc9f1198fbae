/**
 * @module brief/numbers
 * The numbers table: every numeric claim of the story's articles (counts, percentages, money, quantities,
 * ranks, durations) with what it is of, who says so (the outlet, or the speaker, study or document the outlet
 * cites), its status from the claim findings, and 'flagged' with the flag's reason when it lies on an
 * unsourced-statistic flag. Dates go to the timeline. Small referential counts ("the two countries") are left
 * out.
 */
import type { Claim } from '../analyze/claims/index.js';
import type { Finding } from '../verify/types.js';
import { type BriefArticle, type BriefContext, cite } from './context.js';
import { withUnit } from './templates.js';
import { normalise } from './text.js';
import type { BriefNumber } from './types.js';

const NUMERIC = new Set<Claim['kind']>(['count', 'percent', 'money', 'quantity', 'rank', 'duration']);

export function numbersTable(ctx: BriefContext): BriefNumber[] {
  const out: BriefNumber[] = [];
  for (const a of ctx.articles) {
    for (const c of a.analysis?.claims ?? []) {
      if (!NUMERIC.has(c.kind) || c.value === null || referential(c)) continue;
      if (inPromoOrHeading(a, c) && !ctx.isFlagged(a.article.id, c.valueSpan)) continue;
      out.push(briefNumber(ctx, a, c));
    }
  }
  return out;
}

function briefNumber(ctx: BriefContext, a: BriefArticle, c: Claim): BriefNumber {
  const id = a.article.id;
  const text = a.article.text.slice(c.valueSpan.start, c.valueSpan.end);
  const finding = findingOf(ctx, id, c);
  const flag = ctx
    .flagsOf(id)
    .find((f) => f.kind === 'unsourced-statistic' && f.span && f.span.start < c.end && c.start < f.span.end);
  const outlet = ctx.outletOf(id);
  const saidBy =
    c.assertedBy.kind === 'outlet' || !c.assertedBy.text ? outlet : `${outlet}, citing ${c.assertedBy.text}`;
  const others = finding?.values.filter((v) => v.value !== c.value) ?? [];
  const note = flag
    ? flag.reason
    : others.length
      ? `others say ${others.map((v) => `${show(v.value, v.unit)} (${v.evidence.map((e) => e.outlet ?? ctx.outletOf(e.span.articleId)).join(', ')})`).join('; ')}`
      : undefined;
  return {
    text,
    value: c.value ?? text,
    ...(c.unit ? { unit: c.unit } : {}),
    of: normalise(c.subject ?? c.property ?? 'unspecified'),
    saidBy,
    status: flag ? 'flagged' : (finding?.status ?? 'single-source'),
    ...(note ? { note } : {}),
    citations: [cite(id, c)],
  };
}

function show(value: string | number, unit?: string): string {
  return typeof value === 'number' ? withUnit(value, unit) : value;
}

/** "the two countries", "both sides": small unit-less counts that refer back rather than report. */
function referential(c: Claim): boolean {
  return c.kind === 'count' && !c.unit && typeof c.value === 'number' && c.value < 3;
}

function inPromoOrHeading(a: BriefArticle, c: Claim): boolean {
  const block = a.article.blocks.find((b) => b.start <= c.valueSpan.start && c.valueSpan.end <= b.end);
  return block?.mark === 'promo' || block?.kind === 'heading';
}

function findingOf(ctx: BriefContext, articleId: string, c: Claim): Finding | undefined {
  const hits = ctx.input.verification.findings.filter(
    (f) =>
      f.kind === 'claim' &&
      f.evidence.some((e) => e.span.articleId === articleId && e.span.start < c.end && c.start < e.span.end),
  );
  return hits.find((f) => f.values.some((v) => v.value === c.value)) ?? hits[0];
}
