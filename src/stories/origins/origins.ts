/**
 * @module stories/origins/origins
 * Articles → Origins: exact copies, near-copies (trimmed, re-titled, re-ordered, re-wrapped, lightly edited)
 * and syndicated wire copies are linked pairwise and grouped by union-find, so ten outlets running one wire
 * story count as one independent source. Candidates come from MinHash LSH bands; each candidate pair is then
 * decided on exact shingle overlaps (thresholds in origins.data.ts) and wire credits (wire.ts).
 * `OriginIndex` is the online form (each article joins or opens an origin); `groupOrigins` is the batch form and
 * gives the same result. Links are pairwise decisions, so the grouping does not depend on arrival order (nor
 * does the evidence, for origins of up to FULL_EVIDENCE_SIZE members).
 * Pure and deterministic.
 */
import { BANDS, bandKeys, type Fingerprint, fingerprint, type Overlap, overlap } from './fingerprint.js';
import { compareMembers } from './member-order.js';
import { LINK_THRESHOLDS } from './origins.data.js';
import { agencyKey, findWireCues, type WireCues } from './wire.js';

export interface OriginInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly publishedAt?: string;
  readonly removed?: readonly { readonly reason: string; readonly text: string }[];
}

export type OriginKind = 'single' | 'exact-copy' | 'near-copy' | 'wire';

export interface OriginEvidence {
  /** The member that sorts first (the presumed source of the pair). */
  readonly a: string;
  readonly b: string;
  readonly jaccard: number;
  readonly containment: number;
  readonly reasons: string[];
}

export interface Origin {
  /** "o_" + the presumed original's id (without its "a_" prefix). */
  readonly id: string;
  /** Sorted: first the presumed original (agency's own copy, else earliest, else longest), then the copies. */
  readonly articleIds: string[];
  readonly kind: OriginKind;
  readonly agency?: string;
  readonly evidence: OriginEvidence[];
}

export interface LinkDecision {
  readonly linked: boolean;
  readonly exact: boolean;
  readonly wire: boolean;
  readonly overlap: Overlap;
  readonly reasons: string[];
}

interface Entry {
  readonly input: OriginInput;
  readonly fp: Fingerprint;
  readonly wire: WireCues;
  /** Agencies this article credits (keys). */
  readonly credits: ReadonlySet<string>;
  readonly outletKey?: string;
}

interface Edge {
  readonly a: number;
  readonly b: number;
  readonly decision: LinkDecision;
}

/** Origins up to this size keep the evidence of every linked pair (see `OriginIndex.settled`). */
export const FULL_EVIDENCE_SIZE = 40;

const r2 = (x: number) => Math.round(x * 1000) / 1000;

function makeEntry(input: OriginInput): Entry {
  const wire = findWireCues({ text: input.text, outlet: input.outlet, removed: input.removed });
  const credits = new Set(wire.cues.flatMap((c) => (c.agency ? [agencyKey(c.agency)] : [])));
  return {
    input,
    fp: fingerprint(input.text),
    wire,
    credits,
    ...(input.outlet ? { outletKey: agencyKey(input.outlet) } : {}),
  };
}

function sharedCredit(a: Entry, b: Entry): string | undefined {
  for (const key of a.credits) if (b.credits.has(key) || b.outletKey === key) return key;
  for (const key of b.credits) if (a.outletKey === key) return key;
  return undefined;
}

/** Decides whether two articles are copies of one origin, with the reasons. */
export function decideLink(a: OriginInput, b: OriginInput): LinkDecision {
  return decide(makeEntry(a), makeEntry(b));
}

function decide(a: Entry, b: Entry): LinkDecision {
  const ov = overlap(a.fp.shingles, b.fp.shingles);
  const t = LINK_THRESHOLDS;
  const reasons: string[] = [];
  const exact = a.fp.tokens > 0 && a.fp.exactKey === b.fp.exactKey;
  if (exact) reasons.push('exact copy: same normalised text');
  const enough = Math.min(a.fp.shingles.length, b.fp.shingles.length) >= t.minShingles;
  if (!exact && ov.jaccard >= t.jaccard) reasons.push(`jaccard ${r2(ov.jaccard)} ≥ ${t.jaccard}`);
  const contained = enough && ov.sizeRatio >= t.minSizeRatio;
  if (!exact && contained && ov.containment >= t.containment && ov.jaccard < t.jaccard) {
    reasons.push(`containment ${r2(ov.containment)} ≥ ${t.containment} (shorter text inside the longer)`);
  }
  const credit = sharedCredit(a, b);
  const wire = credit !== undefined && contained && ov.containment >= t.wireContainment;
  if (wire) reasons.push(`shared wire credit "${credit}", containment ${r2(ov.containment)} ≥ ${t.wireContainment}`);
  return { linked: reasons.length > 0, exact, wire, overlap: ov, reasons };
}

