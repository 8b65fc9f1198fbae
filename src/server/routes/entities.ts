/**
 * @module server/routes/entities
 * `GET /api/entities` (by mention count), `/api/entities/{id}` (roles, aliases, articles, quotes by and
 * about, events over time with their Goldstein scores), and the store-wide annotation lists
 * `/api/quotes`, `/api/claims`, `/api/events`.
 */
import type { AnnotationKind } from '../../store/store.js';
import type { ServerContext } from '../context.js';
import { analysisOf, annotationsJson } from '../present.js';
import { notFound } from '../respond.js';
import type { Route } from '../router.js';
import { checkEntityId, checkId, cursorParam, limitParam, readQuery, textParam } from '../validate.js';

export function entityRoutes(ctx: ServerContext): Route[] {
  const annotationRoute = (path: string, kind: AnnotationKind): Route => ({
    method: 'GET',
    pattern: path,
    handler: async ({ url }) => {
      const q = readQuery(url, ['limit', 'cursor', 'entity', 'article']);
      const entity = textParam(q, 'entity');
      const article = textParam(q, 'article');
      const page = await ctx.store.listAnnotations({
        kind,
        limit: limitParam(q),
        cursor: cursorParam(q),
        entity: entity === undefined ? undefined : checkEntityId(entity),
        articleId: article === undefined ? undefined : checkId('article', article),
      });
      return { items: await annotationsJson(ctx, page.items), nextCursor: page.nextCursor };
    },
  });
  return [
    {
      method: 'GET',
      pattern: '/api/entities',
      handler: async ({ url }) => {
        const q = readQuery(url, ['limit', 'cursor', 'type', 'q']);
        return ctx.store.listEntities({
          limit: limitParam(q),
          cursor: cursorParam(q),
          type: textParam(q, 'type', 40),
          q: textParam(q, 'q', 200),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/entities/{id}',
      handler: async ({ url, params }) => {
        readQuery(url, []);
        return entityDetail(ctx, checkEntityId(params.id!));
      },
    },
    annotationRoute('/api/quotes', 'quote'),
    annotationRoute('/api/claims', 'claim'),
    annotationRoute('/api/events', 'event'),
  ];
}

interface EventData {
  readonly code?: string;
  readonly label?: string;
  readonly goldstein?: number;
}

async function entityDetail(ctx: ServerContext, id: string): Promise<Record<string, unknown>> {
  const entity = await ctx.store.getEntity(id);
  if (!entity) throw notFound(`entity ${id}`);
  const [articles, quoteRows, eventRows] = await Promise.all([
    ctx.store.listArticles({ entity: id, limit: 20 }),
    ctx.store.listAnnotations({ kind: 'quote', entity: id, limit: 100 }),
    ctx.store.listAnnotations({ kind: 'event', entity: id, limit: 200 }),
  ]);
  const first = articles.items[0];
  const analysis = first ? await analysisOf(ctx, first.id) : null;
  const record = analysis?.entities.find((e) => e.id === id) ?? null;
  const quotes = await annotationsJson(ctx, quoteRows.items);
  const events = (await annotationsJson(ctx, eventRows.items)).map((row, i) => {
    const source = eventRows.items[i]!;
    const data = source.data as EventData;
    return {
      ...row,
      role: source.entityId === id ? 'source' : 'target',
      code: data.code ?? null,
      label: data.label ?? null,
      goldstein: data.goldstein ?? null,
      data: undefined,
    };
  });
  return {
    entity,
    aliases: record?.aliases ?? [],
    roles: record?.roles ?? [],
    provisional: record?.provisional ?? id.startsWith('new:'),
    articles,
    quotesBy: quotes.filter((q) => q.entityId === id),
    quotesAbout: quotes.filter((q) => q.entityId !== id),
    events,
  };
}
