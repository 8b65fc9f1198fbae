/**
 * @module brief/positions
 * The positions table (actor × issue): what each government or international body said or did on each issue,
 * from the quotes (speaker → actor; stance = the quote's words, short) and the events (source actor; stance =
 * the CAMEO action towards the target, tone = its Goldstein score) of the story's articles, and of the other
 * stories of its thread (marked `fromThread`). Actors come from the knowledge base, else from the story's own
 * states (nations.ts: "Valdorian President Andrei Kolnar" → Valdoria). Issues come from issues.data.ts; a
 * quote with no issue cue goes under the story's main issue. The same stance carried by copies and other
 * origins is one cell citing one span per origin; cells with more origins come first.
 */

import type { Event } from '../analyze/events/types.js';
import type { AttributedQuote } from '../analyze/index.js';
import type { Range } from '../core/types.js';
import { type Actor, actorOf } from './actors.js';
import { type BriefArticle, type BriefContext, cite } from './context.js';
import { ISSUES, type Issue } from './issues.data.js';
import { type Nations, nationOfSpeaker, storyNations } from './nations.js';
import { onePerOrigin } from './outlets.js';
import { contentWords, dice, excerpt } from './text.js';
import type { PositionCell } from './types.js';

const MAX_ISSUES_PER_STATEMENT = 2;
/** Sources of figures rather than of positions ("according to figures compiled by …"). */
const FACT_SOURCE = /^(?:the\s+)?(?:figures|data|estimates|statistics|numbers|records|reports?)\b/iu;
/** Two stances of one actor on one issue are one cell when their words overlap this much. */
const SAME_STANCE = 0.6;

/** A statement before it is placed under issues: its own issues, or none (then the story's main issue). */
interface Statement {
  readonly cell: Omit<PositionCell, 'issue'>;
  readonly issues: readonly Issue[];
}

export function buildPositions(ctx: BriefContext): PositionCell[] {
  const all = [...ctx.articles, ...(ctx.input.thread?.stories.flatMap((s) => s.articles) ?? [])];
  const nations = storyNations(all);
  const statements: Statement[] = [];
  for (const a of ctx.articles) statements.push(...statementsOf(ctx, nations, a, false));
  for (const s of ctx.input.thread?.stories ?? []) {
    if (s.story.id === ctx.input.story.id) continue;
    for (const a of s.articles) statements.push(...statementsOf(ctx, nations, a, true));
  }
  const titles = ctx.articles.map((a) => a.article.meta.title?.value ?? '').concat(ctx.input.story.title);
  const main = mainIssue(statements, titles);
  const cells = statements.flatMap((s) =>
    (s.issues.length ? s.issues : main ? [main] : []).map((i) => ({ ...s.cell, issue: i.label })),
  );
  return merge(ctx, cells);
}

function statementsOf(ctx: BriefContext, nations: Nations, a: BriefArticle, fromThread: boolean): Statement[] {
  const out: Statement[] = [];
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
    if (actor) out.push(eventStatement(ctx, article.id, article.text, e, actor, fromThread));
  }
  let lastDocument: Actor | null = null;
  for (const q of analysis.quotes) {
    if (!q.speaker || !reporting(q.content.start) || ctx.isFlagged(article.id, q.content)) continue;
    if (FACT_SOURCE.test(q.speaker.text) || /^according to$/iu.test(q.cue?.text ?? '')) continue;
    let actor = actorOf(ctx.kb, q.speakerEntityId, q.speaker.text, date);
    if (q.speaker.kind === 'document') {
      actor = actor ?? documentOwner(ctx, article.text, q.speaker.range) ?? lastDocument;
      if (actor) lastDocument = actor;
    }
    actor = actor ?? nationOfSpeaker(nations, speakerPhrases(a, q));
    if (actor) out.push(quoteStatement(a, q, actor, fromThread));
  }
  return out;
}

