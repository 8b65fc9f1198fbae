/**
 * @module pipeline/article-index
 * An article's analysis → the rows the store keeps queryable across articles: the canonical entities it
 * mentions (with mention counts) and its quotes, claims and events as annotations by and about entities.
 */
import type { Analysis } from '../analyze/index.js';
import type { AnnotationInput, ArticleEntity, ArticleIndex } from '../store/store.js';

export function articleIndexOf(analysis: Analysis): ArticleIndex {
  return { entities: entitiesOf(analysis), annotations: annotationsOf(analysis) };
}

function entitiesOf(analysis: Analysis): ArticleEntity[] {
  const counts = new Map<string, number>();
  for (const mention of analysis.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  return analysis.entities.flatMap((entity) => {
    const mentions = counts.get(entity.id) ?? 0;
    return mentions > 0 ? [{ id: entity.id, name: entity.name, type: entity.type, mentions }] : [];
  });
}

function annotationsOf(analysis: Analysis): AnnotationInput[] {
  const quotes = analysis.quotes.map(
    (quote): AnnotationInput => ({
      kind: 'quote',
      start: quote.start,
      end: quote.end,
      entityId: quote.speakerEntityId,
      targetId: null,
      data: quote,
    }),
  );
  const claims = analysis.claims.map(
    (claim): AnnotationInput => ({
      kind: 'claim',
      start: claim.start,
      end: claim.end,
      entityId: null,
      targetId: null,
      data: claim,
    }),
  );
  const events = analysis.events.map(
    (event): AnnotationInput => ({
      kind: 'event',
      start: event.start,
      end: event.end,
      entityId: event.source.entityId,
      targetId: event.target?.entityId ?? null,
      data: event,
    }),
  );
  return [...quotes, ...claims, ...events];
}
