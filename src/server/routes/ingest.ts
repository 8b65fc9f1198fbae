/**
 * @module server/routes/ingest
 * `POST /api/ingest` (multipart files and/or a "urls" field, or JSON `{urls, feeds}`) queues an ingest job
 * and answers 202 with its id; `GET /api/jobs/{id}` and `GET /api/jobs/{id}/events` (server-sent events)
 * follow it. URLs go through the fetcher's private-address refusal unless the server allows private ones.
 * After an ingest the stories stage runs when it is built.
 */
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { basename } from 'node:path';
import { JSON_BODY_LIMIT } from '../../config/server.js';
import { type IngestOutcome, ingestInputs } from '../../pipeline/ingest.js';
import { runStories } from '../../pipeline/stories.js';
import { readJsonBody, readUpload } from '../body.js';
import type { ServerContext } from '../context.js';
import { type Emit, jobJson, streamJob } from '../jobs.js';
import { badRequest, HttpError, notFound, sendJson } from '../respond.js';
import type { Route } from '../router.js';
import { checkId, readQuery } from '../validate.js';

const MAX_URLS = 200;

interface IngestRequest {
  readonly files: string[];
  readonly urls: string[];
  /** Folder of uploaded files to remove afterwards. */
  readonly dir: string | null;
}

function checkUrls(values: unknown, field: string): string[] {
  if (values === undefined) return [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))
    throw badRequest('invalid-body', `${field} must be an array of URL strings`);
  const urls = (values as string[]).map((v) => v.trim()).filter(Boolean);
  for (const url of urls)
    if (!/^https?:\/\/[^\s]+$/i.test(url) || !URL.canParse(url))
      throw badRequest('invalid-url', `not an http(s) URL: ${url.slice(0, 200)}`);
  return urls;
}

async function readIngestRequest(ctx: ServerContext, req: IncomingMessage): Promise<IngestRequest> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const upload = await readUpload(req, ctx.options.uploadLimit);
    const lines = [upload.fields.urls, upload.fields.feeds].join('\n').split(/\s+/).filter(Boolean);
    try {
      return { files: upload.files, urls: checkUrls(lines, 'urls'), dir: upload.dir };
    } catch (error) {
      await rm(upload.dir, { recursive: true, force: true });
      throw error;
    }
  }
  if (type.startsWith('application/json')) {
    const body = await readJsonBody(req, JSON_BODY_LIMIT);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw badRequest('invalid-body', 'expected a JSON object {urls?: string[], feeds?: string[]}');
    const { urls, feeds, ...rest } = body as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length) throw badRequest('invalid-body', `unknown field "${extra[0]}" (expected urls, feeds)`);
    return { files: [], urls: [...checkUrls(urls, 'urls'), ...checkUrls(feeds, 'feeds')], dir: null };
  }
  throw new HttpError(
    415,
    'unsupported-media-type',
    'send multipart/form-data (files) or application/json {urls, feeds}',
  );
}

/** Shows an uploaded file by its own name rather than its temporary path. */
function displayInput(input: string, dir: string | null): string {
  if (!dir || !input.startsWith(dir)) return input;
  return `upload:${basename(input).replace(/^\d{3}-/, '')}${input.slice(input.indexOf('#') >= 0 ? input.indexOf('#') : input.length)}`;
}

async function runIngestJob(ctx: ServerContext, request: IngestRequest, emit: Emit) {
  const inputs = [...request.files, ...request.urls];
  let processed = 0;
  const onOutcome = (outcome: IngestOutcome) => {
    processed++;
    const shown = { ...outcome, input: displayInput(outcome.input, request.dir) };
    emit('progress', { processed, total: inputs.length, outcome: shown });
  };
  try {
    const summary = await ingestInputs(ctx.store, inputs, {
      onOutcome,
      fetch: { allowPrivate: ctx.options.allowPrivate },
    });
    const stories = summary.ingested > 0 ? await updateStories(ctx, emit) : 'unchanged';
    const articleIds = summary.outcomes.flatMap((o) => (o.status === 'ingested' ? [o.articleId] : []));
    const { ingested, duplicate, skipped, refused } = summary;
    return { ingested, duplicate, skipped, refused, articleIds, stories };
  } finally {
    if (request.dir) await rm(request.dir, { recursive: true, force: true });
  }
}

/** Runs the stories stage after an ingest; its failure is reported but does not undo the ingest. */
async function updateStories(ctx: ServerContext, emit: Emit): Promise<string> {
  emit('stage', { stage: 'stories', message: 'grouping articles into stories' });
  try {
    await runStories(ctx.store);
    return 'updated';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    emit('stage', { stage: 'stories', message: `stories not updated: ${message}`, error: true });
    return 'failed';
  }
}

export function ingestRoutes(ctx: ServerContext): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/api/ingest',
      handler: async ({ req, res, url }) => {
        readQuery(url, []);
        const request = await readIngestRequest(ctx, req);
        if (request.files.length + request.urls.length === 0)
          throw badRequest('nothing-to-ingest', 'send at least one file or URL');
        if (request.urls.length > MAX_URLS) throw badRequest('too-many-urls', `at most ${MAX_URLS} URLs per job`);
        const job = ctx.jobs.submit((emit) => runIngestJob(ctx, request, emit), {
          files: request.files.length,
          urls: request.urls.length,
        });
        res.setHeader('Location', `/api/jobs/${job.id}`);
        sendJson(res, 202, { job: jobJson(job), events: `/api/jobs/${job.id}/events` });
        return undefined;
      },
    },
    {
      method: 'GET',
      pattern: '/api/jobs/{id}',
      handler: async ({ url, params }) => {
        readQuery(url, []);
        const job = ctx.jobs.get(checkId('job', params.id!));
        if (!job) throw notFound(`job ${params.id}`);
        return { ...jobJson(job), log: job.events };
      },
    },
    {
      method: 'GET',
      pattern: '/api/jobs/{id}/events',
      handler: async ({ req, res, url, params }) => {
        readQuery(url, []);
        const job = ctx.jobs.get(checkId('job', params.id!));
        if (!job) throw notFound(`job ${params.id}`);
        const last = Number.parseInt(String(req.headers['last-event-id'] ?? '0'), 10);
        streamJob(res, job, Number.isFinite(last) ? last : 0);
        return undefined;
      },
    },
  ];
}
