/**
 * @module pipeline/story-records
 * Builds the stored records of one story from the clustering's decisions and its member articles: the
 * `Story` with its members (outlet, origin, why each joined) and origins, and the `Thread`s.
 */
import type { Article } from '../core/types.js';
import { groupOrigins, normaliseChrome, type Origin } from '../stories/origins/index.js';
import type { Story, StoryArticle, Thread } from '../stories/types.js';

/** Why an article is where it is in the clustering. */
export interface Membership {
  readonly score: number;
  readonly reasons: readonly string[];
}

export interface StoryShape {
  readonly id: string;
  readonly title: string;
  readonly threadId: string;
  readonly articleIds: readonly string[];
}

/** The outlet key of an article (see `StoryArticle.outletKey`), given the template groups of unnamed pages. */
export function outletKeyOf(article: Article, templateGroupOf: ReadonlyMap<string, string>): string {
  const name = article.meta.outlet?.value;
  const normalised = name ? normaliseChrome(name) : '';
  if (normalised !== '') return `name:${normalised}`;
  const group = templateGroupOf.get(article.id);
  return group ? `template:${group}` : `article:${article.id}`;
}

export function buildStory(
  shape: StoryShape,
  articles: ReadonlyMap<string, Article>,
  memberships: ReadonlyMap<string, Membership>,
  templateGroupOf: ReadonlyMap<string, string>,
): Story {
  const members = shape.articleIds.flatMap((id) => {
    const article = articles.get(id);
    return article ? [article] : [];
  });
  const origins: Origin[] = groupOrigins(
    members.map((a) => ({
      id: a.id,
      text: a.text,
      ...(a.meta.title ? { title: a.meta.title.value } : {}),
      ...(a.meta.outlet ? { outlet: a.meta.outlet.value } : {}),
      ...(a.meta.publishedAt ? { publishedAt: a.meta.publishedAt.value } : {}),
      removed: a.removed,
    })),
  );
  const originOf = new Map(origins.flatMap((o) => o.articleIds.map((id) => [id, o.id] as const)));
  const storyArticles: StoryArticle[] = members.map((a) => {
    const membership = memberships.get(a.id);
    return {
      id: a.id,
      input: a.input,
      title: a.meta.title?.value ?? null,
      outlet: a.meta.outlet?.value ?? null,
      outletKey: outletKeyOf(a, templateGroupOf),
      publishedAt: a.meta.publishedAt?.value ?? null,
      originId: originOf.get(a.id) ?? `o_${a.id.replace(/^a_/, '')}`,
      score: membership?.score ?? 1,
      reasons: [...(membership?.reasons ?? [])],
    };
  });
  const dates = storyArticles.flatMap((a) =>
    a.publishedAt && !Number.isNaN(Date.parse(a.publishedAt)) ? [a.publishedAt] : [],
  );
  dates.sort((a, b) => Date.parse(a) - Date.parse(b));
  return {
    id: shape.id,
    title: shape.title,
    threadId: shape.threadId,
    articles: storyArticles,
    origins,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
  };
}

export function buildThread(shape: {
  id: string;
  storyIds: readonly string[];
  title: string;
  reasons: readonly string[];
}): Thread {
  return { id: shape.id, title: shape.title, storyIds: [...shape.storyIds], reasons: [...shape.reasons] };
}
