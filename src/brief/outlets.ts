/**
 * @module brief/outlets
 * Who says something, folded by origin: copies of one wire story count once ("Crossline (+2 copies)"), each
 * outlet is named once, and long lists are cut to a few names plus "and N others". Shared by the sources line,
 * the numbers table, the quotes and the template sentences. Pure.
 */
import type { BriefContext } from './context.js';

export interface OriginGroup {
  readonly originId: string;
  /** The articles of the origin among those given, the presumed original first. */
  readonly articleIds: readonly string[];
  /** The label of the first article's outlet. */
  readonly outlet: string;
}

/** The given articles grouped by origin, in story order; within an origin, the presumed original first. */
export function groupByOrigin(ctx: BriefContext, articleIds: readonly string[]): OriginGroup[] {
  const order = new Map(ctx.articles.map((a, i) => [a.article.id, i]));
  const rank = new Map<string, number>();
  for (const o of ctx.input.story.origins ?? []) {
    for (const [i, id] of o.articleIds.entries()) rank.set(id, i);
  }
  const ids = [...new Set(articleIds)].sort(
    (a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0) || (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const origin = ctx.originOf(id);
    groups.set(origin, [...(groups.get(origin) ?? []), id]);
  }
  const first = (g: readonly string[]) => Math.min(...g.map((id) => order.get(id) ?? 0));
  return [...groups]
    .map(([originId, list]) => ({ originId, articleIds: list, outlet: ctx.outletOf(list[0]!) }))
    .sort((a, b) => first(a.articleIds) - first(b.articleIds));
}

/** "Crossline (+2 copies)": the origin's first outlet, and how many more of its articles there are. */
export function originLabel(g: OriginGroup): string {
  const copies = g.articleIds.length - 1;
  return copies > 0 ? `${g.outlet} (+${copies} ${copies === 1 ? 'copy' : 'copies'})` : g.outlet;
}

/** "A, B and 3 others" ("A and B", "A"): at most `max` names. */
export function nameList(names: readonly string[], max = 2): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) {
    return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
  }
  const rest = unique.length - max;
  return `${unique.slice(0, max).join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
}

/** The outlets behind articles, one label per origin: "Crossline (+2 copies), Ministry of Foreign Affairs". */
export function saidBy(ctx: BriefContext, articleIds: readonly string[]): string {
  return groupByOrigin(ctx, articleIds).map(originLabel).join(', ');
}

/**
 * One citation per origin, in story order: the one in the origin's presumed original when it is cited, else
 * the first. Copies are counted in "said by" ("Crossline (+2 copies)"), not cited again.
 */
export function onePerOrigin<C extends { readonly articleId: string }>(
  ctx: BriefContext,
  citations: readonly C[],
): C[] {
  const groups = groupByOrigin(
    ctx,
    citations.map((c) => c.articleId),
  );
  return groups.map((g) => citations.find((c) => c.articleId === g.articleIds[0]) ?? citations[0]!);
}
