/**
 * @module brief/templates
 * Template sentences filled from findings: a contradicted claim finding with exactly two values, stated by
 * different origins, becomes "Outlets disagree on the number of pages of the strategy document: 29 pages
 * (Reuters) against 33 pages (Outlet B)." citing every span it rests on; at most two outlets are named per side
 * ("and 3 others"), copies of one wire story count once. Messier findings (three values, an origin on both
 * sides, figures of low check-worthiness) stay in the disagreements table. A value is stated as a number with
 * its unit when the cited spans carry the number, else as the words the spans use; a sentence the citation
 * check would not accept is not made. Most important first: most origins, then check-worthiness.
 */
import { findTemporals } from '../analyze/claims/index.js';
import type { Article } from '../core/types.js';
import type { Finding, FindingValue } from '../verify/types.js';
import { sentenceProblem } from './check.js';
import { type BriefContext, originsOf, uniqueCitations } from './context.js';
import { claimOfEvidence } from './match.js';
import { NUMBERS } from './numbers.data.js';
import { groupByOrigin, nameList } from './outlets.js';
import { normalise, occursIn, statedNumbers } from './text.js';
import type { BriefSentence } from './types.js';
import { TEMPLATE_UNITS, what } from './what.js';

/** One template sentence per clean contradicted claim finding, most important first. */
export function templateSentences(ctx: BriefContext): BriefSentence[] {
  const articles = new Map<string, Article>(ctx.articles.map((a) => [a.article.id, a.article]));
  const out: { s: BriefSentence; weight: number }[] = [];
  for (const f of ctx.input.verification.findings) {
    if (!twoSided(ctx, f)) continue;
    const worth = checkWorthiness(ctx, f);
    if (worth < NUMBERS.minCheckWorthy) continue;
    const s = disagreement(ctx, f);
    if (s && sentenceProblem(s, articles) === null) out.push({ s, weight: f.origins + worth + kindWeight(f) });
  }
  return out.sort((a, b) => b.weight - a.weight).map((x) => x.s);
}

/** A contradicted claim finding with exactly two values, and no origin stating both. */
function twoSided(ctx: BriefContext, f: Finding): boolean {
  if (f.kind !== 'claim' || f.status !== 'contradicted' || f.values.length !== 2) return false;
  const [a, b] = f.values.map((v) => new Set(v.evidence.map((e) => ctx.originOf(e.span.articleId))));
  return a!.size > 0 && b!.size > 0 && [...a!].every((o) => !b!.has(o));
}

/**
 * How check-worthy the weaker side is: per value the best claim behind it (1 when none is found), then the
 * lower of the two. A figure nobody would check ("five things to know") makes no headline disagreement.
 */
function checkWorthiness(ctx: BriefContext, f: Finding): number {
  const perValue = f.values.map((v) => {
    const scores = v.evidence.flatMap((e) => {
      const c = claimOfEvidence(ctx, e, v.value);
      return c ? [c.checkWorthy] : [];
    });
    return scores.length ? Math.max(...scores) : 1;
  });
  return Math.min(...perValue);
}

/** Figures before dates: date disagreements often come from resolving a weekday or "tomorrow". */
const kindWeight = (f: Finding) => (f.values.every((v) => typeof v.value === 'number') ? 1 : 0);

function disagreement(ctx: BriefContext, f: Finding): BriefSentence | null {
  const parts: string[] = [];
  const shown: string[] = [];
  for (const v of f.values) {
    const value = showValue(ctx, v);
    if (!value) return null;
    const outlets = groupByOrigin(
      ctx,
      v.evidence.map((e) => e.span.articleId),
    ).map((g) => g.outlet);
    shown.push(value.toLowerCase());
    parts.push(`${value} (${nameList(outlets)})`);
  }
  if (new Set(shown).size < shown.length) return null;
  const citations = uniqueCitations(f.values.flatMap((v) => v.evidence.map((e) => e.span)));
  return {
    text: `Outlets disagree on the ${what(f)}: ${parts.join(' against ')}.`,
    kind: 'template',
    citations,
    origins: originsOf(ctx, citations),
    status: 'contradicted',
    reasons: [`finding ${f.id}: ${f.summary}`, ...f.reasons],
  };
}

/**
 * How a value is stated: "29 pages" when every span of the value carries 29; a string value the spans carry, in
 * quotes; else the words of the claim behind its first span ("$1.2 billion", "two weeks" in quotes); else the
 * words of the time expression found there.
 */
export function showValue(ctx: BriefContext, v: FindingValue): string | null {
  const texts = v.evidence.map((e) => spanText(ctx, e.span));
  if (typeof v.value === 'number' && texts.every((t) => occursIn(formatNumber(v.value as number), t))) {
    return withUnit(v.value, v.unit);
  }
  if (typeof v.value === 'string' && texts.every((t) => occursIn(v.value as string, t))) return `"${v.value}"`;
  const first = v.evidence[0];
  if (!first) return null;
  const claim = claimOfEvidence(ctx, first, v.value);
  const article = ctx.byId.get(first.span.articleId)?.article;
  if (claim && article) {
    const written = normalise(article.text.slice(claim.valueSpan.start, claim.valueSpan.end));
    if (written && texts.every((t) => statedNumbers(written).every((n) => occursIn(n, t)))) {
      return statedNumbers(written).length ? written : `"${written}"`;
    }
  }
  if (!article) return null;
  const temporal = findTemporals(article.text, first.span, article.meta.publishedAt?.value).find(
    (t) => t.value === v.value || t.resolution?.value === v.value,
  );
  return temporal ? `"${normalise(temporal.text)}"` : null;
}

function spanText(ctx: BriefContext, s: { articleId: string; start: number; end: number }): string {
  return ctx.byId.get(s.articleId)?.article.text.slice(s.start, s.end) ?? '';
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** "29 pages", "1 page", "10 km", "100 mm", "35%": symbols and abbreviations never take an "s". */
export function withUnit(value: number, unit?: string): string {
  const n = formatNumber(value);
  if (!unit || unit === 'year') return n;
  return `${n}${TEMPLATE_UNITS.tight(unit) ? '' : ' '}${value === 1 ? unit : TEMPLATE_UNITS.plural(unit)}`;
}

export { what };
