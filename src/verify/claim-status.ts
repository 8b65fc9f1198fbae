/**
 * @module verify/claim-status
 * The status of a group of aligned claims, precision first: one value → corroborated or single-source; one origin
 * stating two conflicting values → they are about different things, so the group is split and never contradicted;
 * a changing figure (a toll) reported as of different times → an update ('unclear'), and only the figures of the
 * latest time (with undated ones) are compared; more than two values → 'unclear' (the key is too coarse); values
 * compatible through a hedge, dates that are relative or partial, statement dates → 'unclear'; only two values
 * from independent origins that cannot both hold are 'contradicted'.
 */
import { baseOf, type ClaimItem, isEvolving, STATEMENT_DATES } from './claim-items.js';
import { articleLabel } from './evidence.js';
import type { FindingStatus } from './types.js';
import { compareClaimValues, formatValue } from './values.js';

export interface Cluster {
  readonly items: ClaimItem[];
}

/** One finding's worth of claims with its status. `part` tells split findings of one group apart. */
export interface Resolved {
  readonly items: readonly ClaimItem[];
  readonly clusters: readonly Cluster[];
  readonly status: FindingStatus;
  readonly reasons: readonly string[];
  readonly part?: string;
}

interface Verdict {
  readonly status: FindingStatus;
  readonly reasons: string[];
}

/** Resolves a group of aligned items into one finding, or several when the group has to be split. */
export function resolveGroup(items: readonly ClaimItem[], split = false): Resolved[] {
  const clusters = clusterValues(items);
  if (clusters.length === 1) return [{ items, clusters, ...agreement(items) }];
  if (!split) {
    const bySource = splitByOrigin(clusters);
    if (bySource) return bySource;
  }
  if (isEvolving(items[0]!.property)) {
    const byTime = splitByTime(clusters);
    if (byTime) return byTime;
  }
  return [{ items, clusters, ...disagreement(items, clusters) }];
}

export function clusterValues(items: readonly ClaimItem[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const item of items) {
    const cluster = clusters.find((c) => c.items[0] && compareClaimValues(c.items[0].claim, item.claim) === 'same');
    if (cluster) cluster.items.push(item);
    else clusters.push({ items: [item] });
  }
  return clusters;
}

const originSet = (items: readonly ClaimItem[]) => new Set(items.map((i) => i.va.originId));

function agreement(items: readonly ClaimItem[]): Verdict {
  const origins = originSet(items).size;
  const copies = items.length > origins ? ` (${items.length} articles, copies of one origin count once)` : '';
  if (origins >= 2)
    return { status: 'corroborated', reasons: [`${origins} independent origins state the same value${copies}`] };
  return { status: 'single-source', reasons: [`only one origin states it${copies}`] };
}

/** One origin stating two values that cannot both hold: they are about different things (450 in all, 120 first). */
function splitByOrigin(clusters: readonly Cluster[]): Resolved[] | null {
  const pair = conflictingPairs(clusters, true)[0];
  if (!pair) return null;
  const [a, b] = pair;
  const shared = [...originSet(a.items)].find((o) => originSet(b.items).has(o));
  const who = articleLabel((a.items.find((i) => i.va.originId === shared) ?? a.items[0]!).va);
  const why = `${who} states both ${value(a)} and ${value(b)}: one origin giving two values means they are about different things, so they are not compared`;
  const groups = compatibleGroups(clusters);
  return groups.flatMap((g) =>
    resolveGroup(
      g.flatMap((c) => c.items),
      true,
    ).map((r) => ({
      ...r,
      reasons: [...r.reasons, why],
      part: `${r.part ?? ''}${String(g[0]!.items[0]!.claim.value)}`,
    })),
  );
}

