/**
 * @module verify/reliability
 * An article's reliability in words, never a score: a summary line, the points for it (named sources, quotes
 * relayed through agencies, claims other origins corroborate) and the points against it (each flag, the claims
 * no other origin states, the findings where it disagrees with another origin).
 */
import type { Sourcing } from './flags/sourcing.js';
import type { ArticleReliability, Finding, Flag, VerifyArticle } from './types.js';

const list = (items: readonly string[], max = 4) =>
  items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function assessArticle(
  va: VerifyArticle,
  findings: readonly Finding[],
  flags: readonly Flag[],
  sourcing: Sourcing,
): ArticleReliability {
  const id = va.article.id;
  const mine = findings.filter((f) => f.evidence.some((e) => e.span.articleId === id));
  const strengths: string[] = [];
  if (sourcing.named.length > 0) strengths.push(`named sources quoted: ${list(sourcing.named)}`);
  if (sourcing.via.length > 0) strengths.push(`quotes relayed through ${list(sourcing.via)}`);
  const corroborated = mine.filter((f) => f.status === 'corroborated');
  if (corroborated.length > 0) {
    strengths.push(
      `${plural(corroborated.length, 'finding')} corroborated by other origins: ${list(corroborated.map(label))}`,
    );
  }
  const concerns: string[] = flags.map((f) => `${f.kind}: ${f.reason}`);
  const contradicted = mine.filter((f) => f.status === 'contradicted');
  for (const f of contradicted) concerns.push(`disagrees with another origin on ${label(f)}: ${f.summary}`);
  const single = mine.filter((f) => f.kind === 'claim' && f.status === 'single-source');
  if (single.length > 0) {
    concerns.push(`${plural(single.length, 'claim')} stated by no other origin: ${list(single.map(label))}`);
  }
  return { articleId: id, summary: summaryOf(flags, sourcing), strengths, concerns };
}

function label(f: Finding): string {
  return f.kind === 'quote' ? `quote of ${f.subject}` : `${f.property} of ${f.subject}`;
}

function summaryOf(flags: readonly Flag[], sourcing: Sourcing): string {
  const warnings = flags.filter((f) => f.severity === 'warning').length;
  const noNamed = flags.some((f) => f.kind === 'no-named-source');
  const parts: string[] = [];
  if (warnings > 0) parts.push(plural(warnings, 'integrity flag'));
  if (noNamed) parts.push('no named source');
  if (parts.length > 0) return parts.join('; ');
  if (sourcing.via.length > 0) return `well attributed: ${list(sourcing.via)}`;
  if (sourcing.named.length > 0) return `attributed to named sources: ${list(sourcing.named, 3)}`;
  return 'no integrity flags';
}
