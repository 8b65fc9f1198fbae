/**
 * @module analyze/events/roles
 * Cue + the sentence's actor mentions → source and target actors. The source is the nearest actor before the cue
 * in its clause (a prepositional object or a place after "in" is not a subject; a ", which …," clause is skipped),
 * extended over "X and Y"; the target is the first actor after the cue in its clause, extended over lists
 * ("Russia, China, Britain and France"). A passive swaps them: the agent after "by" is the source, the subject the
 * target. Quoted and "according to" actors never take a role.
 */
import type { ActorMention } from './actors.js';
import { isBreak } from './clause.js';
import type { Cue } from './cues.js';
import { ACTOR_NOUNS, LOCATIVES } from './words.data.js';

export interface Roles {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly reasons: readonly string[];
  /** The target stands in a locative phrase ("attacked positions in Lebanon"): weaker evidence. */
  readonly locativeTarget: boolean;
}

export interface RoleContext {
  readonly words: readonly string[];
  readonly reported: readonly boolean[];
  readonly actors: readonly ActorMention[];
}

const LOCATIVE = new Set(LOCATIVES);
/** Prepositions whose object is not the subject of the verb that follows. */
const NOT_SUBJECT = new Set([
  ...LOCATIVES,
  'to',
  'with',
  'against',
  'for',
  'on',
  'by',
  'toward',
  'towards',
  'than',
  'about',
]);
const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'as', 'well']);
/** Openers of a comma-enclosed relative clause or apposition before the verb (", which …," ", a close ally of X,"). */
const TITLE_WORDS = new Set([
  ...ACTOR_NOUNS,
  'vice',
  'deputy',
  'chief',
  'senior',
  'former',
  'acting',
  'new',
  'mr',
  'mrs',
  'ms',
  'dr',
]);
const RELATIVES = new Set(['which', 'who', 'whose', 'a', 'an', 'the']);
const MAX_DISTANCE = 20;

const byLast = new WeakMap<readonly ActorMention[], Map<number, ActorMention>>();
const byFirst = new WeakMap<readonly ActorMention[], Map<number, ActorMention>>();

function indexed(
  cache: typeof byLast,
  actors: readonly ActorMention[],
  key: (a: ActorMention) => number,
): Map<number, ActorMention> {
  let map = cache.get(actors);
  if (!map) {
    map = new Map();
    for (const a of actors) if (!map.has(key(a))) map.set(key(a), a);
    cache.set(actors, map);
  }
  return map;
}

function endingAt(actors: readonly ActorMention[], j: number): ActorMention | undefined {
  return indexed(byLast, actors, (a) => a.last).get(j);
}

function startingAt(actors: readonly ActorMention[], k: number): ActorMention | undefined {
  return indexed(byFirst, actors, (a) => a.first).get(k);
}

/** Before a ", which …," clause or an apposition that ends at `comma`, the index to continue from; else undefined. */
function skipRelative(words: readonly string[], comma: number): number | undefined {
  for (let k = comma - 1; k > 0 && comma - k < 15; k--) {
    if (words[k] === ',' && RELATIVES.has(words[k + 1] ?? '')) return k - 1;
    if (words[k] === ';' || words[k] === ':') return undefined;
  }
  return undefined;
}

/** The nearest actor before token `from` that can be a subject. */
function subjectBefore(ctx: RoleContext, from: number): ActorMention | undefined {
  const { words } = ctx;
  for (let j = from - 1; j >= 0 && from - j <= MAX_DISTANCE; j--) {
    const w = words[j]!;
    if (w === ',') {
      const resume = skipRelative(words, j);
      if (resume !== undefined) j = resume + 1;
      continue;
    }
    if (isBreak(w)) return undefined;
    const actor = endingAt(ctx.actors, j);
    if (!actor || ctx.reported[j] || actor.modifierOnly) continue;
    if (NOT_SUBJECT.has(words[actor.first - 1] ?? '')) {
      j = actor.first;
      continue;
    }
    return actor;
  }
  return undefined;
}

/** First token of the noun phrase an actor heads: over titles and modifiers ("Bulgarian President Todor Zhivkov"). */
function phraseStart(ctx: RoleContext, actor: ActorMention): number {
  let j = actor.first - 1;
  while (j >= 0) {
    const modifier = endingAt(ctx.actors, j);
    if (modifier) j = modifier.first - 1;
    else if (TITLE_WORDS.has(ctx.words[j]!)) j--;
    else break;
  }
  return j + 1;
}

