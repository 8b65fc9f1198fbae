/**
 * @module analyze/coref/pronouns
 * Pronouns outside quotes → the person (or, for "they"/"their", the organisation or country) they stand for.
 * "he"/"she" anywhere, "his"/"her"/"their" only where a sentence or clause starts. A person pronoun takes the
 * one compatible person of the nearest sentence that names any outside quotation marks (this one before the
 * pronoun, else up to three back; refs.ts): compatible = the pronoun's gender (gender.ts) or unknown; an
 * unknown-gender person only from this or the previous sentence; two candidates, or one of unknown identity
 * (an unresolved pronoun, "the chairman", a name the tagger missed), leave it unresolved, as does a leading
 * "After he …" clause (it may point forward). A pronoun that speaks a quote is checked against the quote
 * step's speaker: kept when they agree, left unresolved when they do not (and a speaker of the other gender is
 * reported as a conflict). "they" is groups.ts. Never a new entity; prefer no link to a wrong one.
 */
import type { ResolvedMention } from '../entities/resolve.js';
import { CLAUSE_OPENERS, type Gender, PRONOUNS, SUBORDINATORS } from './coref.data.js';
import type { Genders } from './gender.js';
import { pickGroup } from './groups.js';
import { buildRefs, bySentence, type Ref } from './refs.js';
import type { CorefNote } from './roles.js';
import { firstWord, inQuote, lowerAt, mentionOf, type View } from './view.js';

export interface PronounStep {
  readonly mentions: ResolvedMention[];
  readonly notes: CorefNote[];
  /** Quote speakers ("…," she said) whose quote-step speaker contradicts the pronoun's gender. */
  readonly conflicts: { start: number; end: number }[];
}

export interface PronounInput {
  readonly view: View;
  /** Every entity mention (names and role mentions), in text order. */
  readonly mentions: readonly ResolvedMention[];
  readonly genders: Genders;
  /** Start offset of a pronoun that speaks a quote → the entity the quote step resolved it to. */
  readonly quoteSpeakers: ReadonlyMap<number, string>;
}

const OPENERS = new Set(CLAUSE_OPENERS);
const SUBORDINATE = new Set(SUBORDINATORS);
/** How many sentences back a person of known gender may be. */
const MAX_BACK = 3;

interface Ctx {
  readonly input: PronounInput;
  readonly refs: Ref[][];
  /** Per sentence: its organisation, country and person mentions (for "they", groups.ts). */
  readonly named: ResolvedMention[][];
  /** Entity id → the first name the article gives it (for reasons). */
  readonly names: Map<string, string>;
  readonly out: PronounStep;
}

function opensClause(view: View, k: number): boolean {
  return k === firstWord(view, view.sentenceAt[k]!) || OPENERS.has(lowerAt(view, k - 1));
}

/** "After he landed, Putin …": a pronoun in a leading subordinate clause may point forward. */
function mayPointForward(view: View, k: number): boolean {
  const s = view.sentenceAt[k]!;
  const first = firstWord(view, s);
  if (!SUBORDINATE.has(lowerAt(view, first))) return false;
  for (let j = first; j < k; j++) if (lowerAt(view, j) === ',') return false;
  return true;
}

type Pick = { entityId: string; why: string } | { entityId: null; why: string };

/** The person a "he"/"she" at token `k` of sentence `s` stands for, with the reason. */
function pickPerson(ctx: Ctx, s: number, start: number, gender: Gender): Pick {
  const { genders } = ctx.input;
  const word = gender === 'm' ? 'male' : 'female';
  for (let back = 0; back <= MAX_BACK && s - back >= 0; back++) {
    const refs = (ctx.refs[s - back] ?? []).filter((r) => back > 0 || r.start < start);
    const compatible = new Map<string, Ref>();
    for (const r of refs) {
      const g = r.entityId ? genders.of(r.entityId) : r.gender;
      if (g === undefined || g === gender) compatible.set(r.entityId ?? `?${r.start}`, r);
    }
    if (compatible.size === 0) continue;
    const where =
      back === 0 ? 'earlier in the sentence' : back === 1 ? 'in the previous sentence' : `${back} sentences back`;
    if (compatible.size > 1) return { entityId: null, why: `${compatible.size} people could be meant ${where}` };
    const only = [...compatible.values()][0]!;
    if (!only.entityId) return { entityId: null, why: `the person ${where} is an unresolved pronoun or unknown name` };
    const known = genders.of(only.entityId);
    if (known)
      return { entityId: only.entityId, why: `the only ${word} person ${where} ("${genders.cue(only.entityId)}")` };
    if (back <= 1)
      return { entityId: only.entityId, why: `the only person ${where} not known to be of the other gender` };
    return { entityId: null, why: `the nearest person, ${where}, is of unknown gender` };
  }
  return { entityId: null, why: 'no earlier person nearby' };
}

