/**
 * @module verify/claims
 * Claim alignment: the valued claims of a story's articles (counts, percentages, money, quantities, ranks,
 * dates, durations) are grouped by property and subject ("a 29-page document" and "the 33-page strategy" are
 * one document's length), their values compared with hedges and tolerances, and each group given a status:
 * corroborated (≥2 independent origins state the same value), single-source, contradicted (origins state
 * values that cannot both hold), or unclear (compatible only through a hedge, two dates that may be two
 * statements, one source giving two values). Every status carries its reasons.
 */
import type { Claim } from '../analyze/claims/index.js';
import {
  ANAPHORIC_DETERMINERS,
  ANAPHORIC_MAX,
  DOCUMENT_HEADS,
  STATEMENT_DATE_PROPERTIES,
  SUBJECT_STOPWORDS,
} from './claims.data.js';
import { articleLabel, byStoryOrder, evidenceOf, findingId, originsOf, words } from './evidence.js';
import type { Evidence, Finding, FindingStatus, FindingValue, VerifyArticle } from './types.js';
import { compareClaimValues, formatValue, type Relation } from './values.js';

interface ClaimItem {
  readonly va: VerifyArticle;
  readonly claim: Claim;
  /** Property + unit + currency: only items with the same key are compared. */
  readonly key: string;
  readonly subjectWords: readonly string[];
  readonly head: string | undefined;
  readonly documentish: boolean;
}

interface Cluster {
  readonly items: ClaimItem[];
}

const STOP = new Set(SUBJECT_STOPWORDS);
const DOC = new Set(DOCUMENT_HEADS);
const STATEMENT_DATES = new Set(STATEMENT_DATE_PROPERTIES);
/** Properties too vague to align without a subject. */
const VAGUE = new Set(['date', 'duration', 'amount', 'quantity', 'count', 'percent']);

/** Aligns the valued claims of the story's articles into findings (story order). */
export function alignClaims(articles: readonly VerifyArticle[]): Finding[] {
  const order = new Map(articles.map((va, i) => [va.article.id, i]));
  const groups: ClaimItem[][] = [];
  for (const item of articles.flatMap(claimItems)) {
    const group = groups.find((g) => g[0]?.key === item.key && g.some((m) => sameSubject(m, item)));
    if (group) group.push(item);
    else groups.push([item]);
  }
  return groups.map((g) => toFinding(g, order));
}

function claimItems(va: VerifyArticle): ClaimItem[] {
  const claims = va.analysis?.claims ?? [];
  return claims.filter((c) => eligible(va.article.text, c)).map((claim) => itemOf(va, claim));
}

/** Valued claims about something nameable; small counts that refer back ("the two powers") are not statistics. */
function eligible(text: string, c: Claim): boolean {
  if (c.kind === 'statement' || c.value === null) return false;
  const property = c.property ?? c.kind;
  if (!c.subject && !STATEMENT_DATES.has(property) && VAGUE.has(property.split('.')[0] ?? property)) return false;
  if (c.kind === 'count' && !c.unit && typeof c.value === 'number' && c.value <= ANAPHORIC_MAX) {
    const before = text.slice(Math.max(0, c.valueSpan.start - 12), c.valueSpan.start);
    if (ANAPHORIC_DETERMINERS.test(before)) return false;
  }
  return true;
}

function itemOf(va: VerifyArticle, claim: Claim): ClaimItem {
  const property = claim.property ?? claim.kind;
  const subjectWords = words(claim.subject ?? '').filter((w) => !STOP.has(w));
  const head = subjectWords[subjectWords.length - 1];
  const key = [property, claim.unit && claim.kind !== 'date' ? claim.unit : '', claim.currency ?? ''].join('|');
  const documentish = claim.unit === 'page' || (head !== undefined && DOC.has(head));
  return { va, claim, key, subjectWords, head, documentish };
}

/** Whether two claims with the same property key are about the same thing. */
function sameSubject(a: ClaimItem, b: ClaimItem): boolean {
  const property = a.claim.property ?? a.claim.kind;
  if (STATEMENT_DATES.has(property)) return true;
  if (a.subjectWords.length === 0 || b.subjectWords.length === 0) {
    return a.subjectWords.length === b.subjectWords.length && !VAGUE.has(property.split('.')[0] ?? property);
  }
  if (a.claim.kind === 'date' && a.subjectWords[0] !== b.subjectWords[0]) return false;
  if (a.head === b.head) return true;
  const generic = a.subjectWords.length === 1 || b.subjectWords.length === 1;
  if (a.documentish && b.documentish && generic) return true;
  const bw = new Set(b.subjectWords);
  const shared = a.subjectWords.filter((w) => bw.has(w)).length;
  return shared > 0 && shared * 2 >= Math.min(a.subjectWords.length, b.subjectWords.length);
}

function clusterValues(items: readonly ClaimItem[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const item of items) {
    const cluster = clusters.find((c) => c.items[0] && compareClaimValues(c.items[0].claim, item.claim) === 'same');
    if (cluster) cluster.items.push(item);
    else clusters.push({ items: [item] });
  }
  return clusters;
}

