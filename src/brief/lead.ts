/**
 * @module brief/lead
 * The lead: source sentences of the story, verbatim, that state the news — ranked by support (independent
 * origins saying the same, at the top of their articles too; corroborated findings), the headline words the
 * origins share, named actors and coded events, attributed and relayed quotes, position in the article — minus
 * speculation, editorial framing, sentences that lean on the one before, quotations, list items and the weight
 * of the article's integrity flags; near-duplicates are folded into the chosen sentence as corroborating
 * citations. The lead opens with a reporting sentence; one template sentence (the most important
 * contradiction) closes it.
 */

import type { Span } from '../core/types.js';
import type { Finding, FindingStatus } from '../verify/types.js';
import type { Candidate } from './candidates.js';
import { type BriefContext, cite, originsOf, uniqueCitations } from './context.js';
import { LEAD } from './lead.data.js';
import { DEPENDENT_EARLY, DEPENDENT_START, EDITORIAL, SPECULATION } from './text.data.js';
import { contentWords, dice, OverlapIndex, shared } from './text.js';
import type { BriefSentence, Citation } from './types.js';

interface Ranked {
  readonly candidate: Candidate;
  readonly score: number;
  /** The part of `score` that comes from other origins and findings. */
  readonly support: number;
  readonly sentence: BriefSentence;
  /** Candidates of other origins that say the same. */
  readonly echoes: readonly Candidate[];
}

/**
 * The lead: ranked source sentences, then the template sentences given (at most LEAD.maxTemplates). Chosen
 * greedily: a sentence already cited by a chosen one, or saying the same, is skipped; one whose support is all
 * cited already loses its support bonus (so the lead covers several facts, not one fact several times).
 */
export function selectLead(ctx: BriefContext, candidates: readonly Candidate[], templates: readonly BriefSentence[]) {
  const chosenTemplates = templates.slice(0, LEAD.maxTemplates);
  const room = LEAD.maxSentences - chosenTemplates.length;
  let pool = rankCandidates(ctx, candidates);
  const chosen: Ranked[] = [];
  while (chosen.length < room && pool.length > 0) {
    const cited = chosen.flatMap((c) => c.sentence.citations);
    pool = pool.filter((r) => !isDuplicate(r, chosen, cited));
    let best: Ranked | undefined;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const r of pool) {
      const score = r.score - (supportCovered(r, cited) ? r.support : 0);
      if (score > bestScore) [best, bestScore] = [r, score];
    }
    if (!best || (bestScore <= 0 && chosen.length + chosenTemplates.length >= LEAD.minSentences)) break;
    chosen.push(best);
    pool = pool.filter((r) => r !== best);
  }
  return [...openWithReporting(chosen.map((c) => c.sentence)), ...chosenTemplates];
}

/** The lead opens with reporting: a sentence that opens with a quotation mark goes after the first that does not. */
function openWithReporting(sentences: readonly BriefSentence[]): BriefSentence[] {
  const quoteLed = (s: BriefSentence) => /^["'\u201C\u2018\u00AB]/u.test(s.text.trim());
  const first = sentences.findIndex((s) => !quoteLed(s));
  if (first <= 0) return [...sentences];
  return [sentences[first]!, ...sentences.filter((_, i) => i !== first)];
}

const overlapsCitation = (a: Citation, b: Citation) =>
  a.articleId === b.articleId && a.start < b.end && b.start < a.end;

function isDuplicate(r: Ranked, chosen: readonly Ranked[], cited: readonly Citation[]): boolean {
  const own = r.sentence.citations[0]!;
  return (
    cited.some((c) => overlapsCitation(c, own)) ||
    chosen.some((c) => dice(c.candidate.words, r.candidate.words) >= LEAD.duplicate)
  );
}

/** Whether every corroborating citation of `r` is already cited by the chosen sentences. */
function supportCovered(r: Ranked, cited: readonly Citation[]): boolean {
  const support = r.sentence.citations.slice(1);
  return support.length > 0 && support.every((s) => cited.some((c) => overlapsCitation(c, s)));
}

/** Every candidate with its score and sentence, best first (ties: story order, then position). */
export function rankCandidates(ctx: BriefContext, candidates: readonly Candidate[]): Ranked[] {
  const spread = entitySpread(candidates);
  const topic = topicWords(ctx);
  const order = new Map(ctx.articles.map((a, i) => [a.article.id, i]));
  const index = new OverlapIndex(candidates.map((c) => c.words));
  const ranked = candidates.map((c) => {
    const r = rankOne(ctx, c, candidates, spread, index);
    const share = topicShare(c, topic);
    if (share === 0) return r;
    const reasons = [...r.sentence.reasons, `has ${Math.round(share * 100)}% of the words the headlines share`];
    return { ...r, score: r.score + LEAD.weights.topic * share, sentence: { ...r.sentence, reasons } };
  });
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (order.get(a.candidate.articleId) ?? 0) - (order.get(b.candidate.articleId) ?? 0) ||
      a.candidate.index - b.candidate.index,
  );
}

