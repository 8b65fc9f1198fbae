/**
 * @module verify/claims
 * Claim alignment: the valued claims of a story's articles (counts, percentages, money, quantities, ranks,
 * dates, durations) are grouped by property key and subject ("a 29-page document" and "the 33-page strategy" are
 * one document's length; "112 people confirmed dead" and "the death toll rose to 112" are one toll) and each group
 * is resolved into findings by `claim-status` (corroborated, single-source, contradicted or unclear, with reasons).
 */
import { baseOf, type ClaimItem, claimItems, isEvolving, STATEMENT_DATES } from './claim-items.js';
import { type Cluster, describe, type Resolved, resolveGroup } from './claim-status.js';
import { byStoryOrder, evidenceOf, findingId, originsOf } from './evidence.js';
import type { Evidence, Finding, FindingStatus, FindingValue, VerifyArticle } from './types.js';
import { formatValue } from './values.js';

/** Aligns the valued claims of the story's articles into findings (story order). */
export function alignClaims(articles: readonly VerifyArticle[]): Finding[] {
  const order = new Map(articles.map((va, i) => [va.article.id, i]));
  const groups: ClaimItem[][] = [];
  for (const item of articles.flatMap(claimItems)) {
    const group = groups.find((g) => g[0]?.key === item.key && g.some((m) => sameSubject(m, item)));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.flatMap((g) => resolveGroup(g).map((r) => toFinding(r, order)));
}

/** Whether two items with the same property key are about the same thing. */
function sameSubject(a: ClaimItem, b: ClaimItem): boolean {
  if (a.alone || b.alone) return false;
  if (a.speakers || b.speakers) return [...(a.speakers ?? [])].some((s) => b.speakers?.has(s));
  if (a.claim.kind === 'date') return a.eventKey !== undefined && a.eventKey === b.eventKey;
  if (a.documentish && b.documentish) return true;
  if (isEvolving(a.property) || a.property.startsWith('count.')) return true;
  if (a.subjectWords.length === 0 || b.subjectWords.length === 0) return false;
  if (baseOf(a.property) === 'percent') {
    return a.subjectWords.length === b.subjectWords.length && a.subjectWords.every((w) => b.subjectWords.includes(w));
  }
  if (a.head !== b.head) return false;
  const bw = new Set(b.subjectWords);
  const shared = a.subjectWords.filter((w) => bw.has(w)).length;
  return shared * 2 >= Math.min(a.subjectWords.length, b.subjectWords.length);
}

function toFinding(resolved: Resolved, order: ReadonlyMap<string, number>): Finding {
  const { items, clusters, status, reasons } = resolved;
  const first = items[0]!;
  const sort = byStoryOrder(order);
  const evidenceOfItem = (i: ClaimItem): Evidence =>
    evidenceOf(i.va, i.claim, {
      value: i.claim.value ?? '',
      ...(i.claim.unit ? { unit: i.claim.unit } : {}),
      assertedBy: i.claim.assertedBy.text ?? i.claim.assertedBy.kind,
    });
  const values: FindingValue[] = clusters.map((c) => ({
    value: c.items[0]!.claim.value ?? '',
    ...(c.items[0]!.claim.unit ? { unit: c.items[0]!.claim.unit } : {}),
    evidence: c.items.map(evidenceOfItem).sort(sort),
  }));
  const evidence = items.map(evidenceOfItem).sort(sort);
  const subject = subjectText(items);
  return {
    id: findingId('claim', first.key, subject, resolved.part ?? ''),
    kind: 'claim',
    status,
    subject,
    property: propertyLabel(first.property, first.claim.unit),
    summary: summaryOf(status, clusters),
    values,
    origins: originsOf(evidence),
    evidence,
    reasons: [...reasons, ...alignmentReasons(items)],
  };
}

function summaryOf(status: FindingStatus, clusters: readonly Cluster[]): string {
  const stated = clusters.map(describe).join(' vs ');
  if (status === 'corroborated') {
    const origins = new Set(clusters[0]!.items.map((i) => i.va.originId)).size;
    return `${formatValue(clusters[0]!.items[0]!.claim)}, stated by ${origins} independent origins`;
  }
  if (status === 'single-source') return `${stated}, one origin only`;
  return stated;
}

/** The most specific subject given (most content words), without a leading article. */
function subjectText(items: readonly ClaimItem[]): string {
  const best = [...items].sort((a, b) => b.subjectWords.length - a.subjectWords.length)[0]!;
  if (STATEMENT_DATES.has(best.property) && !best.subject) return 'the statement';
  return best.subject ?? propertyLabel(best.property, best.claim.unit);
}

/** "length.pages" → "length in pages"; "count.people" → "number of people"; "date.statement" → "date of the statement". */
export function propertyLabel(property: string, unit?: string): string {
  const [base = property, detail] = property.split('.');
  if (property === 'date.statement') return 'date of the statement';
  if (base === 'length' && detail) return `length in ${detail}`;
  if (detail === 'part') return `${base === 'count' ? 'number' : base} (part of a larger count)`;
  if (base === 'count') return detail ? `number of ${detail}` : 'number';
  if (base === 'percent') return detail ? `share of ${detail}` : 'share';
  if (base === 'rank') return detail ? `rank (${detail.replace(/-/gu, ' ')})` : 'rank';
  if (base === 'size' && detail) return `size in ${detail}`;
  if (base === 'amount') return unit ? `amount (${unit})` : 'amount';
  return property.replace(/\./gu, ' ');
}

function alignmentReasons(items: readonly ClaimItem[]): string[] {
  const subjects = [...new Set(items.map((i) => i.subject).filter((s): s is string => Boolean(s)))];
  if (subjects.length < 2) return [];
  const documents = items.every((i) => i.documentish);
  const roles = isEvolving(items[0]!.property) || items[0]!.property.startsWith('count.');
  const why = documents
    ? 'both name a document of the story'
    : roles
      ? 'the same role and counted noun'
      : 'their subjects share their head words';
  return [`aligned ${subjects.map((s) => `"${s}"`).join(' and ')}: same property, ${why}`];
}