/** "X and Y", "X, Y and Z" ending with `last`: every actor of the coordination, in order. */
function coordinatedBefore(ctx: RoleContext, last: ActorMention): ActorMention[] {
  const out = [last];
  let head = last;
  for (;;) {
    let j = phraseStart(ctx, head) - 1;
    while (j >= 0 && ctx.words[j] === 'the') j--;
    const glue = ctx.words[j];
    if (j < 0 || (glue !== 'and' && !(glue === ',' && out.length > 1))) break;
    let k = j - 1;
    while (k >= 0 && LIST_GLUE.has(ctx.words[k]!) && ctx.words[k] !== ',') k--;
    const previous = endingAt(ctx.actors, k);
    const adjectives = previous?.mention.type === 'other' && last.mention.type === 'other';
    if (!previous || ctx.reported[k] || (previous.modifierOnly && !adjectives)) break;
    if (NOT_SUBJECT.has(ctx.words[previous.first - 1] ?? '')) break;
    out.unshift(previous);
    head = previous;
  }
  return out;
}

/** The actors of a list starting with `first`: "Russia, China, Britain and France". */
function coordinatedAfter(ctx: RoleContext, first: ActorMention): ActorMention[] {
  const out = [first];
  let tail = first;
  for (;;) {
    let k = tail.last + 1;
    let glued = false;
    while (k < ctx.words.length && LIST_GLUE.has(ctx.words[k]!)) {
      glued = true;
      k++;
    }
    const next = glued ? startingAt(ctx.actors, k) : undefined;
    if (!next || ctx.reported[k]) break;
    out.push(next);
    tail = next;
  }
  return out;
}

interface TargetSearch {
  readonly target?: ActorMention;
  readonly locative?: ActorMention;
}

/** The first actor after token `from` in the clause; `agentOnly` looks for "by X" only. */
function actorAfter(ctx: RoleContext, from: number, agentOnly: boolean): TargetSearch {
  const { words } = ctx;
  let locative: ActorMention | undefined;
  for (let k = from + 1; k < words.length && k - from <= MAX_DISTANCE; k++) {
    const w = words[k]!;
    if ((isBreak(w) && w !== 'as' && !(w === 'that' && k - from <= 3)) || w === ',' || w === '.') break;
    const actor = startingAt(ctx.actors, k);
    if (!actor || ctx.reported[k]) continue;
    const before = words[k - 1] ?? '';
    if (agentOnly && before !== 'by') continue;
    if (!agentOnly && LOCATIVE.has(before)) {
      locative ??= actor;
      k = actor.last;
      continue;
    }
    return { target: actor, ...(locative ? { locative } : {}) };
  }
  return locative ? { locative } : {};
}

function activeRoles(ctx: RoleContext, cue: Cue, allowLocative: boolean): Roles | undefined {
  const subject = subjectBefore(ctx, cue.first);
  if (!subject) return undefined;
  const sources = coordinatedBefore(ctx, subject);
  const found = actorAfter(ctx, cue.last, false);
  const reasons = [`source: nearest actor before the verb: ${subject.how}`];
  if (found.target) {
    const targets = coordinatedAfter(ctx, found.target);
    reasons.push(`target: first actor after the verb: ${found.target.how}`);
    return { sources, targets, reasons, locativeTarget: false };
  }
  if (allowLocative && found.locative) {
    reasons.push(`target: place of the action: ${found.locative.how}`);
    return { sources, targets: [found.locative], reasons, locativeTarget: true };
  }
  return { sources, targets: [], reasons, locativeTarget: false };
}

function passiveRoles(ctx: RoleContext, cue: Cue): Roles | undefined {
  const agent = actorAfter(ctx, cue.last, true).target;
  if (!agent) return undefined;
  const subject = subjectBefore(ctx, cue.first);
  const reasons = [`passive: source is the agent after "by": ${agent.how}`];
  if (subject) reasons.push(`target: the passive subject: ${subject.how}`);
  return { sources: [agent], targets: subject ? coordinatedBefore(ctx, subject) : [], reasons, locativeTarget: false };
}

/** Source and target actors of a cue, or undefined when the sentence names no source. */
export function assignRoles(ctx: RoleContext, cue: Cue): Roles | undefined {
  if (cue.passive) return passiveRoles(ctx, cue);
  const root = Number(cue.code.slice(0, 2));
  return activeRoles(ctx, cue, root >= 18);
}
