/**
 * @module server/routes/articles
 * `GET /api/articles` (filters, cursor pages), `GET /api/articles/{id}` (detail with annotations),
 * `GET /api/search` (full-text over articles, with the matching quotes of the hits).
 */
import type { Article } from '../../core/types.js';
import type { ServerContext } from '../context.js';
import { analysisOf, articleDetail } from '../present.js';
import { badRequest, notFound } from '../respond.js';
import type { Route } from '../router.js';
import {
  checkEntityId,
  checkId,
  cursorParam,
  dateParam,
  enumParam,
  limitParam,
  readQuery,
  textParam,
} from '../validate.js';

export function articleRoutes(ctx: ServerContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/api/articles',
      handler: async ({ url }) => {
        const q = readQuery(url, ['limit', 'cursor', 'outlet', 'entity', 'story', 'from', 'to']);
        const entity = textParam(q, 'entity');
        const story = textParam(q, 'story');
        return ctx.store.listArticles({
          limit: limitParam(q),
          cursor: cursorParam(q),
          outlet: textParam(q, 'outlet'),
          entity: entity === undefined ? undefined : checkEntityId(entity),
          story: story === undefined ? undefined : checkId('story', story),
          from: dateParam(q, 'from'),
          to: dateParam(q, 'to'),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/articles/{id}',
      handler: async ({ url, params }) => {
        readQuery(url, []);
        const article = await ctx.article(checkId('article', params.id!));
        if (!article) throw notFound(`article ${params.id}`);
        return articleDetail(ctx, article);
      },
    },
    { method: 'GET', pattern: '/api/search', handler: async ({ url }) => search(ctx, url) },
  ];
}

const MAX_SCAN = 1000;

function offsetCursor(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const m = /^o(\d{1,6})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m) throw badRequest('invalid-cursor', 'cursor must be the nextCursor of a previous page, unchanged');
  return Number.parseInt(m[1]!, 10);
}

const encodeOffset = (offset: number) => Buffer.from(`o${offset}`, 'utf8').toString('base64url');

interface Filters {
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
}

function passes(article: Article, f: Filters): boolean {
  const outlet = article.meta.outlet?.value;
  const date = article.meta.publishedAt?.value;
  if (f.outlet && outlet?.toLowerCase() !== f.outlet.toLowerCase()) return false;
  if ((f.from || f.to) && !date) return false;
  if (f.from && date! < f.from) return false;
  if (f.to && date!.slice(0, f.to.length) > f.to) return false;
  return true;
}

/** Full-text hits ranked by the store, filtered by outlet/date, paged by position in the ranking. */
async function search(ctx: ServerContext, url: URL): Promise<unknown> {
  const q = readQuery(url, ['q', 'limit', 'cursor', 'outlet', 'from', 'to', 'quotes']);
  const text = textParam(q, 'q');
  if (!text) throw badRequest('missing-parameter', 'q (the search words) is required');
  const limit = limitParam(q, 20, 100);
  const offset = offsetCursor(cursorParam(q));
  const withQuotes = enumParam(q, 'quotes', ['true', 'false'], 'true') === 'true';
  const filters: Filters = { outlet: textParam(q, 'outlet'), from: dateParam(q, 'from'), to: dateParam(q, 'to') };
  // Filters drop hits after ranking, so a filtered page looks further down the ranking for its rows.
  const filtered = filters.outlet !== undefined || filters.from !== undefined || filters.to !== undefined;
  const wanted = offset + (filtered ? limit * 20 : limit) + 1;
  const hits = await ctx.store.searchArticles(text, Math.min(MAX_SCAN, wanted));
  const items: Record<string, unknown>[] = [];
  let position = offset;
  for (; position < hits.length && items.length < limit; position++) {
    const hit = hits[position]!;
    const article = await ctx.article(hit.articleId);
    if (!article || !passes(article, filters)) continue;
    const meta = { outlet: article.meta.outlet?.value ?? null, publishedAt: article.meta.publishedAt?.value ?? null };
    items.push({ ...hit, ...meta, quotes: withQuotes ? await matchingQuotes(ctx, article, text) : [] });
  }
  return { query: text, items, nextCursor: position < hits.length ? encodeOffset(position) : null };
}

/** The article's quotes whose words contain every search term. */
async function matchingQuotes(ctx: ServerContext, article: Article, query: string): Promise<unknown[]> {
  const analysis = await analysisOf(ctx, article.id);
  if (!analysis) return [];
  const terms = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1);
  if (!terms.length) return [];
  return analysis.quotes
    .map((quote, ordinal) => ({ quote, ordinal, content: article.text.slice(quote.content.start, quote.content.end) }))
    .filter(({ content }) => terms.every((t) => content.toLowerCase().includes(t)))
    .slice(0, 5)
    .map(({ quote, ordinal, content }) => ({
      ordinal,
      content,
      start: quote.content.start,
      end: quote.content.end,
      speaker: quote.speaker?.text ?? null,
      speakerEntityId: quote.speakerEntityId,
      via: quote.via.map((v) => v.text),
    }));
}
