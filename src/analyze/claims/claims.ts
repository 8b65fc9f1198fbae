/**
 * @module analyze/claims/claims
 * Sentences → claims: every numeric expression (count, percent, money, quantity, rank) and every time
 * expression (date, duration) becomes a claim with its normalised value, subject, property, hedge, who asserts
 * it and a check-worthiness score with reasons; a sentence with no value becomes a 'statement' claim only
 * when the scorer finds it clearly check-worthy and it names an actor (precision first).
 */
import type { Range } from '../../core/types.js';
import { quotedBy, sentenceSource } from './attribution.js';
import { scoreCheckWorthiness } from './checkworthy.js';
import { countedAfter } from './phrases.js';
import { findQuantities } from './quantities.js';
import { propertyOf, subjectBefore, subjectOf } from './subject.js';
import { findTemporals } from './temporals.js';
import type { AssertedBy, Claim, ClaimContext, ClaimKind, ClaimQuote, ClaimTime, Quantity, Temporal } from './types.js';

/** Prior that a value of this kind is worth checking, combined with the sentence score (noisy-or). */
const KIND_PRIOR: Readonly<Record<ClaimKind, number>> = {
  count: 0.4,
  percent: 0.45,
  money: 0.45,
  quantity: 0.35,
  rank: 0.4,
  date: 0.15,
  duration: 0.15,
  statement: 0,
};
/** A sentence without values is a claim only at or above this score. */
export const STATEMENT_THRESHOLD = 0.8;
const REPORTING =
  /\b(?:said|says|told|announced|stated|added|declared|wrote|tweeted|posted|confirmed|published|made\s+public|remarks|statement|interview|briefing)\b/iu;
/** Future, modal and conditional markers: a statement about what may happen cannot be checked yet. */
const NOT_YET = /\b(?:will|would|could|might|may|should|must|shall|plans? to|going to|expected to|likely to)\b|'ll\b/iu;
const QUOTED_RUN = /[“"«][^”"»]{1,2000}[”"»]/gu;

interface SentenceView {
  readonly range: Range;
  readonly text: string;
  readonly score: number;
  readonly reasons: string[];
  /** The sentence's own source, computed once on first use. */
  source?: AssertedBy;
}

type Draft = Omit<Claim, 'start' | 'end' | 'text' | 'assertedBy' | 'checkWorthy' | 'reasons'>;

/** Claims of the given sentences of `text`, in text order. */
export function findClaims(text: string, sentences: readonly Range[], context: ClaimContext = {}): Claim[] {
  const out: Claim[] = [];
  const quotesAt = quoteWindow(context.quotes ?? []);
  for (const sentence of sentences) {
    const start = Math.max(0, Math.min(sentence.start, text.length));
    const end = Math.max(start, Math.min(sentence.end, text.length));
    if (end - start < 3) continue;
    const local: ClaimContext = { ...context, quotes: quotesAt({ start, end }) };
    const s = text.slice(start, end);
    const { score, reasons } = scoreCheckWorthiness(s);
    const view: SentenceView = { range: { start, end }, text: s, score, reasons };
    const drafts = [
      ...findQuantities(text, view.range).map((q) => fromQuantity(view, q)),
      ...findTemporals(text, view.range, context.articleDate).map((t) => fromTemporal(view, t)),
    ].sort((a, b) => a.valueSpan.start - b.valueSpan.start);
    if (!drafts.some((d) => d.kind !== 'date' && d.kind !== 'duration')) {
      const statement = statementOf(view, local);
      if (statement) drafts.push(statement);
    }
    for (const d of drafts) out.push(finish(view, d, local));
  }
  return out;
}

/**
 * The quotes whose content overlaps a sentence, in their original order. Sentences come in text order, so a
 * sweep keeps this linear in long texts; a sentence before the previous one starts the sweep again.
 */
function quoteWindow(quotes: readonly ClaimQuote[]): (range: Range) => ClaimQuote[] {
  const order = quotes.map((q, i) => ({ q, i })).sort((a, b) => a.q.content.start - b.q.content.start || a.i - b.i);
  let next = 0;
  let active: { readonly q: ClaimQuote; readonly i: number }[] = [];
  let last = -1;
  return (range) => {
    if (range.start < last) {
      next = 0;
      active = [];
    }
    last = range.start;
    while (next < order.length && order[next]!.q.content.start < range.end) active.push(order[next++]!);
    active = active.filter((a) => a.q.content.end > range.start);
    return active
      .filter((a) => a.q.content.start < range.end)
      .sort((a, b) => a.i - b.i)
      .map((a) => a.q);
  };
}

function fromQuantity(view: SentenceView, q: Quantity): Draft {
  const base = view.range.start;
  const subject = subjectOf(view.text, q, base);
  const property = propertyOf(view.text, q, base, subject);
  const common = {
    ...(subject ? { subject } : {}),
    property,
    ...(q.hedge ? { hedge: q.hedge } : q.approximate ? { hedge: 'approximately' } : {}),
    valueSpan: q.valueSpan,
  };
  if (q.kind === 'fraction') {
    // Normalised to a percentage so that "two-thirds" and "66%" align.
    return { kind: 'percent', value: Math.round(q.value * 1000) / 10, unit: '%', ...common };
  }
  return {
    kind: q.kind,
    value: q.value,
    ...(q.upper !== undefined ? { upper: q.upper } : {}),
    ...(q.unit ? { unit: q.unit } : {}),
    ...(q.currency ? { currency: q.currency, unit: q.currency } : {}),
    ...common,
  };
}

function fromTemporal(view: SentenceView, t: Temporal): Draft {
  const local = t.start - view.range.start;
  if (t.kind === 'duration') return fromDuration(view, t);
  const subject = eventAfter(view, t) ?? subjectBefore(view.text, local) ?? eventBefore(view.text, local);
  const statementDate = isStatementDate(view.text, local, local + t.text.length);
  return {
    kind: 'date',
    value: t.resolution?.value ?? t.value,
    ...(t.resolution ? { unit: t.resolution.granularity } : {}),
    ...(subject ? { subject } : {}),
    property: statementDate ? 'date.statement' : 'date',
    ...(t.hedge ? { hedge: t.hedge } : {}),
    valueSpan: t.valueSpan,
    time: timeOf(t),
  };
}

function timeOf(t: Temporal): ClaimTime {
  return { written: t.value, resolution: t.resolution, ...(t.reason ? { note: t.reason } : {}) };
}

/** "the nearly four-year-old war": value P4Y, subject "the war"; the start it implies goes into the reasons. */
function fromDuration(view: SentenceView, t: Temporal): Draft {
  const after = countedAfter(view.text, t.end - view.range.start);
  const subject = after ? `the ${after.phrase}` : subjectBefore(view.text, t.start - view.range.start);
  const r = t.resolution;
  return {
    kind: 'duration',
    value: t.value,
    ...(subject ? { subject } : {}),
    property: 'duration',
    ...(t.hedge ? { hedge: t.hedge } : {}),
    valueSpan: t.valueSpan,
    ...(r ? { startsAt: r.value } : {}),
    time: timeOf(t),
  };
}

/** "said on Sunday", "remarks published … on Sunday", "on Sunday, Peskov said": the date of a statement. */
function isStatementDate(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 45), start);
  const reporting = [...before.matchAll(new RegExp(REPORTING.source, 'giu'))].pop();
  if (reporting && !/\bthat\b/iu.test(before.slice(reporting.index))) return true;
  const after = s.slice(end, end + 25).split(/\bthat\b/iu)[0] ?? '';
  return REPORTING.test(after);
}