/** The online grouping: each added article joins the origin(s) it copies (merging them) or opens a new one. */
export class OriginIndex {
  private readonly entries: Entry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly parent: number[] = [];
  private readonly edgesOf: Edge[][] = [];
  /** root → member indices, kept up to date by `union`. */
  private readonly groups = new Map<number, number[]>();
  private readonly bands: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());

  /** Adds one article; returns the origin it joined or opened. A repeated id is ignored (its origin is returned). */
  add(article: OriginInput): Origin {
    const known = this.byId.get(article.id);
    if (known !== undefined) return this.buildOrigin(this.find(known));
    const entry = makeEntry(article);
    const index = this.entries.length;
    this.entries.push(entry);
    this.byId.set(article.id, index);
    this.parent.push(index);
    this.edgesOf.push([]);
    this.groups.set(index, [index]);
    for (const other of this.candidates(entry)) {
      if (this.settled(other, index)) continue;
      const decision = decide(this.entries[other] as Entry, entry);
      if (!decision.linked) continue;
      const edge = { a: other, b: index, decision };
      this.edgesOf[other]?.push(edge);
      this.edgesOf[index]?.push(edge);
      this.union(other, index);
    }
    this.indexBands(entry, index);
    return this.buildOrigin(this.find(index));
  }

  /** All origins, ordered by id. */
  origins(): Origin[] {
    return [...this.groups.keys()]
      .map((r) => this.buildOrigin(r))
      .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** The origin of one article, if it was added. */
  originOf(articleId: string): Origin | undefined {
    const i = this.byId.get(articleId);
    return i === undefined ? undefined : this.buildOrigin(this.find(i));
  }

  /**
   * True when `other` is already in the new article's origin and that origin is large: the pair adds no
   * grouping, only evidence, and deciding every pair of a huge origin would cost O(members²) per article.
   * Below FULL_EVIDENCE_SIZE members every linked pair is decided and kept, so evidence does not depend on order.
   */
  private settled(other: number, index: number): boolean {
    const root = this.find(index);
    return root === this.find(other) && (this.groups.get(root)?.length ?? 0) > FULL_EVIDENCE_SIZE;
  }

  get size(): number {
    return this.entries.length;
  }

  private candidates(entry: Entry): number[] {
    if (entry.fp.tokens === 0) return [];
    const keys = bandKeys(entry.fp.signature);
    const found = new Set<number>();
    for (let b = 0; b < BANDS; b++) for (const i of this.bands[b]?.get(keys[b] as number) ?? []) found.add(i);
    return [...found].sort((x, y) => x - y);
  }

  private indexBands(entry: Entry, index: number): void {
    if (entry.fp.tokens === 0) return;
    const keys = bandKeys(entry.fp.signature);
    for (let b = 0; b < BANDS; b++) {
      const band = this.bands[b] as Map<number, number[]>;
      const key = keys[b] as number;
      const list = band.get(key);
      if (list) list.push(index);
      else band.set(key, [index]);
    }
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let cur = i;
    while (this.parent[cur] !== root) {
      const next = this.parent[cur] as number;
      this.parent[cur] = root;
      cur = next;
    }
    return root;
  }

  private union(x: number, y: number): void {
    const rx = this.find(x);
    const ry = this.find(y);
    if (rx === ry) return;
    const [keep, drop] = rx < ry ? [rx, ry] : [ry, rx];
    this.parent[drop] = keep;
    this.groups.get(keep)?.push(...(this.groups.get(drop) ?? []));
    this.groups.delete(drop);
  }

  private buildOrigin(root: number): Origin {
    const members = this.groups.get(root) ?? [root];
    return assembleOrigin(
      members.map((i) => this.entries[i] as Entry),
      members.flatMap((i) => (this.edgesOf[i] ?? []).filter((e) => e.b === i)),
      (i) => (this.entries[i] as Entry).input.id,
    );
  }
}

function groupAgency(members: readonly Entry[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of members) if (m.wire.agency) votes.set(m.wire.agency, (votes.get(m.wire.agency) ?? 0) + 1);
  const ranked = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return ranked[0]?.[0] ?? members.find((m) => m.wire.outletAgency)?.wire.outletAgency;
}

function assembleOrigin(members: readonly Entry[], edges: readonly Edge[], idOf: (i: number) => string): Origin {
  const agency = groupAgency(members);
  const key = agency ? agencyKey(agency) : undefined;
  const order = members
    .map((m) => ({
      id: m.input.id,
      publishedAt: m.input.publishedAt,
      tokens: m.fp.tokens,
      isAgencyOwn: key !== undefined && m.outletKey === key,
    }))
    .sort(compareMembers);
  const rank = new Map(order.map((o, i) => [o.id, i]));
  const evidence = edges
    .map((e) => toEvidence(idOf(e.a), idOf(e.b), e.decision, rank))
    .sort((x, y) => (rank.get(x.a) ?? 0) - (rank.get(y.a) ?? 0) || (rank.get(x.b) ?? 0) - (rank.get(y.b) ?? 0));
  const articleIds = order.map((o) => o.id);
  const first = articleIds[0] as string;
  return {
    id: originIdFor(first),
    articleIds,
    kind: originKind(members.length, edges, agency),
    ...(agency ? { agency } : {}),
    evidence,
  };
}

function toEvidence(x: string, y: string, d: LinkDecision, rank: ReadonlyMap<string, number>): OriginEvidence {
  const [a, b] = (rank.get(x) ?? 0) <= (rank.get(y) ?? 0) ? [x, y] : [y, x];
  return { a, b, jaccard: r2(d.overlap.jaccard), containment: r2(d.overlap.containment), reasons: [...d.reasons] };
}

function originKind(size: number, edges: readonly Edge[], agency: string | undefined): OriginKind {
  if (size === 1) return 'single';
  if (agency || edges.some((e) => e.decision.wire)) return 'wire';
  return edges.every((e) => e.decision.exact) ? 'exact-copy' : 'near-copy';
}

/** The origin id for a presumed original's article id. */
export function originIdFor(articleId: string): string {
  return `o_${articleId.replace(/^a_/, '')}`;
}

/** Batch grouping: the same result as adding the articles to an `OriginIndex` one by one. */
export function groupOrigins(articles: readonly OriginInput[]): Origin[] {
  const index = new OriginIndex();
  for (const article of articles) index.add(article);
  return index.origins();
}
