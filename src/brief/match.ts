/**
 * @module brief/match
 * Which finding a claim belongs to: the claim finding with evidence in the same article whose span overlaps
 * the claim's and whose value is the claim's (a sentence often carries several claims, each in its own
 * finding). Pure.
 */
import type { Claim } from '../analyze/claims/index.js';
import type { Evidence, Finding, FindingStatus, FindingValue } from '../verify/types.js';
import type { BriefContext } from './context.js';

export interface ClaimFinding {
  readonly finding: Finding;
  readonly value: FindingValue;
  readonly evidence: Evidence;
}

const SEVERITY: Record<FindingStatus, number> = { contradicted: 0, unclear: 1, corroborated: 2, 'single-source': 3 };

/** Whether two normalised values are the same (numbers numerically, "14" = 14). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const x = typeof a === 'number' ? a : typeof a === 'string' && /^-?\d+(?:\.\d+)?$/u.test(a) ? Number(a) : null;
  const y = typeof b === 'number' ? b : typeof b === 'string' && /^-?\d+(?:\.\d+)?$/u.test(b) ? Number(b) : null;
  if (x === null || y === null) return false;
  return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** The claim finding that holds this claim (contradicted first when several do), or null. */
export function findingOfClaim(ctx: BriefContext, articleId: string, claim: Claim): ClaimFinding | null {
  const hits: ClaimFinding[] = [];
  for (const finding of ctx.input.verification.findings) {
    if (finding.kind !== 'claim') continue;
    for (const value of finding.values) {
      for (const evidence of value.evidence) {
        const s = evidence.span;
        if (s.articleId !== articleId || !(s.start < claim.end && claim.start < s.end)) continue;
        if (!sameValue(evidence.value ?? value.value, claim.value)) continue;
        hits.push({ finding, value, evidence });
      }
    }
  }
  hits.sort((a, b) => SEVERITY[a.finding.status] - SEVERITY[b.finding.status]);
  return hits[0] ?? null;
}

/** The analysed claim an evidence span stands for (same article, overlapping span, same value), or null. */
export function claimOfEvidence(ctx: BriefContext, e: Evidence, value: FindingValue['value']): Claim | null {
  const claims = ctx.byId.get(e.span.articleId)?.analysis?.claims ?? [];
  const inside = claims.filter((c) => c.start < e.span.end && e.span.start < c.end);
  return (
    inside.find((c) => sameValue(c.value, e.value ?? value)) ??
    inside.find((c) => c.valueSpan.start >= e.span.start && c.valueSpan.end <= e.span.end && c.value !== null) ??
    null
  );
}
