/**
 * @module brief/timeline
 * The timeline: dated claims whose date is resolved to a calendar day, month or year (absolute, or relative
 * to the article's date, with the method recorded), plus each article's publication; sorted by date,
 * de-duplicated (the same date and words are one entry citing every span), cited.
 */

import type { Claim } from '../analyze/claims/index.js';
import { findTemporals } from '../analyze/claims/index.js';
import { type BriefArticle, type BriefContext, cite, uniqueCitations } from './context.js';
import { excerpt, normalise } from './text.js';
import type { TimelineEntry } from './types.js';

const CALENDAR = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

export function buildTimeline(ctx: BriefContext): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const a of ctx.articles) {
    const published = publication(ctx, a);
    if (published) entries.push(published);
    for (const c of a.analysis?.claims ?? []) {
      if (c.kind !== 'date' || typeof c.value !== 'string' || !CALENDAR.test(c.value)) continue;
      if (ctx.isFlagged(a.article.id, c.valueSpan)) continue;
      entries.push(dated(a, c, c.value));
    }
  }
  return merge(entries).sort((x, y) => x.date.localeCompare(y.date) || x.text.localeCompare(y.text));
}

function dated(a: BriefArticle, c: Claim, date: string): TimelineEntry {
  const { article } = a;
  const temporal = findTemporals(article.text, c, article.meta.publishedAt?.value).find(
    (t) => t.start <= c.valueSpan.start && c.valueSpan.end <= t.end,
  );
  const method = temporal?.resolution?.method ?? (temporal?.value === date ? 'absolute' : 'claim');
  const what =
    c.subject && c.subject.length > 3 ? `${normalise(c.subject)} (${excerpt(c.text, 90)})` : excerpt(c.text, 140);
  return { date, text: what, method, citations: [cite(article.id, c)] };
}

/** "published: <title> (<outlet>)", citing the article's first block. */
function publication(ctx: BriefContext, a: BriefArticle): TimelineEntry | null {
  const { article } = a;
  const date = article.meta.publishedAt?.value;
  const first = article.blocks[0];
  if (!date || !first || first.end <= first.start) return null;
  const title = article.meta.title?.value ?? article.text.slice(first.start, first.end);
  return {
    date: date.slice(0, 10),
    text: `published: ${excerpt(title, 100)} (${ctx.outletOf(article.id)})`,
    method: 'published',
    citations: [cite(article.id, first)],
  };
}

/** Entries with the same date and the same subject (or words) become one, citing every span. */
function merge(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const byKey = new Map<string, TimelineEntry>();
  for (const e of entries) {
    const key = `${e.date}|${e.text.split(' (')[0]!.toLowerCase()}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? { ...prev, citations: uniqueCitations([...prev.citations, ...e.citations]) } : e);
  }
  return [...byKey.values()];
}