function rankOne(
  ctx: BriefContext,
  c: Candidate,
  all: readonly Candidate[],
  spread: ReadonlyMap<string, number>,
  index: OverlapIndex,
): Ranked {
  const w = LEAD.weights;
  const reasons: string[] = [];
  const echoes = echoesOf(ctx, c, all, index);
  const findings = findingsIn(ctx, c);
  const corroborated = findings.filter((f) => f.status === 'corroborated');
  const fromFindings = corroborated.flatMap((f) =>
    f.evidence.filter((e) => ctx.originOf(e.span.articleId) !== ctx.originOf(c.articleId)).map((e) => e.span),
  );
  const against = contradicting(c, findings);
  const supporting = [...echoes.map((e) => cite(e.articleId, e)), ...fromFindings].filter(
    (x) => !against.some((y) => y.articleId === x.articleId && y.start < x.end && x.start < y.end),
  );
  const citations = outermost([cite(c.articleId, c), ...supporting]);
  const origins = originsOf(ctx, citations);
  const early = new Set(
    echoes
      .filter((e) => e.index <= LEAD.earlyIndex && dice(e.words, c.words) >= LEAD.corroborate)
      .filter((e) => supporting.some((x) => x.articleId === e.articleId))
      .map((e) => ctx.originOf(e.articleId)),
  ).size;
  const support =
    w.origin * Math.min(origins - 1, LEAD.maxOtherOrigins) +
    w.finding * Math.min(corroborated.length, LEAD.maxFindings) +
    w.earlyEcho * early;
  let score = support;
  if (origins > 1) reasons.push(`said by ${origins} independent origins`);
  if (early > 0) reasons.push(`${early} other origin(s) say it at the top of their article`);
  if (corroborated.length) reasons.push(`${corroborated.length} corroborated finding(s) in the sentence`);
  const named = c.quotes.filter((q) => q.speakerEntityId !== null || q.speaker?.kind === 'name');
  if (named.length) {
    score += w.attributed;
    reasons.push(`attributed to ${named[0]!.speaker?.text ?? 'a named speaker'}`);
  }
  if (c.quotes.some((q) => q.via.length > 0)) {
    score += w.relayed;
    reasons.push(`relayed via ${c.quotes.flatMap((q) => q.via.map((v) => v.text)).join(', ')}`);
  }
  const position = w.position / (1 + c.index / 3);
  score += position;
  reasons.push(`sentence ${c.index + 1} of its article`);
  const central = centrality(c, spread, ctx.articles.length);
  score += w.centrality * central;
  if (central > 0) reasons.push(`names entities ${Math.round(central * 100)}% shared with the other articles`);
  score += reporting(c, reasons) + penalties(ctx, c, reasons);
  const status: FindingStatus = findings.some((f) => f.status === 'contradicted')
    ? 'contradicted'
    : origins > 1
      ? 'corroborated'
      : 'single-source';
  if (status === 'contradicted') reasons.push('states a value other outlets contradict');
  const sentence: BriefSentence = { text: c.text, kind: 'source', citations, origins, status, reasons };
  return { candidate: c, score, support, sentence, echoes };
}

