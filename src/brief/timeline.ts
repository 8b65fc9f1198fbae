/**
 * @module brief/timeline
 * An analyst's timeline: one entry per (date, event). Every reporting sentence of the story is searched for
 * dates that resolve to a calendar day, month or year (absolute, or relative to the article's date, with the
 * method recorded). Left out: dates inside quotations or in a sentence that is mostly a quotation (context of a
 * quote), conditional or hypothetical wording, durations, datelines, publication metadata and press logistics.
 * Dated sentences of one date whose event words overlap are one entry: the text is the best-supported concise
 * reporting sentence (trimmed to the clause with the date when long), citing one span per origin, with the
 * count of origins and of sentences merged. Publication dates go to `coverage`. Sorted by date (a year before
 * its months, a month before its days), then by support.
 */

import type { Temporal } from '../analyze/claims/index.js';
import { findTemporals } from '../analyze/claims/index.js';
import type { Range } from '../core/types.js';
import { quotedShare } from './candidates.js';
import { type BriefArticle, type BriefContext, cite } from './context.js';
import { textMemo } from './memo.js';
import { groupByOrigin } from './outlets.js';
import { contentWords, dice, normalise, shared } from './text.js';
import {
  DATE_WORDS,
  DATELINE,
  EVENT_KINDS,
  HYPOTHETICAL,
  LOGISTICS,
  METADATA_LINE,
  MODAL_MAY,
  TIMELINE,
} from './timeline.data.js';
import type { Brief, TimelineEntry } from './types.js';

/** One dated sentence. */
interface Dated {
  readonly article: BriefArticle;
  readonly date: string;
  readonly method: string;
  /** What is shown: the sentence, or its clause with the date; and the span it covers. */
  readonly text: string;
  readonly span: Range;
  readonly words: Set<string>;
  /** The kinds of event it tells (EVENT_KINDS). */
  readonly kinds: readonly string[];
  /** How good a text for the entry: a concise reporting sentence that opens the article scores high. */
  readonly quality: number;
}

const SKIPPED_METHODS = new Set(['duration-before-article-date']);

export function buildTimeline(ctx: BriefContext): TimelineEntry[] {
  const dated = ctx.articles.flatMap((a) => datedSentences(ctx, a));
  const byDate = new Map<string, Dated[]>();
  for (const d of dated) byDate.set(d.date, [...(byDate.get(d.date) ?? []), d]);
  const entries = [...byDate.values()].flatMap((list) => events(list).map((g) => entryOf(ctx, g)));
  return entries.sort((x, y) => x.date.localeCompare(y.date) || (y.origins ?? 0) - (x.origins ?? 0));
}

/** The entries a rendering shows: the best supported TIMELINE.shown, in date order. */
export function shownTimeline(brief: Pick<Brief, 'timeline'>): { rows: readonly TimelineEntry[]; more: number } {
  const all = brief.timeline;
  if (all.length <= TIMELINE.shown) return { rows: all, more: 0 };
  const rank = [...all.keys()].sort(
    (a, b) => (all[b]!.origins ?? 1) - (all[a]!.origins ?? 1) || (all[b]!.group ?? 1) - (all[a]!.group ?? 1) || a - b,
  );
  const keep = new Set(rank.slice(0, TIMELINE.shown));
  return { rows: all.filter((_, i) => keep.has(i)), more: all.length - TIMELINE.shown };
}

/** First and last publication among the story's articles, and how many give none. */
export function coverageOf(ctx: BriefContext): NonNullable<Brief['coverage']> {
  const dated = ctx.articles
    .map((a) => ({ id: a.article.id, at: a.article.meta.publishedAt?.value }))
    .filter((x): x is { id: string; at: string } => Boolean(x.at))
    .sort((a, b) => a.at.slice(0, 10).localeCompare(b.at.slice(0, 10)) || instant(a.at) - instant(b.at));
  const first = dated[0];
  const last = dated.at(-1);
  return {
    ...(first ? { first: { at: first.at, outlet: ctx.outletOf(first.id), articleId: first.id } } : {}),
    ...(last ? { last: { at: last.at, outlet: ctx.outletOf(last.id), articleId: last.id } } : {}),
    undated: ctx.articles.length - dated.length,
  };
}

/** A timestamp's instant; a bare date counts as the end of its day (its time is not known). */
const instant = (at: string) => (at.length > 10 ? Date.parse(at) : Date.parse(at) + 86_399_999) || 0;

function datedSentences(ctx: BriefContext, a: BriefArticle): Dated[] {
  const { article, analysis } = a;
  if (!analysis) return [];
  const out: Dated[] = [];
  const memo = textMemo(article);
  const published = article.meta.publishedAt?.value;
  analysis.sentences.forEach((s, index) => {
    const block = article.blocks[s.blockIndex];
    if (!block || block.mark === 'promo' || block.kind === 'heading' || block.kind === 'table-row') return;
    if (ctx.isFlagged(article.id, s)) return;
    if (!memo(`r:${s.start}:${s.end}`, () => reportsEvent(article.text.slice(s.start, s.end)))) return;
    const seen = new Set<string>();
    const key = `t:${s.start}:${s.end}:${published ?? '-'}`;
    const temporals = memo(key, () => nonEmpty(findTemporals(article.text, s, published)));
    for (const t of temporals) {
      const date = t.resolution?.value;
      if (!date || seen.has(date) || !keepTemporal(a, s, t)) continue;
      seen.add(date);
      out.push(datedOf(a, s, t, date, index));
    }
  });
  return out;
}

