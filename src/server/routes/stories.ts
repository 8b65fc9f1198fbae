/**
 * @module server/routes/stories
 * `GET /api/stories` (cursor pages, newest first), `/api/stories/{id}` (members, origins, thread),
 * `/api/stories/{id}/brief?format=json|md|html` and `/api/stories/{id}/findings` (the verification).
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { renderBriefHtml, renderBriefMarkdown } from '../../brief/index.js';
import type { Brief } from '../../brief/types.js';
import type { Article } from '../../core/types.js';
import type { ServerContext } from '../context.js';
import { verificationOf } from '../present.js';
import { HttpError, notFound, sendText } from '../respond.js';
import type { Route } from '../router.js';
import { checkId, cursorParam, enumParam, limitParam, readQuery, textParam } from '../validate.js';

export function storyRoutes(ctx: ServerContext): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/api/stories',
      handler: async ({ url }) => {
        const q = readQuery(url, ['limit', 'cursor', 'thread']);
        return ctx.store.listStories({ limit: limitParam(q), cursor: cursorParam(q), thread: textParam(q, 'thread') });
      },
    },
    {
      method: 'GET',
      pattern: '/api/stories/{id}',
      handler: async ({ url, params }) => {
        readQuery(url, []);
        const story = await storyOr404(ctx, params.id!);
        const [thread, verification, brief] = await Promise.all([
          ctx.store.getThread(story.threadId),
          verificationOf(ctx, story.id),
          ctx.store.getStageOutput('brief', story.id),
        ]);
        const counts = verification
          ? {
              findings: verification.findings.length,
              contradicted: verification.findings.filter((f) => f.status === 'contradicted').length,
              flags: verification.flags.length,
            }
          : null;
        return { story, thread, verification: counts, hasBrief: brief !== null };
      },
    },
    {
      method: 'GET',
      pattern: '/api/stories/{id}/brief',
      handler: async ({ url, params, res }) => {
        const q = readQuery(url, ['format']);
        const format = enumParam(q, 'format', ['json', 'md', 'html'], 'json');
        const story = await storyOr404(ctx, params.id!);
        const output = await ctx.store.getStageOutput('brief', story.id);
        if (!output)
          throw new HttpError(404, 'no-brief', `story ${story.id} has no brief yet (the brief stage has not run)`);
        const brief = output.data as Brief;
        if (format === 'json') return brief;
        await sendRenderedBrief(ctx, res, brief, format);
        return undefined;
      },
    },
    {
      method: 'GET',
      pattern: '/api/stories/{id}/findings',
      handler: async ({ url, params }) => {
        readQuery(url, []);
        const story = await storyOr404(ctx, params.id!);
        const verification = await verificationOf(ctx, story.id);
        return {
          storyId: story.id,
          verified: verification !== null,
          findings: verification?.findings ?? [],
          flags: verification?.flags ?? [],
          reliability: verification?.reliability ?? [],
        };
      },
    },
  ];
}

async function storyOr404(ctx: ServerContext, id: string) {
  const story = await ctx.store.getStory(checkId('story', id));
  if (!story) throw notFound(`story ${id}`);
  return story;
}

async function sendRenderedBrief(ctx: ServerContext, res: ServerResponse, brief: Brief, format: 'md' | 'html') {
  if (format === 'md') {
    sendText(res, 200, 'text/markdown', renderBriefMarkdown(brief));
    return;
  }
  const articles = new Map<string, Article>();
  for (const source of brief.sources) {
    const article = await ctx.article(source.articleId);
    if (article) articles.set(article.id, article);
  }
  const html = renderBriefHtml(brief, articles);
  // The rendered brief is a standalone document: sandboxed, no scripts, only its own <style> blocks by hash.
  const hashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
  );
  res.setHeader(
    'Content-Security-Policy',
    `sandbox; default-src 'none'; style-src ${hashes.join(' ') || "'none'"}; img-src data:; frame-ancestors 'none'`,
  );
  sendText(res, 200, 'text/html', html);
}