/** What makes a sentence state the news: a coded event, named actors; what makes it lean on others. */
function reporting(c: Candidate, reasons: string[]): number {
  const w = LEAD.weights;
  let score = 0;
  if (c.events > 0) {
    score += w.event;
    reasons.push('states an event (who did what)');
  }
  const names = Math.min(2, c.names);
  if (names > 0) {
    score += w.name * names;
    reasons.push(`names ${c.names} actor(s) or place(s)`);
  }
  if (c.names === 0) {
    score += w.noActor;
    reasons.push('names no actor');
  }
  if (DEPENDENT_START.test(c.text) || DEPENDENT_EARLY.test(c.text)) {
    score += w.dependent;
    reasons.push('leans on the sentence before it');
  }
  if (c.quoted >= LEAD.quoteHeavy || /^["\u201C\u2018']/u.test(c.text.trim())) {
    score += w.quoted;
    reasons.push('mostly a quotation');
  }
  if (c.block !== 'paragraph') {
    score += w.notParagraph;
    reasons.push(`a ${c.block}, not a paragraph`);
  }
  return score;
}

function penalties(ctx: BriefContext, c: Candidate, reasons: string[]): number {
  const w = LEAD.weights;
  let score = 0;
  const flags = Math.min(3, ctx.warnings(c.articleId));
  if (flags) {
    score += w.flag * flags;
    reasons.push(`its article has ${flags} integrity warning(s)`);
  }
  if (SPECULATION.test(c.text)) {
    score += w.speculation;
    reasons.push('speculative wording');
  }
  if (EDITORIAL.test(c.text)) {
    score += w.editorial;
    reasons.push('editorial framing');
  }
  return score;
}

/**
 * The best-matching sentence of each other origin that says the same as `c`. Only the candidates sharing a word
 * with `c` (from the index) are compared: the others have Dice 0, below both thresholds.
 */
function echoesOf(ctx: BriefContext, c: Candidate, all: readonly Candidate[], index: OverlapIndex): Candidate[] {
  const own = ctx.originOf(c.articleId);
  const best = new Map<string, { cand: Candidate; sim: number }>();
  for (const [i, n] of index.overlaps(c.words)) {
    const o = all[i]!;
    const origin = ctx.originOf(o.articleId);
    if (origin === own) continue;
    const sim = index.dice(c.words, i, n);
    const strong =
      sim >= LEAD.corroborate ||
      (sim >= LEAD.corroborateLoose && shared(c.entities, o.entities) >= LEAD.corroborateEntities);
    const prev = best.get(origin);
    if (strong && (!prev || sim > prev.sim)) best.set(origin, { cand: o, sim });
  }
  return [...best.values()].map((b) => b.cand);
}

/** Evidence spans stating another value of a contradicted finding the sentence is part of. */
function contradicting(c: Candidate, findings: readonly Finding[]): Span[] {
  const inside = (s: Span) => s.articleId === c.articleId && s.start < c.end && c.start < s.end;
  return findings
    .filter((f) => f.status === 'contradicted')
    .flatMap((f) =>
      f.values.filter((v) => !v.evidence.some((e) => inside(e.span))).flatMap((v) => v.evidence.map((e) => e.span)),
    );
}

/** Unique citations, without those inside another citation of the same article (the first stays first). */
function outermost(list: readonly Citation[]): Citation[] {
  const unique = uniqueCitations(list);
  return unique.filter(
    (x, i) =>
      i === 0 ||
      !unique.some(
        (y, j) =>
          j !== i &&
          y.articleId === x.articleId &&
          y.start <= x.start &&
          x.end <= y.end &&
          (j < i || y.end - y.start > x.end - x.start),
      ),
  );
}

/** Findings with evidence inside the sentence. */
function findingsIn(ctx: BriefContext, c: Candidate): Finding[] {
  return ctx.input.verification.findings.filter((f) =>
    f.evidence.some((e) => e.span.articleId === c.articleId && e.span.start < c.end && c.start < e.span.end),
  );
}

/**
 * The story's topic: the words the headlines of at least two origins share (with the story's title when they
 * share fewer than three), lightly stemmed ("signed" = "sign").
 */
function topicWords(ctx: BriefContext): Set<string> {
  const byOrigin = new Map<string, Set<string>>();
  for (const a of ctx.articles) {
    const title = ctx.input.story.articles.find((m) => m.id === a.article.id)?.title ?? a.article.meta.title?.value;
    const origin = ctx.originOf(a.article.id);
    const words = byOrigin.get(origin) ?? new Set<string>();
    for (const w of contentWords(title ?? '')) words.add(stem(w));
    byOrigin.set(origin, words);
  }
  const counts = new Map<string, number>();
  for (const words of byOrigin.values()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
  if (shared.size >= 3) return shared;
  for (const w of contentWords(ctx.input.story.title)) shared.add(stem(w));
  return shared;
}

const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/u, '') || w;

/** The share of the topic words the sentence has (0 when the story has none). */
function topicShare(c: Candidate, topic: ReadonlySet<string>): number {
  if (topic.size === 0) return 0;
  const own = new Set([...c.words].map(stem));
  let n = 0;
  for (const w of topic) if (own.has(w)) n++;
  return n / topic.size;
}

/** Entity id → how many articles of the story name it. */
function entitySpread(candidates: readonly Candidate[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const c of candidates) for (const e of c.entities) seen.set(e, (seen.get(e) ?? new Set()).add(c.articleId));
  return new Map([...seen].map(([e, s]) => [e, s.size]));
}

function centrality(c: Candidate, spread: ReadonlyMap<string, number>, articles: number): number {
  if (c.entities.size === 0 || articles < 2) return 0;
  let sum = 0;
  for (const e of c.entities) sum += ((spread.get(e) ?? 1) - 1) / (articles - 1);
  return Math.min(1, sum / Math.max(2, c.entities.size));
}
