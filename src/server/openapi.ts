/**
 * @module server/openapi
 * The OpenAPI 3.1 document of the HTTP API, served at `/api/openapi.json`. Built from small helpers so
 * every route has its parameters, responses and error shape; `test/api` checks that every route the
 * server answers is described here.
 */

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const jsonResponse = (description: string, schema: Json): Json => ({
  description,
  content: { 'application/json': { schema } },
});

const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false): Json => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const pathId = (description: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const LIMIT = query('limit', 'Page size (1–200, default 50).', { type: 'integer', minimum: 1, maximum: 200 });
const CURSOR = query('cursor', 'The nextCursor of the previous page, unchanged.');
const PAGED = [LIMIT, CURSOR];

function get(summary: string, parameters: Json[], ok: Json, extra: Json = {}): Json {
  return {
    get: {
      summary,
      parameters,
      responses: {
        200: ok,
        400: errorResponse('Invalid request (unknown parameter, bad cursor, bad limit, malformed id)'),
        401: errorResponse('Missing or wrong access token (only when the server has one)'),
        404: errorResponse('No such record'),
        ...extra,
      },
    },
  };
}

const page = (item: string): Json => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: { items: { type: 'array', items: ref(item) }, nextCursor: { type: ['string', 'null'] } },
});

const ANNOTATION_PARAMS = [
  ...PAGED,
  query('entity', 'By or about this entity id.'),
  query('article', 'Of this article id.'),
];