/** What the text says about a speaker: their name as given, role phrases, an apposition, the words before. */
function speakerPhrases(a: BriefArticle, q: AttributedQuote): string[] {
  const { text } = a.article;
  const speaker = q.speaker!;
  const phrases = [speaker.text];
  const range = speaker.range;
  if (range) {
    const after = /^,\s*([^,.;"“”]{3,80})[,.]/u.exec(text.slice(range.end, range.end + 100));
    if (after?.[1]) phrases.push(after[1]);
    const before =
      text
        .slice(Math.max(0, range.start - 60), range.start)
        .split(/[.;:!?"“”,]/u)
        .pop() ?? '';
    phrases.push(`${before}${text.slice(range.start, range.end)}`);
  }
  if (q.speakerEntityId) {
    for (const m of a.analysis?.mentions ?? []) {
      if (m.entityId !== q.speakerEntityId) continue;
      phrases.push(m.role ? `${m.role.text} ${m.text}` : m.text);
    }
  }
  return phrases;
}

function quoteStatement(a: BriefArticle, q: AttributedQuote, actor: Actor, fromThread: boolean): Statement {
  const { text, id } = a.article;
  const content = text.slice(q.content.start, q.content.end);
  const stance = excerpt(content.replace(/^(?:that|whether)\s+/iu, ''), 120);
  const span = { start: Math.min(q.start, q.content.start), end: Math.max(q.end, q.content.end) };
  const sentence = a.analysis?.sentences.find((s) => s.start <= q.content.start && q.content.start < s.end);
  const found = issuesOf(content);
  const issues = found.length || !sentence ? found : issuesOf(text.slice(sentence.start, sentence.end));
  return {
    cell: {
      actor: actor.name,
      actorId: actor.id,
      stance,
      citations: [cite(id, span)],
      ...(fromThread ? { fromThread } : {}),
    },
    issues,
  };
}

function eventStatement(ctx: BriefContext, id: string, text: string, e: Event, actor: Actor, fromThread: boolean) {
  const target = e.target ? (actorOf(ctx.kb, e.target.entityId, e.target.text)?.name ?? e.target.text) : null;
  const stance = `${e.label.toLowerCase()}${target ? ` (towards ${target})` : ''}: "${e.cue.text}"`;
  const found = issuesOf(text.slice(e.start, e.end));
  return {
    cell: {
      actor: actor.name,
      actorId: actor.id,
      stance,
      tone: e.goldstein,
      citations: [cite(id, e)],
      ...(fromThread ? { fromThread } : {}),
    },
    issues: found.length ? found : ISSUES.filter((i) => i.id === 'relations'),
  };
}

/** The issue the story is about: its headlines' issues (three times) and its statements' (not the thread's). */
function mainIssue(statements: readonly Statement[], titles: readonly string[]): Issue | null {
  const counts = new Map<Issue, number>();
  for (const t of titles) for (const i of issuesOf(t)) counts.set(i, (counts.get(i) ?? 0) + 3);
  for (const s of statements) {
    if (s.cell.fromThread) continue;
    for (const i of s.issues) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
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

function issuesOf(text: string): Issue[] {
  return ISSUES.filter((i) => i.cues.test(text)).slice(0, MAX_ISSUES_PER_STATEMENT);
}

/**
 * One cell per (actor, issue, stance): the same words from copies and other origins merge, citing one span per
 * origin (story and thread apart). Cells with more origins first, then in the order found.
 */
function merge(ctx: BriefContext, cells: readonly PositionCell[]): PositionCell[] {
  const out: { cell: PositionCell; words: Set<string>; order: number }[] = [];
  for (const c of cells) {
    const words = contentWords(c.stance);
    const same = out.find(
      (o) =>
        o.cell.actorId === c.actorId &&
        o.cell.issue === c.issue &&
        Boolean(o.cell.fromThread) === Boolean(c.fromThread) &&
        dice(o.words, words) >= SAME_STANCE,
    );
    if (same) same.cell = { ...same.cell, citations: onePerOrigin(ctx, [...same.cell.citations, ...c.citations]) };
    else out.push({ cell: c, words, order: out.length });
  }
  const origins = (c: PositionCell) => new Set(c.citations.map((x) => ctx.originOf(x.articleId))).size;
  return out.sort((a, b) => origins(b.cell) - origins(a.cell) || a.order - b.order).map((o) => o.cell);
}
