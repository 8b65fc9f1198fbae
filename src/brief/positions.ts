/**
 * @module brief/positions
 * The positions table (actor × issue): what each government or international body said or did on each issue,
 * from the quotes (speaker → actor; stance = the quote's words, short) and the events (source actor; stance =
 * the CAMEO action towards the target, tone = its Goldstein score) of the story's articles, and of the other
 * stories of its thread (marked `fromThread`). Issues come from the lexicon in issues.data.ts.
 */

import type { Event } from '../analyze/events/types.js';
import type { AttributedQuote } from '../analyze/index.js';
import type { Range } from '../core/types.js';
import { type Actor, actorOf } from './actors.js';
import { type BriefArticle, type BriefContext, cite } from './context.js';
import { ISSUES } from './issues.data.js';
import { excerpt } from './text.js';
import type { PositionCell } from './types.js';

/** Cells kept per actor × issue: from the story, and from the rest of the thread. */
const PER_CELL = { story: 2, thread: 1 };
const MAX_ISSUES_PER_STATEMENT = 2;

export function buildPositions(ctx: BriefContext): PositionCell[] {
  const cells: PositionCell[] = [];
  for (const a of ctx.articles) cells.push(...positionsOf(ctx, a, false));
  for (const s of ctx.input.thread?.stories ?? []) {
    if (s.story.id === ctx.input.story.id) continue;
    for (const a of s.articles) cells.push(...positionsOf(ctx, a, true));
  }
  return limit(cells);
}

function positionsOf(ctx: BriefContext, a: BriefArticle, fromThread: boolean): PositionCell[] {
  const out: PositionCell[] = [];
  const { article, analysis } = a;
  if (!analysis) return out;
  const date = article.meta.publishedAt?.value;
  const reporting = (start: number) => {
    const b = article.blocks.find((x) => x.start <= start && start < x.end);
    return b !== undefined && b.mark !== 'promo' && b.kind !== 'heading' && b.kind !== 'table-row';
  };
  for (const e of analysis.events) {
    if (!reporting(e.start)) continue;
    const actor = actorOf(ctx.kb, e.source.entityId, e.source.text, date);
    if (actor) out.push(...eventCells(ctx, article.id, article.text, e, actor, fromThread));
  }
  let lastDocument: Actor | null = null;
  for (const q of analysis.quotes) {
    if (!q.speaker || !reporting(q.content.start) || ctx.isFlagged(article.id, q.content)) continue;
    let actor = actorOf(ctx.kb, q.speakerEntityId, q.speaker.text, date);
    if (q.speaker.kind === 'document') {
      actor = actor ?? documentOwner(ctx, article.text, q.speaker.range) ?? lastDocument;
      if (actor) lastDocument = actor;
    }
    if (actor) out.push(...quoteCells(article.id, article.text, q, actor, fromThread));
  }
  return out;
}

function quoteCells(id: string, text: string, q: AttributedQuote, actor: Actor, fromThread: boolean): PositionCell[] {
  const content = text.slice(q.content.start, q.content.end);
  const stance = excerpt(content.replace(/^(?:that|whether)\s+/iu, ''), 140);
  const span = { start: Math.min(q.start, q.content.start), end: Math.max(q.end, q.content.end) };
  return issuesOf(content).map((issue) => ({
    actor: actor.name,
    actorId: actor.id,
    issue: issue.label,
    stance,
    citations: [cite(id, span)],
    ...(fromThread ? { fromThread } : {}),
  }));
}

function eventCells(
  ctx: BriefContext,
  id: string,
  text: string,
  e: Event,
  actor: Actor,
  fromThread: boolean,
): PositionCell[] {
  const target = e.target ? (actorOf(ctx.kb, e.target.entityId, e.target.text)?.name ?? e.target.text) : null;
  const stance = `${e.label.toLowerCase()}${target ? ` (towards ${target})` : ''}: "${e.cue.text}"`;
  const found = issuesOf(text.slice(e.start, e.end));
  const issues = found.length ? found : ISSUES.filter((i) => i.id === 'relations');
  return issues.map((issue) => ({
    actor: actor.name,
    actorId: actor.id,
    issue: issue.label,
    stance,
    tone: e.goldstein,
    citations: [cite(id, e)],
    ...(fromThread ? { fromThread } : {}),
  }));
}

/** "the updated US National Security Strategy": the country named just before a document's name. */
function documentOwner(ctx: BriefContext, text: string, range: Range | undefined): Actor | null {
  if (!range) return null;
  const before =
    text
      .slice(Math.max(0, range.start - 40), range.start)
      .split(/[.;:!?]/u)
      .pop() ?? '';
  for (const word of before.match(/\p{Lu}[\p{L}.]*(?:['’]s)?/gu)?.reverse() ?? []) {
    const hit = ctx.kb.lookup(word.replace(/['’]s$/u, '')).find((e) => e.type === 'country');
    if (hit) return { id: hit.id, name: hit.name };
  }
  return null;
}

function issuesOf(text: string) {
  return ISSUES.filter((i) => i.cues.test(text)).slice(0, MAX_ISSUES_PER_STATEMENT);
}

/** At most PER_CELL cells per actor × issue (story and thread counted apart), in the order found. */
function limit(cells: readonly PositionCell[]): PositionCell[] {
  const seen = new Map<string, number>();
  return cells.filter((c) => {
    const key = `${c.actorId}|${c.issue}|${c.fromThread ? 't' : 's'}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n < (c.fromThread ? PER_CELL.thread : PER_CELL.story);
  });
}