function push(
  ctx: Ctx,
  k: number,
  target: { entityId: string; type: ResolvedMention['type']; actorId?: string },
  why: string,
  confidence: number,
) {
  const t = ctx.input.view.doc.tokens[k]!;
  const text = ctx.input.view.doc.text.slice(t.start, t.end);
  ctx.out.mentions.push({
    start: t.start,
    end: t.end,
    text,
    type: target.type,
    confidence,
    source: 'model',
    entityId: target.entityId,
    resolution: 'pronoun',
    ...(target.actorId ? { actorId: target.actorId } : {}),
    reason: `"${text}" → ${why}`,
  });
}

function personPronoun(ctx: Ctx, k: number, gender: Gender): void {
  const { view, genders, quoteSpeakers } = ctx.input;
  const t = view.doc.tokens[k]!;
  const s = view.sentenceAt[k]!;
  const text = view.doc.text.slice(t.start, t.end);
  const fromQuote = quoteSpeakers.get(t.start);
  const conflict = fromQuote !== undefined && genders.of(fromQuote) !== undefined && genders.of(fromQuote) !== gender;
  if (conflict) ctx.out.conflicts.push({ start: t.start, end: t.end });
  let pick: Pick =
    mayPointForward(view, k) && !(ctx.refs[s] ?? []).some((r) => r.start < t.start)
      ? { entityId: null, why: 'in a leading subordinate clause, it may point forward' }
      : pickPerson(ctx, s, t.start, gender);
  // The quote step's pronoun speaker is a second opinion: agreement is kept, disagreement leaves it open.
  const agrees = fromQuote !== undefined && pick.entityId === fromQuote;
  if (fromQuote && !conflict && !agrees) {
    const nearest = pick.entityId ? (ctx.names.get(pick.entityId) ?? pick.entityId) : undefined;
    pick = {
      entityId: null,
      why: nearest ? `the quote step's speaker is not ${nearest}, the nearest person` : pick.why,
    };
  } else if (agrees) pick = { entityId: fromQuote, why: `${pick.why}, as the quote step also found` };
  ctx.refs[s]!.push({ start: t.start, entityId: pick.entityId, gender });
  if (!pick.entityId) {
    ctx.out.notes.push({
      start: t.start,
      end: t.end,
      text,
      kind: 'pronoun',
      reason: `"${text}" not resolved: ${pick.why}`,
    });
    return;
  }
  genders.add(pick.entityId, gender, text.toLowerCase());
  const name = ctx.names.get(pick.entityId) ?? pick.entityId;
  push(ctx, k, { entityId: pick.entityId, type: 'person' }, `${name}: ${pick.why}`, agrees ? 0.85 : 0.75);
}

/** Pronoun mentions of the article, in text order, with notes on those left unresolved. */
export function resolvePronouns(input: PronounInput): PronounStep {
  const { view } = input;
  const ctx: Ctx = {
    input,
    refs: buildRefs(view, input.mentions),
    named: bySentence(
      view,
      input.mentions,
      (m) => m.type === 'person' || m.type === 'organisation' || m.type === 'country',
    ),
    names: new Map(),
    out: { mentions: [], notes: [], conflicts: [] },
  };
  for (const m of input.mentions) if (!ctx.names.has(m.entityId)) ctx.names.set(m.entityId, m.text);
  for (let k = 0; k < view.doc.tokens.length; k++) {
    const word = lowerAt(view, k);
    const pronoun = Object.hasOwn(PRONOUNS, word) ? PRONOUNS[word] : undefined;
    if (!pronoun || view.doc.tokens[k]!.kind !== 'word' || mentionOf(view, k) || inQuote(view, k)) continue;
    if ((pronoun.possessive || !pronoun.gender) && !opensClause(view, k)) continue;
    if (pronoun.gender) {
      personPronoun(ctx, k, pronoun.gender);
      continue;
    }
    const group = pickGroup(view, ctx.named, view.sentenceAt[k]!, view.doc.tokens[k]!.start);
    if (group) push(ctx, k, group.mention, `${group.mention.text}: ${group.why}`, 0.7);
  }
  return ctx.out;
}
