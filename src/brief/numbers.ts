/**
 * @module brief/numbers
 * The numbers table: one row per distinct (subject, value) across the story — copies of one wire story and
 * other origins stating the same figure are merged, "said by" names each origin once ("Crossline (+2 copies),
 * Ministry of Foreign Affairs"). Only figures worth a table: check-worthy counts, percentages, amounts,
 * quantities and ranks, and any claim (a duration too) that verify found contradicted, unclear or corroborated;
 * dates go to the timeline. Each row cites one span per origin (the original's); copies count in "said by". A row's status comes from the finding whose evidence holds the claim (same article,
 * overlapping span, same value), 'flagged' when it lies on an unsourced-statistic flag; rows are ordered
 * contradicted, flagged, unclear, corroborated (most origins first), single-source. JSON keeps every row; the
 * renderings show the first NUMBERS.shown.
 */
import type { Claim } from '../analyze/claims/index.js';
import type { Finding, FindingValue } from '../verify/types.js';
import { type BriefArticle, type BriefContext, cite } from './context.js';
import { type ClaimFinding, findingOfClaim, sameValue } from './match.js';
import { NUMBERS } from './numbers.data.js';
import { groupByOrigin, nameList, onePerOrigin, originLabel } from './outlets.js';
import { showValue, withUnit } from './templates.js';
import { normalise } from './text.js';
import type { BriefNumber } from './types.js';

interface Member {
  readonly article: BriefArticle;
  readonly claim: Claim;
  readonly match: ClaimFinding | null;
  readonly flag: string | null;
}

const STATUS_ORDER: Record<BriefNumber['status'], number> = {
  contradicted: 0,
  flagged: 1,
  unclear: 2,
  corroborated: 3,
  'single-source': 4,
};

export function numbersTable(ctx: BriefContext): BriefNumber[] {
  const rows = new Map<string, Member[]>();
  for (const a of ctx.articles) {
    for (const claim of a.analysis?.claims ?? []) {
      const member = memberOf(ctx, a, claim);
      if (!member) continue;
      const key = rowKey(member);
      rows.set(key, [...(rows.get(key) ?? []), member]);
    }
  }
  const built = [...foldGeneric(rows).values()].map((members, i) => ({ row: briefNumber(ctx, members), i }));
  return built
    .sort(
      (x, y) =>
        STATUS_ORDER[x.row.status] - STATUS_ORDER[y.row.status] ||
        originCount(ctx, y.row) - originCount(ctx, x.row) ||
        x.i - y.i,
    )
    .map((b) => b.row);
}

/** The claim as a member of a row, or null when it is not worth a table. */
function memberOf(ctx: BriefContext, a: BriefArticle, claim: Claim): Member | null {
  if (
    !NUMBERS.kinds.has(claim.kind) ||
    claim.value === null ||
    referential(claim) ||
    countsNothing(claim, a.article.text)
  )
    return null;
  const id = a.article.id;
  const flagged = ctx
    .flagsOf(id)
    .find((f) => f.kind === 'unsourced-statistic' && f.span && f.span.start < claim.end && claim.start < f.span.end);
  if (inPromoOrHeading(a, claim) && !flagged) return null;
  const match = findingOfClaim(ctx, id, claim);
  const notable = match !== null && NUMBERS.notable.has(match.finding.status);
  if (!notable && !flagged) {
    if (!NUMBERS.figures.has(claim.kind) || claim.checkWorthy < NUMBERS.minCheckWorthy) return null;
  }
  return { article: a, claim, match, flag: flagged?.reason ?? null };
}

/**
 * A row that names no subject (only its property: "amount") joins the one row of the same value that does name
 * one ("$1.2 billion" of "amount" and "$1.2bn" of "reconstruction fund" are one figure).
 */
function foldGeneric(rows: ReadonlyMap<string, Member[]>): Map<string, Member[]> {
  const out = new Map(rows);
  for (const [key, members] of rows) {
    if (!members.every((m) => !m.claim.subject && !m.match?.finding.subject)) continue;
    const value = key.slice(key.indexOf('|'));
    const homes = [...out.keys()].filter((k) => k !== key && k.endsWith(value) && out.get(k)!.some(hasSubject));
    if (homes.length !== 1) continue;
    out.set(homes[0]!, [...out.get(homes[0]!)!, ...members]);
    out.delete(key);
  }
  return out;
}

const hasSubject = (m: Member) => Boolean(m.claim.subject || m.match?.finding.subject);

/** Rows merge on what the figure is of and its value (with unit). */
function rowKey(m: Member): string {
  const of = ofWords(m)
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '');
  return `${of}|${valueKey(m.claim)}`;
}

/** The value, with its unit for measures and money ("10 km" ≠ "10 mm"); a count's noun is not part of it. */
function valueKey(c: Claim): string {
  const v = typeof c.value === 'number' ? String(Math.round(c.value * 1000) / 1000) : String(c.value);
  return c.unit && NUMBERS.unitKinds.has(c.kind) ? `${v} ${c.unit}` : v;
}