/** Clusters joined while their values are compatible ("up to 450" with 450), kept apart when they conflict. */
function compatibleGroups(clusters: readonly Cluster[]): Cluster[][] {
  const groups: Cluster[][] = [];
  for (const c of clusters) {
    const group = groups.find((g) =>
      g.every((o) => compareClaimValues(o.items[0]!.claim, c.items[0]!.claim) !== 'conflict'),
    );
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** The latest time a cluster's figure is given for (an explicit "as of" or the publication day), if any. */
function clusterTime(c: Cluster): string | null {
  const days = c.items.map((i) => i.asOf?.day).filter((d): d is string => Boolean(d));
  return days.length > 0 ? days.sort().pop()! : null;
}

/** A toll given as of different times is an update: earlier figures are set apart as 'unclear'. */
function splitByTime(clusters: readonly Cluster[]): Resolved[] | null {
  const times = new Map(clusters.map((c) => [c, clusterTime(c)]));
  const known = [...new Set([...times.values()].filter((t): t is string => t !== null))].sort();
  if (known.length < 2) return null;
  const latest = known[known.length - 1]!;
  const earlier = clusters.filter((c) => times.get(c) !== null && times.get(c) !== latest);
  const atLatest = clusters.filter((c) => times.get(c) === latest);
  const undated = clusters.filter((c) => times.get(c) === null);
  const describeAt = (c: Cluster) => `${describe(c)} as of ${times.get(c)}`;
  const update: Resolved = {
    items: [...earlier, ...atLatest].flatMap((c) => c.items),
    clusters: [...earlier, ...atLatest],
    status: 'unclear',
    reasons: [
      `figures of different times: ${[...earlier, ...atLatest].map(describeAt).join(' vs ')} — an update, not a contradiction`,
    ],
    part: 'earlier',
  };
  const current = [...atLatest, ...undated];
  const note = undated.length
    ? [`${undated.map(describe).join(', ')} gives no date: compared with the latest dated figure (as of ${latest})`]
    : [];
  const now = resolveGroup(
    current.flatMap((c) => c.items),
    true,
  ).map((r) => ({ ...r, reasons: [...r.reasons, ...note], part: `latest${r.part ?? ''}` }));
  return [update, ...(undated.length > 0 ? now : [])];
}

function disagreement(items: readonly ClaimItem[], clusters: readonly Cluster[]): Verdict {
  const first = items[0]!;
  if (originSet(items).size === 1) {
    return { status: 'unclear', reasons: ['one source gives different values: they may be about different things'] };
  }
  if (clusters.length > 2) {
    const values = clusters.map(describe).join(' vs ');
    return {
      status: 'unclear',
      reasons: [
        `${clusters.length} different values (${values}): too many to be one fact, they are likely about different things`,
      ],
    };
  }
  if (STATEMENT_DATES.has(first.property)) {
    return { status: 'unclear', reasons: ['different dates for a statement: they may be two different statements'] };
  }
  const conflict = conflictingPairs(clusters, false)[0];
  if (!conflict)
    return { status: 'unclear', reasons: ['the values differ but are compatible given their hedges or ranges'] };
  return contradictionOrUnclear(items, conflict);
}

/** Pairs of clusters whose values conflict, stated by different origins (or, with `sameOrigin`, by one origin). */
function conflictingPairs(clusters: readonly Cluster[], sameOrigin: boolean): [Cluster, Cluster][] {
  const pairs: [Cluster, Cluster][] = [];
  clusters.forEach((a, i) => {
    for (const b of clusters.slice(i + 1)) {
      const inB = originSet(b.items);
      const shared = [...originSet(a.items)].some((o) => inB.has(o));
      const across = a.items.some((x) => b.items.some((y) => x.va.originId !== y.va.originId));
      if ((sameOrigin ? shared : across) && compareClaimValues(a.items[0]!.claim, b.items[0]!.claim) === 'conflict') {
        pairs.push([a, b]);
      }
    }
  });
  return pairs;
}

function contradictionOrUnclear(items: readonly ClaimItem[], [a, b]: [Cluster, Cluster]): Verdict {
  const first = items[0]!;
  const pair = `${describe(a)} vs ${describe(b)}`;
  if (first.claim.kind === 'date' && ![a, b].every((c) => /^\d{4}/u.test(String(c.items[0]!.claim.value)))) {
    return { status: 'unclear', reasons: [`${pair}: relative or partial dates that cannot be compared safely`] };
  }
  const base = baseOf(first.property);
  const revisable = (first.claim.kind === 'quantity' || base === 'amount') && !first.property.includes('.');
  if (revisable && publishedOnDifferentDays(items)) {
    return { status: 'unclear', reasons: [`${pair}: published on different days, the figure may have been updated`] };
  }
  return { status: 'contradicted', reasons: [`independent origins state values that cannot both hold: ${pair}`] };
}

function publishedOnDifferentDays(items: readonly ClaimItem[]): boolean {
  const days = new Set(items.map((i) => i.va.article.meta.publishedAt?.value.slice(0, 10) ?? ''));
  return !days.has('') && days.size > 1;
}

const value = (c: Cluster): string => formatValue(c.items[0]!.claim);

/** "450 monitors (Crossline, Sarn Valley Post)". */
export function describe(c: Cluster): string {
  const who = [...new Set(c.items.map((i) => articleLabel(i.va)))].join(', ');
  return `${value(c)} (${who})`;
}