const NONE: readonly Temporal[] = [];
/** The list, or one shared empty list (most sentences give no date; the memo keeps them all). */
const nonEmpty = (list: readonly Temporal[]) => (list.length > 0 ? list : NONE);

/** A sentence that can date an event: not metadata, logistics, a quote's context or hypothetical. */
function reportsEvent(text: string): boolean {
  const t = normalise(text);
  if (METADATA_LINE.test(t) || LOGISTICS.test(t) || HYPOTHETICAL.test(t) || MODAL_MAY.test(t)) return false;
  return quotedShare(t) < TIMELINE.maxQuoted && /\p{L}{3}/u.test(t);
}

function keepTemporal(a: BriefArticle, s: Range, t: Temporal): boolean {
  if (t.kind !== 'date' || !t.resolution || SKIPPED_METHODS.has(t.resolution.method)) return false;
  const text = a.article.text;
  const before = text.slice(s.start, t.valueSpan.start);
  if ((before.match(/["“”]/gu)?.length ?? 0) % 2 === 1) return false;
  const inQuote = a.analysis?.quotes.some(
    (q) => q.direct && q.content.start <= t.valueSpan.start && t.valueSpan.end <= q.content.end,
  );
  if (inQuote) return false;
  const dateline = DATELINE.exec(text.slice(s.start, s.end));
  return !(dateline && t.valueSpan.end <= s.start + dateline[0].length);
}

function datedOf(a: BriefArticle, s: Range, t: Temporal, date: string, index: number): Dated {
  const span = shownSpan(a.article.text, s, t);
  const text = normalise(a.article.text.slice(span.start, span.end));
  const words = new Set([...contentWords(text)].filter((w) => !DATE_WORDS.has(w) && !/^\d/u.test(w)));
  const quality =
    (/^[\p{Lu}\p{N}]/u.test(text) ? 2 : 0) +
    (text.length >= 40 && text.length <= TIMELINE.maxText ? 1 : 0) +
    (/["“”]/u.test(text) ? 0 : 1) +
    (t.resolution?.method === 'absolute' ? 0.5 : 0) +
    1 / (1 + index / 5);
  const kinds = EVENT_KINDS.filter((k) => k.cues.test(text)).map((k) => k.id);
  return { article: a, date, method: t.resolution?.method ?? 'claim', text, span, words, kinds, quality };
}

/** The sentence without its dateline; when long, the clause that holds the date. */
function shownSpan(text: string, s: Range, t: Temporal): Range {
  const sentence = text.slice(s.start, s.end);
  const dateline = DATELINE.exec(sentence);
  const start = s.start + (dateline ? dateline[0].length : 0);
  if (s.end - start <= TIMELINE.maxText) return { start, end: s.end };
  const cuts = [start];
  for (const m of text.slice(start, s.end).matchAll(/[,;]\s+|\s[—–]\s+/gu)) cuts.push(start + m.index + m[0].length);
  cuts.push(s.end);
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (cuts[i]! <= t.valueSpan.start && t.valueSpan.start < cuts[i + 1]!) {
      const end = cuts[i + 1]! - (text.slice(cuts[i]!, cuts[i + 1]!).match(/[,;—–\s]+$/u)?.[0].length ?? 0);
      let j = i;
      while (j > 0 && /^\p{Ll}/u.test(text.slice(cuts[j]!)) && end - cuts[j - 1]! <= TIMELINE.maxText * 1.4) j--;
      return { start: cuts[j]!, end: Math.max(end, t.valueSpan.end) };
    }
  }
  return { start, end: s.end };
}

/** Dated sentences of one date, grouped by the event they tell (single link on shared words). */
function events(list: readonly Dated[]): Dated[][] {
  const groups: Dated[][] = [];
  for (const d of list) {
    const joins = groups.filter((g) => g.some((x) => sameEvent(x, d)));
    const merged = [...joins.flat(), d];
    for (const g of joins) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups;
}

function sameEvent(a: Dated, b: Dated): boolean {
  if (a.article === b.article && a.span.start === b.span.start) return true;
  if (a.kinds.some((k) => b.kinds.includes(k))) return true;
  return dice(a.words, b.words) >= TIMELINE.sameEvent || shared(a.words, b.words) >= TIMELINE.sameEventShared;
}

function entryOf(ctx: BriefContext, group: readonly Dated[]): TimelineEntry {
  const origins = groupByOrigin(
    ctx,
    group.map((d) => d.article.article.id),
  );
  const support = (d: Dated) => group.filter((x) => dice(x.words, d.words) >= TIMELINE.sameEvent).length;
  const best = [...group].sort((a, b) => b.quality + 0.25 * support(b) - (a.quality + 0.25 * support(a)))[0]!;
  const bestOrigin = ctx.originOf(best.article.article.id);
  const citations = origins.map((o) => {
    if (o.originId === bestOrigin) return cite(best.article.article.id, best.span);
    const member = group.find((d) => d.article.article.id === o.articleIds[0]) ?? best;
    return cite(member.article.article.id, member.span);
  });
  return {
    date: best.date,
    text: best.text,
    method: best.method,
    citations: [citations.find((c) => c.articleId === best.article.article.id)!, ...citations].filter(
      (c, i, all) => all.indexOf(c) === i,
    ),
    origins: origins.length,
    group: group.length,
  };
}
