/**
 * @module brief/templates
 * Template sentences filled from findings: a contradicted finding becomes "Outlets disagree on the length of
 * the strategy document: 29 pages (Outlet A) against 33 pages (Outlet B)." citing every span it rests on.
 * A value is stated as a number with its unit when the cited spans carry the number, else as the words the
 * spans use, in quotes; a sentence the citation check would not accept is not made.
 */
import { findTemporals } from '../analyze/claims/index.js';
import type { Article } from '../core/types.js';
import type { Finding, FindingValue } from '../verify/types.js';
import { sentenceProblem } from './check.js';
import { type BriefContext, originsOf, uniqueCitations } from './context.js';
import { PROPERTY_WORDS, UNIT_PLURALS, UNIT_TIGHT } from './templates.data.js';
import { normalise, occursIn } from './text.js';
import type { BriefSentence } from './types.js';

/** One template sentence per contradicted claim finding, most origins first. */
export function templateSentences(ctx: BriefContext): BriefSentence[] {
  const articles = new Map<string, Article>(ctx.articles.map((a) => [a.article.id, a.article]));
  const out: BriefSentence[] = [];
  const findings = ctx.input.verification.findings
    .filter((f) => f.kind === 'claim' && f.status === 'contradicted' && f.values.length >= 2)
    .sort((a, b) => b.origins - a.origins);
  for (const f of findings) {
    const s = disagreement(ctx, f, articles);
    if (s && sentenceProblem(s, articles) === null) out.push(s);
  }
  return out;
}

function disagreement(ctx: BriefContext, f: Finding, articles: ReadonlyMap<string, Article>): BriefSentence | null {
  const parts: string[] = [];
  for (const v of f.values.slice(0, 3)) {
    const shown = showValue(v, articles);
    if (!shown) return null;
    const outlets = [...new Set(v.evidence.map((e) => e.outlet ?? ctx.outletOf(e.span.articleId)))];
    parts.push(`${shown} (${outlets.join(', ')})`);
  }
  const citations = uniqueCitations(f.values.flatMap((v) => v.evidence.map((e) => e.span)));
  const text = `Outlets disagree on the ${what(f)}: ${parts.join(' against ')}.`;
  return {
    text,
    kind: 'template',
    citations,
    origins: originsOf(ctx, citations),
    status: 'contradicted',
    reasons: [`finding ${f.id}: ${f.summary}`, ...f.reasons],
  };
}

/** "29 pages" when every span of the value carries 29; else the words of its first span, quoted. */
export function showValue(v: FindingValue, articles: ReadonlyMap<string, Article>): string | null {
  const texts = v.evidence.map((e) => articles.get(e.span.articleId)?.text.slice(e.span.start, e.span.end) ?? '');
  if (typeof v.value === 'number' && texts.every((t) => occursIn(formatNumber(v.value as number), t))) {
    return withUnit(v.value, v.unit);
  }
  if (typeof v.value === 'string' && texts.every((t) => occursIn(v.value as string, t))) return `"${v.value}"`;
  const first = v.evidence[0];
  const article = first ? articles.get(first.span.articleId) : undefined;
  if (!first || !article) return null;
  const temporal = findTemporals(article.text, first.span, article.meta.publishedAt?.value).find(
    (t) => t.value === v.value || t.resolution?.value === v.value,
  );
  return temporal ? `"${normalise(temporal.text)}"` : null;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

export function withUnit(value: number, unit?: string): string {
  const n = formatNumber(value);
  if (!unit || unit === 'year') return n;
  if (UNIT_TIGHT.has(unit)) return `${n}${unit}`;
  const word = value === 1 ? unit : (UNIT_PLURALS[unit] ?? (/(?:s|x|ch|sh)$/u.test(unit) ? `${unit}es` : `${unit}s`));
  return `${n} ${word}`;
}

/** "length in pages of the strategy", "date of the statement" (not "… of the statement of the statement"). */
export function what(f: Finding): string {
  const property = propertyWords(f.property);
  const subject = subjectWords(f.subject);
  return property.toLowerCase().includes(subject.toLowerCase()) ? property : `${property} of ${subject}`;
}

export function propertyWords(property: string): string {
  return PROPERTY_WORDS[property] ?? PROPERTY_WORDS[property.split('.')[0] ?? ''] ?? property.replace(/[._]/g, ' ');
}

export function subjectWords(subject: string): string {
  const s = normalise(subject);
  return /^(?:the|a|an|its|their|his|her|this|that)\b/iu.test(s) || /^\p{Lu}/u.test(s) ? s : `the ${s}`;
}
