/**
 * @module brief/disagreements
 * The disagreements: the contradicted and unclear findings of the verification, each side worded as its
 * sources word it ("33 pages", "on Tuesday") with the outlets that say it and the spans it rests on.
 */
import type { Article } from '../core/types.js';
import type { Finding } from '../verify/types.js';
import type { BriefContext } from './context.js';
import { showValue, what } from './templates.js';
import { excerpt } from './text.js';
import type { BriefDisagreement } from './types.js';

export function buildDisagreements(ctx: BriefContext): BriefDisagreement[] {
  const articles = new Map<string, Article>(ctx.articles.map((a) => [a.article.id, a.article]));
  return ctx.input.verification.findings
    .filter((f) => f.status === 'contradicted' || f.status === 'unclear')
    .map((f) => ({
      findingId: f.id,
      what: what(f),
      status: f.status,
      sides: sidesOf(ctx, f, articles),
      note: f.reasons[0] ?? f.summary,
    }));
}

function sidesOf(ctx: BriefContext, f: Finding, articles: ReadonlyMap<string, Article>): BriefDisagreement['sides'] {
  const outlets = (ids: readonly string[]) => [...new Set(ids.map((id) => ctx.outletOf(id)))].join(', ');
  if (f.values.length >= 2) {
    return f.values.map((v) => ({
      text: `${showValue(v, articles) ?? String(v.value)} (${outlets(v.evidence.map((e) => e.span.articleId))})`,
      citations: v.evidence.map((e) => e.span),
    }));
  }
  return f.evidence.map((e) => ({
    text: `"${excerpt(e.text, 90)}" (${outlets([e.span.articleId])})`,
    citations: [e.span],
  }));
}