/** "Moscow's 2014 annexation of Crimea": a year used as a modifier dates the noun phrase after it. */
function eventAfter(view: SentenceView, t: Temporal): string | undefined {
  if (t.text !== t.value || !/^\d{4}$/u.test(t.value)) return undefined;
  const np = countedAfter(view.text, t.end - view.range.start);
  if (!np || !/^\p{Ll}/u.test(np.phrase)) return undefined;
  const of = /^\s+of\s+((?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(view.text.slice(np.span.end));
  return of ? `${np.phrase} of ${of[1]}` : np.phrase;
}

/** "annexed Crimea in 2014" / "its full-scale invasion of Ukraine in 2022": the phrase a date is attached to. */
const EVENT_BOUNDARY = new Set(['and', 'since', 'after', 'before', 'when', 'with', 'that', 'which', 'but', 'while']);

function eventBefore(s: string, at: number): string | undefined {
  const tokens = s.slice(Math.max(0, at - 80), at).match(/[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu) ?? [];
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 7; i--) {
    const w = tokens[i] ?? '';
    if (!/^\p{L}/u.test(w) || EVENT_BOUNDARY.has(w.toLowerCase())) break;
    words.unshift(w);
  }
  if (words[0]?.toLowerCase() === 'of') words.shift();
  const phrase = words.join(' ');
  if (words.length < 2 || REPORTING.test(phrase)) return undefined;
  return phrase;
}

function statementOf(view: SentenceView, context: ClaimContext): Draft | null {
  if (view.score < STATEMENT_THRESHOLD) return null;
  if (/[?:]\s*["'”’)]*\s*$/u.test(view.text) || NOT_YET.test(view.text)) return null;
  const words = view.text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 6) return null;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length === 0 || capitalised.length / words.length > 0.6) return null;
  if (quotedShare(view, context) > 0.35) return null;
  return { kind: 'statement', value: null, valueSpan: view.range };
}

/** The share of the sentence inside quotation marks or inside a known quote's content. */
function quotedShare(view: SentenceView, context: ClaimContext): number {
  let quoted = 0;
  for (const m of view.text.matchAll(QUOTED_RUN)) quoted += m[0].length;
  for (const q of context.quotes ?? []) {
    const overlap = Math.min(q.content.end, view.range.end) - Math.max(q.content.start, view.range.start);
    if (overlap > 0) quoted = Math.max(quoted, overlap);
  }
  return quoted / Math.max(1, view.text.length);
}

function finish(view: SentenceView, d: Draft, context: ClaimContext): Claim {
  const prior = KIND_PRIOR[d.kind] * (d.property === 'date.statement' ? 0.3 : 1);
  const checkWorthy = Math.round((1 - (1 - view.score) * (1 - prior)) * 1000) / 1000;
  view.source ??= sentenceSource(view.text);
  const assertedBy = quotedBy(d.valueSpan, context.quotes ?? [], view.text) ?? view.source;
  const reasons = [
    d.kind === 'statement' ? 'statement: check-worthy sentence naming an actor' : `value: ${d.kind}`,
    `sentence score ${view.score.toFixed(2)}`,
    ...view.reasons,
    ...(assertedBy.kind === 'study' && assertedBy.unnamed ? ['source: study without title, author or link'] : []),
  ];
  return { start: view.range.start, end: view.range.end, text: view.text, ...d, assertedBy, checkWorthy, reasons };
}
