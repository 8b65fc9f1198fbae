/**
 * @module brief/quotes
 * Key quotes: the attributed quotes of the story's articles — speaker by entity name when resolved (else the
 * words naming the speaker), with the role the knowledge base gives on the article's date, the relay chain,
 * direct or not, and how other outlets carry it (from the quote findings: corroborated, variant or
 * single-source, with `alsoIn` citations). Direct quotes and named speakers rank first.
 */
import type { AttributedQuote } from '../analyze/index.js';
import type { Range } from '../core/types.js';
import type { Finding } from '../verify/types.js';
import { type BriefArticle, type BriefContext, cite, uniqueCitations } from './context.js';
import { contentWords, normalise } from './text.js';
import type { BriefQuote, Citation } from './types.js';

/** At most this many key quotes. */
const MAX_QUOTES = 10;

interface Scored {
  readonly quote: BriefQuote;
  readonly score: number;
  readonly origin: string;
  /** Story order of the article, then offset. */
  readonly order: number;
  readonly key: string;
}

/**
 * One row per quotation: the quotes of copies and of other origins that verify matched (or that have the same
 * words) are one row, shown from its best-attributed member; `alsoIn` cites one member of each other origin.
 * Rows are ordered by how many origins carry them, quotes on a flagged span last, direct before reported, then
 * story order.
 */
export function keyQuotes(ctx: BriefContext): BriefQuote[] {
  const groups = new Map<string, Scored[]>();
  ctx.articles.forEach((a, i) => {
    for (const q of a.analysis?.quotes ?? []) {
      const quote = briefQuote(ctx, a, q);
      if (!quote) continue;
      const finding = findingOf(ctx, a.article.id, q.content);
      const key = finding
        ? finding.id
        : `t:${contentWords(quote.text).size ? [...contentWords(quote.text)].join(' ') : quote.text}`;
      const scored: Scored = {
        quote,
        score: quoteScore(ctx, a, q, quote),
        origin: ctx.originOf(a.article.id),
        order: i * 1e7 + q.content.start,
        key,
      };
      groups.set(key, [...(groups.get(key) ?? []), scored]);
    }
  });
  const rows = [...groups.values()].map((members) => row(ctx, members));
  return rows
    .sort(
      (x, y) =>
        y.origins - x.origins ||
        Number(Boolean(x.quote.note)) - Number(Boolean(y.quote.note)) ||
        Number(y.quote.direct) - Number(x.quote.direct) ||
        x.order - y.order,
    )
    .slice(0, MAX_QUOTES)
    .map((r) => r.quote);
}

/** The group's best member, with one citation per other origin (members first, then the finding's evidence). */
function row(ctx: BriefContext, members: readonly Scored[]): { quote: BriefQuote; origins: number; order: number } {
  const best = [...members].sort((a, b) => b.score - a.score || a.order - b.order)[0]!;
  const order = Math.min(...members.map((m) => m.order));
  const others = new Map<string, Citation>();
  const add = (c: Citation) => {
    const origin = ctx.originOf(c.articleId);
    if (origin !== best.origin && !others.has(origin)) others.set(origin, c);
  };
  for (const m of [...members].sort((a, b) => a.order - b.order)) add(m.quote.citations[0]!);
  for (const c of best.quote.alsoIn) add(c);
  const alsoIn = uniqueCitations([...others.values()]);
  return { quote: { ...best.quote, alsoIn }, origins: 1 + others.size, order };
}

function briefQuote(ctx: BriefContext, a: BriefArticle, q: AttributedQuote): BriefQuote | null {
  if (!q.speaker || (q.speaker.kind === 'pronoun' && !q.speakerEntityId)) return null;
  // "the country", "the official": an unresolved speaker named by a bare common noun says nothing of who spoke.
  if (!q.speakerEntityId && q.speaker.kind !== 'document' && /^(?:the|a|an)\s+\p{Ll}+$/iu.test(q.speaker.text.trim()))
    return null;
  const { article } = a;
  const block = article.blocks.find((b) => b.start <= q.content.start && q.content.end <= b.end);
  if (block?.mark === 'promo' || block?.kind === 'heading') return null;
  const text = article.text.slice(q.content.start, q.content.end).trim();
  if (text.length < 12) return null;
  const whole: Range = { start: Math.min(q.start, q.content.start), end: Math.max(q.end, q.content.end) };
  const finding = findingOf(ctx, article.id, q.content);
  const alsoIn = uniqueCitations(
    (finding?.evidence ?? []).filter((e) => e.span.articleId !== article.id).map((e) => e.span),
  );
  const status = !finding ? 'single-source' : finding.variant ? 'variant' : finding.status;
  const flag = ctx.flagsOf(article.id).find((f) => f.span && f.span.start < whole.end && whole.start < f.span.end);
  return {
    text,
    speaker: speakerOf(ctx, a, q),
    via: q.via.map((v) => v.text),
    direct: q.direct,
    citations: [cite(article.id, whole)],
    status,
    alsoIn,
    ...(flag ? { note: flag.reason } : {}),
  };
}

function speakerOf(ctx: BriefContext, a: BriefArticle, q: AttributedQuote): BriefQuote['speaker'] {
  const id = q.speakerEntityId;
  const found = id ? a.analysis?.entities.find((e) => e.id === id) : undefined;
  // A speaker resolved to a country or place ("Norwegian" in "Norwegian minister X") keeps the words naming it.
  const known = found && (found.type === 'person' || found.type === 'organisation') ? found : undefined;
  const name = known ? known.name : normalise(q.speaker?.text ?? 'unknown');
  const date = a.article.meta.publishedAt?.value;
  const kb = known ? ctx.kb.get(known.id) : undefined;
  const role = kb?.roles.find((r) => (!r.start || !date || r.start <= date) && (!r.end || !date || date < r.end));
  const title = role?.title.replace(/\s*\(.*\)$/u, '');
  return { name, entityId: known ? known.id : null, ...(title ? { role: title } : {}) };
}

function quoteScore(ctx: BriefContext, a: BriefArticle, q: AttributedQuote, b: BriefQuote): number {
  let score = q.confidence;
  if (q.direct) score += 1;
  if (b.speaker.entityId && !b.speaker.entityId.startsWith('new:')) score += 1;
  if (q.speaker?.kind === 'document' || q.speaker?.kind === 'group') score -= 0.5;
  if (q.via.length) score += 0.5;
  if (b.status === 'corroborated' || b.status === 'variant') score += 1;
  if (b.note) score -= 1;
  return score - 0.3 * Math.min(3, ctx.warnings(a.article.id));
}

function findingOf(ctx: BriefContext, articleId: string, r: Range): Finding | undefined {
  return ctx.input.verification.findings.find(
    (f) =>
      f.kind === 'quote' &&
      f.evidence.some((e) => e.span.articleId === articleId && e.span.start < r.end && r.start < e.span.end),
  );
}
