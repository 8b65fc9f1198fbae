/**
 * @module stories/cluster/features
 * Article + analysis → StoryFeatures: the id, title, text, publication date and the canonical entities
 * (with a mention-count weight) that story clustering reads. No scoring here.
 */
import { findHeadlineEvents } from '../../analyze/events/index.js';
import type { Analysis } from '../../analyze/index.js';
import { loadKnowledgeBase } from '../../analyze/kb/index.js';
import type { Article } from '../../core/types.js';

/** What story clustering knows about one article. */
export interface StoryFeatures {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  readonly publishedAt?: string;
  /** Canonical entities of the article; `weight` grows with the number of mentions. */
  readonly entities: readonly StoryEntity[];
  /** Who did what to whom (CAMEO actor codes and event code); absent or empty when none was found. */
  readonly events?: readonly StoryEvent[];
}

/** An event of the article, reduced to what tells one event from another: actor codes and the CAMEO code. */
export interface StoryEvent {
  readonly source: string;
  readonly code: string;
  readonly target?: string;
}

/** A canonical entity of an article; `name` (optional) is only for the reasons shown to people. */
export interface StoryEntity {
  readonly id: string;
  readonly type: string;
  readonly weight: number;
  readonly name?: string;
}

/**
 * Provisional entity ids carry the tagger's type ("new:place:tara-reid"), which varies between articles for one
 * name; the key drops it so the same name matches across articles ("new:tara-reid").
 */
export function entityKey(id: string): string {
  const m = /^new:[a-z]+:(.+)$/.exec(id);
  return m ? `new:${m[1]}` : id;
}

/** The features of one article; without an analysis (not analysed yet) the entities are empty. */
export function storyFeaturesOf(article: Article, analysis: Analysis | null): StoryFeatures {
  const title = article.meta.title?.value;
  const publishedAt = article.meta.publishedAt?.value;
  return {
    id: article.id,
    ...(title ? { title } : {}),
    text: article.text,
    ...(publishedAt ? { publishedAt } : {}),
    entities: analysis ? entitiesOf(analysis) : [],
    ...(analysis ? { events: eventsOf(article, analysis) } : {}),
  };
}

/**
 * The analysis's events, plus those of the title when it is a headline the text does not contain (the event
 * finder reads the text only; a title-case headline's actors are the countries, metonyms and names it shares
 * with the article).
 */
function eventsOf(article: Article, analysis: Analysis): StoryEvent[] {
  const title = article.meta.title?.value;
  const date = article.meta.publishedAt?.value;
  const headline =
    title && !article.text.includes(title)
      ? findHeadlineEvents(title, analysis.mentions, loadKnowledgeBase(), date ? { date } : {})
      : [];
  return [...headline, ...analysis.events].map((e) => ({
    source: e.source.actorCode,
    code: e.code,
    ...(e.target ? { target: e.target.actorCode } : {}),
  }));
}

function entitiesOf(analysis: Analysis): StoryFeatures['entities'] {
  const counts = new Map<string, number>();
  for (const m of analysis.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const byKey = new Map<string, { id: string; type: string; weight: number; name: string }>();
  for (const e of analysis.entities) {
    const count = counts.get(e.id) ?? 0;
    if (count === 0) continue;
    const id = entityKey(e.id);
    const prior = byKey.get(id);
    const weight = (prior?.weight ?? 0) + count;
    // The type of the most-mentioned reading wins (ties: the first in the analysis order).
    const keep = prior !== undefined && count <= prior.weight;
    byKey.set(id, { id, type: keep ? prior.type : e.type, weight, name: keep ? prior.name : e.name });
  }
  return [...byKey.values()].sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
}