const PATHS: Json = {
  '/api/health': get('Liveness and store size', [], jsonResponse('OK', { type: 'object' })),
  '/api/articles': get(
    'Stored articles, newest first (published date, then id)',
    [
      ...PAGED,
      query('outlet', 'Only this outlet.'),
      query('entity', 'Only articles mentioning this entity id.'),
      query('story', 'Only articles of this story id.'),
      query('from', 'Published on or after (ISO 8601).', { type: 'string', format: 'date' }),
      query('to', 'Published on or before (ISO 8601).', { type: 'string', format: 'date' }),
    ],
    jsonResponse('A page of article summaries', page('ArticleSummary')),
  ),
  '/api/articles/{id}': get(
    'One article with its analysis, removals, metadata provenance, messages, story and integrity flags',
    [pathId('Article id (a_ + 20 hex digits)')],
    jsonResponse('The article', ref('ArticleDetail')),
  ),
  '/api/search': get(
    'Full-text search over articles (words ANDed, "quoted phrases" exact), with the matching quotes of each hit',
    [
      query('q', 'Search words.', { type: 'string' }, true),
      query('limit', 'Page size (1–100, default 20).', { type: 'integer', minimum: 1, maximum: 100 }),
      CURSOR,
      query('outlet', 'Only this outlet.'),
      query('from', 'Published on or after.'),
      query('to', 'Published on or before.'),
      query('quotes', 'Include matching quotes (default true).', { type: 'string', enum: ['true', 'false'] }),
    ],
    jsonResponse('Ranked hits', { type: 'object' }),
  ),
  '/api/stories': get(
    'Stories, most recently published first',
    [...PAGED, query('thread', 'Only stories of this thread id.')],
    jsonResponse('A page of story summaries', page('StorySummary')),
  ),
  '/api/stories/{id}': get(
    'One story: member articles, origins, thread, verification counts',
    [pathId('Story id (s_…)')],
    jsonResponse('The story', { type: 'object' }),
  ),
  '/api/stories/{id}/brief': get(
    "The story's cited brief",
    [
      pathId('Story id'),
      query('format', 'json (default), md or html.', { type: 'string', enum: ['json', 'md', 'html'] }),
    ],
    {
      description: 'The brief',
      content: { 'application/json': { schema: { type: 'object' } }, 'text/markdown': {}, 'text/html': {} },
    },
    { 501: errorResponse('Rendering not available in this build') },
  ),
  '/api/stories/{id}/findings': get(
    "The story's verification: findings, integrity flags, article reliability",
    [pathId('Story id')],
    jsonResponse('The verification', { type: 'object' }),
  ),
  '/api/entities': get(
    'Canonical entities by number of articles mentioning them',
    [...PAGED, query('type', 'person, organisation, country, place, other.'), query('q', 'Name prefix.')],
    jsonResponse('A page of entities', page('EntitySummary')),
  ),
  '/api/entities/{id}': get(
    'One entity: aliases, roles, articles, quotes by and about it, events with Goldstein scores',
    [pathId('Entity id, e.g. person:dmitry-peskov')],
    jsonResponse('The entity', { type: 'object' }),
  ),
  '/api/quotes': get('Quotes across the store', ANNOTATION_PARAMS, jsonResponse('A page', page('Annotation'))),
  '/api/claims': get('Claims across the store', ANNOTATION_PARAMS, jsonResponse('A page', page('Annotation'))),
  '/api/events': get('Events across the store', ANNOTATION_PARAMS, jsonResponse('A page', page('Annotation'))),
  '/api/ingest': {
    post: {
      summary: 'Queue an ingest job: uploaded files and/or URLs and feeds',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: {
                files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
                urls: { type: 'string', description: 'URLs or feed URLs, one per line' },
              },
            },
          },
          'application/json': {
            schema: {
              type: 'object',
              additionalProperties: false,
              properties: {
                urls: { type: 'array', items: { type: 'string' } },
                feeds: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
      responses: {
        202: jsonResponse('Queued; follow the events URL', { type: 'object' }),
        400: errorResponse('Nothing to ingest, bad URL, malformed body'),
        401: errorResponse('Missing or wrong access token'),
        413: errorResponse('Upload larger than the limit'),
        415: errorResponse('Neither multipart/form-data nor JSON'),
      },
    },
  },
  '/api/jobs/{id}': get(
    'An ingest job and its events so far',
    [pathId('Job id (j_…)')],
    jsonResponse('The job', { type: 'object' }),
  ),
  '/api/jobs/{id}/events': get(
    'Server-sent events of a job: queued, started, progress {processed, total, outcome}, stage, done | failed',
    [pathId('Job id')],
    { description: 'An event stream', content: { 'text/event-stream': {} } },
  ),
  '/api/openapi.json': get('This document', [], jsonResponse('OpenAPI 3.1', { type: 'object' })),
};

const SCHEMAS: Json = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
  ArticleSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      input: { type: 'string' },
      title: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      publishedAt: { type: ['string', 'null'] },
      language: { type: ['string', 'null'] },
      chars: { type: 'integer' },
    },
  },
  ArticleDetail: {
    type: 'object',
    properties: {
      article: { type: 'object', description: 'The Article JSON of docs/cli.md' },
      analysis: { type: ['object', 'null'], description: 'entities, mentions, quotes, claims, events (docs/cli.md)' },
      messages: { type: 'array', items: { type: 'object' } },
      storyId: { type: ['string', 'null'] },
      flags: { type: 'array', items: { type: 'object' } },
      reliability: { type: ['object', 'null'] },
    },
  },
  StorySummary: {
    type: 'object',
    description:
      'id, title, threadId, articles, origins, outlets, firstPublished, lastPublished, findings, contradicted, flags',
  },
  EntitySummary: { type: 'object', description: 'id, name, type, articles' },
  Annotation: {
    type: 'object',
    description: 'articleId, kind, ordinal, start, end, entityId, targetId, publishedAt, outlet, title, text, data',
  },
};

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Triangulate API',
      version: '1',
      description:
        'JSON API of `triangulate serve`. Errors are {error: {code, message}}; lists are cursor-paged ({items, nextCursor}).',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { cookie: [] }],
    paths: PATHS,
    components: {
      schemas: SCHEMAS,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The server token (only when the server has one)' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'triangulate_token', description: 'Set by POST /login' },
      },
    },
  };
}
