/**
 * @module brief/build
 * Story + articles + verification (+ thread) → Brief: sources with their reliability, the lead, key quotes,
 * numbers, findings and flags (copied from the verification), timeline and positions; then the citation
 * check fills `check`. Pure and deterministic.
 */
import type { Article } from '../core/types.js';
import { collectCandidates } from './candidates.js';
import { checkBrief } from './check.js';
import { type BriefContext, type BriefInput, type BriefOptions, makeContext } from './context.js';
import { buildDisagreements } from './disagreements.js';
import { selectLead } from './lead.js';
import { numbersTable } from './numbers.js';
import { buildPositions } from './positions.js';
import { keyQuotes } from './quotes.js';
import { templateSentences } from './templates.js';
import { buildTimeline, coverageOf } from './timeline.js';
import type { Brief, BriefSource } from './types.js';

export const BRIEF_GENERATOR = { name: 'brief', version: '3' } as const;

export function buildBrief(input: BriefInput, options: BriefOptions = {}): Brief {
  const ctx = makeContext(input, options);
  const sources = briefSources(ctx);
  const draft: Omit<Brief, 'check'> = {
    storyId: input.story.id,
    title: input.story.title,
    generator: BRIEF_GENERATOR,
    sources,
    origins: new Set(sources.map((s) => s.originId)).size,
    thread: input.thread
      ? {
          id: input.thread.thread.id,
          title: input.thread.thread.title,
          stories: input.thread.stories
            .filter((s) => s.story.id !== input.story.id)
            .map((s) => ({ id: s.story.id, title: s.story.title })),
        }
      : null,
    sentences: selectLead(ctx, collectCandidates(ctx), templateSentences(ctx)),
    quotes: keyQuotes(ctx),
    numbers: numbersTable(ctx),
    findings: input.verification.findings,
    disagreements: buildDisagreements(ctx),
    flags: input.verification.flags,
    timeline: buildTimeline(ctx),
    coverage: coverageOf(ctx),
    positions: buildPositions(ctx),
  };
  const brief = { ...draft, check: emptyCheck() };
  return { ...brief, check: checkBrief(brief, articleMap(input)) };
}

/** Article id → article, for the check and the HTML appendix (the story's articles and the thread's). */
export function articleMap(input: BriefInput): Map<string, Article> {
  const all = [...input.articles, ...(input.thread?.stories.flatMap((s) => s.articles) ?? [])];
  return new Map(all.map((a) => [a.article.id, a.article]));
}

function briefSources(ctx: BriefContext): BriefSource[] {
  const members = new Map(ctx.input.story.articles.map((m) => [m.id, m]));
  return ctx.articles.map(({ article }) => {
    const m = members.get(article.id);
    return {
      articleId: article.id,
      title: m?.title ?? article.meta.title?.value ?? null,
      outlet: m?.outlet ?? article.meta.outlet?.value ?? null,
      publishedAt: m?.publishedAt ?? article.meta.publishedAt?.value ?? null,
      originId: ctx.originOf(article.id),
      reliability: ctx.input.verification.reliability.find((r) => r.articleId === article.id) ?? null,
    };
  });
}

function emptyCheck(): Brief['check'] {
  return { sentences: 0, citedSentences: 0, citations: 0, citationsFound: 0, unsupported: 0, problems: [] };
}