function toFinding(items: readonly ClaimItem[], order: ReadonlyMap<string, number>): Finding {
  const first = items[0]!;
  const clusters = clusterValues(items);
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
  const { status, reasons } = statusOf(items, clusters);
  const subject = subjectText(items);
  const property = propertyLabel(first.claim.property ?? first.claim.kind, first.claim.unit);
  return {
    id: findingId('claim', first.key, subject),
    kind: 'claim',
    status,
    subject,
    property,
    summary: summaryOf(status, clusters),
    values,
    origins: originsOf(evidence),
    evidence,
    reasons: [...reasons, ...alignmentReasons(items)],
  };
}

function statusOf(
  items: readonly ClaimItem[],
  clusters: readonly Cluster[],
): {
  status: FindingStatus;
  reasons: string[];
} {
  const origins = new Set(items.map((i) => i.va.originId)).size;
  const copies = items.length > origins ? ` (${items.length} articles, copies of one origin count once)` : '';
  if (clusters.length === 1) {
    if (origins >= 2)
      return { status: 'corroborated', reasons: [`${origins} independent origins state the same value${copies}`] };
    return { status: 'single-source', reasons: [`only one origin states it${copies}`] };
  }
  if (origins === 1) {
    return { status: 'unclear', reasons: ['one source gives different values: they may be about different things'] };
  }
  const property = items[0]!.claim.property ?? items[0]!.claim.kind;
  if (STATEMENT_DATES.has(property)) {
    return { status: 'unclear', reasons: ['different dates for a statement: they may be two different statements'] };
  }
  const conflicts = conflictingPairs(clusters);
  if (conflicts.length === 0) {
    return { status: 'unclear', reasons: ['the values differ but are compatible given their hedges or ranges'] };
  }
  return contradictionOrUnclear(items, conflicts);
}

function conflictingPairs(clusters: readonly Cluster[]): [Cluster, Cluster][] {
  const pairs: [Cluster, Cluster][] = [];
  clusters.forEach((a, i) => {
    for (const b of clusters.slice(i + 1)) {
      const crossOrigin = a.items.some((x) => b.items.some((y) => x.va.originId !== y.va.originId));
      const relation: Relation = compareClaimValues(a.items[0]!.claim, b.items[0]!.claim);
      if (crossOrigin && relation === 'conflict') pairs.push([a, b]);
    }
  });
  return pairs;
}

function contradictionOrUnclear(
  items: readonly ClaimItem[],
  conflicts: readonly [Cluster, Cluster][],
): { status: FindingStatus; reasons: string[] } {
  const first = items[0]!.claim;
  const [a, b] = conflicts[0]!;
  const pair = `${describe(a)} vs ${describe(b)}`;
  if (first.kind === 'date' && ![a, b].every((c) => /^\d{4}/u.test(String(c.items[0]!.claim.value)))) {
    return { status: 'unclear', reasons: [`${pair}: relative or partial dates that cannot be compared safely`] };
  }
  const property = first.property ?? first.kind;
  if (!property.includes('.') && !VAGUE.has(property) && publishedOnDifferentDays(items)) {
    return { status: 'unclear', reasons: [`${pair}: published on different days, the figure may have been updated`] };
  }
  return { status: 'contradicted', reasons: [`independent origins state values that cannot both hold: ${pair}`] };
}

function publishedOnDifferentDays(items: readonly ClaimItem[]): boolean {
  const days = new Set(items.map((i) => i.va.article.meta.publishedAt?.value.slice(0, 10) ?? ''));
  return !days.has('') && days.size > 1;
}

function describe(c: Cluster): string {
  const claim = c.items[0]!.claim;
  const who = [...new Set(c.items.map((i) => articleLabel(i.va)))].join(', ');
  return `${formatValue(claim)} (${who})`;
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
  const property = best.claim.property ?? best.claim.kind;
  if (STATEMENT_DATES.has(property) && !best.claim.subject) return 'the statement';
  return best.claim.subject ?? property;
}

/** "length.pages" → "length in pages"; "count.people" → "number of people"; "date.statement" → "date of the statement". */
export function propertyLabel(property: string, unit?: string): string {
  const [base = property, detail] = property.split('.');
  if (property === 'date.statement') return 'date of the statement';
  if (base === 'length' && detail) return `length in ${detail}`;
  if (base === 'count') return detail ? `number of ${detail}` : 'number';
  if (base === 'percent') return detail ? `share of ${detail}` : 'share';
  if (base === 'rank') return detail ? `rank (${detail.replace(/-/gu, ' ')})` : 'rank';
  if (base === 'size' && detail) return `size in ${detail}`;
  if (base === 'amount') return unit ? `amount (${unit})` : 'amount';
  return property.replace(/\./gu, ' ');
}

function alignmentReasons(items: readonly ClaimItem[]): string[] {
  const subjects = [...new Set(items.map((i) => i.claim.subject).filter((s): s is string => Boolean(s)))];
  if (subjects.length < 2) return [];
  const documents = items.every((i) => i.documentish);
  const why = documents ? 'both name a document of the story' : 'their subjects share their head words';
  return [`aligned ${subjects.map((s) => `"${s}"`).join(' and ')}: same property, ${why}`];
}