/** What the figure is of: the finding's subject, else the claim's, else its property in words. */
function ofWords(m: Member): string {
  const subject = m.match?.finding.subject ?? m.claim.subject;
  if (subject && subject.trim().length > 2) return normalise(subject);
  const property = m.match?.finding.property ?? m.claim.property ?? m.claim.kind;
  return normalise(property.replace(/[._]/g, ' '));
}

function briefNumber(ctx: BriefContext, unordered: readonly Member[]): BriefNumber {
  const order = new Map(ctx.articles.map((a, i) => [a.article.id, i]));
  const members = [...unordered].sort(
    (a, b) =>
      (order.get(a.article.article.id) ?? 0) - (order.get(b.article.article.id) ?? 0) || a.claim.start - b.claim.start,
  );
  const shown = onePerOrigin(
    ctx,
    members.map((m) => ({ articleId: m.article.article.id, m })),
  ).map((x) => x.m);
  const [first] = shown as [Member, ...Member[]];
  const named = members.find(hasSubject) ?? first;
  const { claim, article } = first;
  const text = article.article.text.slice(claim.valueSpan.start, claim.valueSpan.end);
  const flagged = members.find((m) => m.flag);
  const finding = worstFinding(members);
  const status: BriefNumber['status'] = flagged
    ? 'flagged'
    : (finding?.status ??
      (new Set(members.map((m) => ctx.originOf(m.article.article.id))).size > 1 ? 'corroborated' : 'single-source'));
  const note = flagged?.flag ?? (finding ? othersSay(ctx, finding, claim) : undefined);
  return {
    text,
    value: claim.value ?? text,
    ...(unitOf(members) ? { unit: unitOf(members)! } : {}),
    of: ofWords(named),
    saidBy: saidByOf(ctx, members),
    status,
    ...(note ? { note } : {}),
    citations: shown.map((m) => cite(m.article.article.id, m.claim)),
  };
}

const unitOf = (members: readonly Member[]) => members.find((m) => m.claim.unit)?.claim.unit;

/** The most telling finding among the members': contradicted before unclear before corroborated. */
function worstFinding(members: readonly Member[]): Finding | undefined {
  const found = members.flatMap((m) => (m.match ? [m.match.finding] : []));
  return found.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status])[0];
}

/** "others say 120 (Crossline (+2 copies), The Harbour Courier)" for a contradicted or unclear finding. */
function othersSay(ctx: BriefContext, f: Finding, claim: Claim): string | undefined {
  if (f.status !== 'contradicted' && f.status !== 'unclear') return undefined;
  const others = f.values.filter((v) => !sameValue(v.value, claim.value));
  if (others.length === 0) return undefined;
  const shown = others.slice(0, NUMBERS.maxOthers).map((v) => `${showValue(ctx, v) ?? show(v)} (${outletsOf(ctx, v)})`);
  const more = others.length - shown.length;
  return `others say ${shown.join('; ')}${more > 0 ? `; and ${more} more value${more === 1 ? '' : 's'}` : ''}`;
}

function outletsOf(ctx: BriefContext, v: FindingValue): string {
  return nameList(
    groupByOrigin(
      ctx,
      v.evidence.map((e) => e.span.articleId),
    ).map(originLabel),
  );
}

function show(v: FindingValue): string {
  return typeof v.value === 'number' ? withUnit(v.value, v.unit) : String(v.value);
}

/** Each origin once; "citing X" when the origin's first article credits the figure to someone. */
function saidByOf(ctx: BriefContext, members: readonly Member[]): string {
  const groups = groupByOrigin(
    ctx,
    members.map((m) => m.article.article.id),
  );
  const labels = groups.map((g) => {
    const by = members.find((x) => x.article.article.id === g.articleIds[0])?.claim.assertedBy;
    const citing = by && by.kind !== 'outlet' && by.text ? `, citing ${normalise(by.text)}` : '';
    return `${originLabel(g)}${citing}`;
  });
  return labels.join(labels.some((l) => l.includes(', citing')) ? '; ' : ', ');
}

function originCount(ctx: BriefContext, n: BriefNumber): number {
  return new Set(n.citations.map((c) => ctx.originOf(c.articleId))).size;
}

/**
 * A count that says nothing of what it counts (no subject, no counted noun), or a figure written with a leading
 * zero: a phone number, an extension, a list index.
 */
function countsNothing(c: Claim, text: string): boolean {
  if (/^0\d/u.test(text.slice(c.valueSpan.start, c.valueSpan.end))) return true;
  return c.kind === 'count' && !c.unit && !c.subject && (!c.property || c.property === 'count');
}

/** "the two countries", "both sides": small unit-less counts that refer back rather than report. */
function referential(c: Claim): boolean {
  return c.kind === 'count' && !c.unit && typeof c.value === 'number' && c.value < NUMBERS.minBareCount;
}

function inPromoOrHeading(a: BriefArticle, c: Claim): boolean {
  const block = a.article.blocks.find((b) => b.start <= c.valueSpan.start && c.valueSpan.end <= b.end);
  return block?.mark === 'promo' || block?.kind === 'heading';
}
