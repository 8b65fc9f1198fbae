/**
 * @module analyze/events/roles
 * Cue + the sentence's actor mentions → source and target actors. The source is the nearest actor before the cue
 * in its clause (a prepositional object or a place after "in" is not a subject, nor "of X" after a noun that is no
 * actor while an actor stands before it; a ", which …," clause is skipped), extended over "X and Y"; the target is
 * the first actor after the cue in its clause, extended over lists ("Russia, China, Britain and France"). A place
 * phrase is the target only by the verb's frame: "from X" after a proposal noun or a verb of taking, "in/to X" after
 * a verb of deployment; a threat's target can be the subject of its "if" condition. A passive swaps them: the agent
 * after "by" is the source, the subject the target. Quoted and "according to" actors never take a role.
 */
import type { ActorMention } from './actors.js';
import { isBreak } from './clause.js';
import type { Cue } from './cues.js';
import { ACTOR_NOUNS, DEPLOY_VERBS, LOCATIVES, OF_SUBJECT_HEADS, PROPOSAL_NOUNS, TAKING_ROOTS } from './words.data.js';

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
const ACTOR_NOUN_SET = new Set(ACTOR_NOUNS);
const OF_HEADS = new Set(OF_SUBJECT_HEADS);
const SOURCE_NOUNS = new Set(PROPOSAL_NOUNS);
const TAKING = new Set(TAKING_ROOTS);
const DEPLOYING = new Set(DEPLOY_VERBS);
const MAX_DISTANCE = 20;
/** Words after a name that make it the subject of a new clause. */
const CLAUSE_VERBS = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'said',
  'says',
]);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while']);
/** How far after "that" the subject of the clause may start ("that the government of Iraq"). */
const THAT_SUBJECT_WINDOW = 6;

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

/**
 * The nearest actor before token `from` that can be a subject. "N of X" after a noun that is not an actor
 * ("the Turkish and Greek sides of the island of Cyprus") yields to an actor before it, and is taken only when
 * the clause has none.
 */
function subjectBefore(ctx: RoleContext, from: number): ActorMention | undefined {
  const { words } = ctx;
  let fallback: ActorMention | undefined;
  for (let j = from - 1; j >= 0 && from - j <= MAX_DISTANCE; j--) {
    const w = words[j]!;
    if (w === ',') {
      const resume = skipRelative(words, j);
      if (resume !== undefined) j = resume + 1;
      continue;
    }
    if (isBreak(w)) return fallback;
    const actor = endingAt(ctx.actors, j);
    if (!actor || ctx.reported[j] || actor.modifierOnly) continue;
    if (NOT_SUBJECT.has(words[actor.first - 1] ?? '')) {
      j = actor.first;
      continue;
    }
    if (modifiesNonActor(words, actor)) {
      fallback ??= actor;
      j = actor.first;
      continue;
    }
    return actor;
  }
  return fallback;
}

/**
 * True for "of X" after a noun that is not an actor or a group of people ("the island of Cyprus", "the future of
 * Syria"): X modifies that noun and is not the subject. "The government of Iraq", "thousands of Iraqis" keep X.
 */
function modifiesNonActor(words: readonly string[], actor: ActorMention): boolean {
  let j = actor.first - 1;
  while (j >= 0 && (words[j] === 'the' || words[j] === 'all')) j--;
  if (words[j] !== 'of') return false;
  const head = words[j - 1] ?? '';
  return !ACTOR_NOUN_SET.has(head) && !OF_HEADS.has(head);
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

/**
 * True when an actor is followed by an auxiliary, a modal or "said": the subject of a new clause ("…, and Xinhua
 * has blamed …", "with Kyrgyzstan, Dushanbe could …"), not a member of a list or an object.
 */
function opensClause(ctx: RoleContext, actor: ActorMention): boolean {
  return CLAUSE_VERBS.has(ctx.words[actor.last + 1] ?? '');
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
    if (!next || ctx.reported[k] || opensClause(ctx, next)) break;
    out.push(next);
    tail = next;
  }
  return out;
}

interface TargetSearch {
  readonly target?: ActorMention;
  readonly locative?: ActorMention;
  /** Why a locative phrase is the target after all (framedLocative). */
  readonly frame?: string;
}

/** The preposition before an actor, over "the" and modifiers ("from Palestinian armed groups" → 'from'). */
function prepositionBefore(ctx: RoleContext, actor: ActorMention, from: number): number {
  let j = actor.first - 1;
  while (j > from && (ctx.words[j] === 'the' || ctx.words[j] === 'a' || ctx.words[j] === 'an')) j--;
  return j;
}

/**
 * Whether a locative phrase is the target by the verb's frame: "from X" after the thing taken by a verb of taking
 * ("confiscated weapons from X") or after a proposal noun ("rejected an offer from X"); "in/to X" after a verb of
 * deployment in the clause ("refused to deploy peacekeepers in X").
 */
function framedLocative(ctx: RoleContext, cue: Cue | undefined, from: number, p: number): string | undefined {
  const { words } = ctx;
  const prep = words[p] ?? '';
  if (prep === 'from') {
    if (cue && TAKING.has(cue.code.slice(0, 3))) return 'the one taken from';
    for (let j = p - 1; j > from && p - j <= 3; j--)
      if (SOURCE_NOUNS.has(words[j]!)) return `the author of the ${words[j]}`;
    return undefined;
  }
  if (prep === 'in' || prep === 'to' || prep === 'into') {
    for (let j = p - 1; j >= (cue?.first ?? from); j--)
      if (DEPLOYING.has(words[j]!)) return 'where forces are deployed';
  }
  return undefined;
}

/** The first actor after token `from` in the clause; `agentOnly` looks for "by X" only. */
function actorAfter(ctx: RoleContext, from: number, agentOnly: boolean, cue?: Cue): TargetSearch {
  const { words } = ctx;
  let locative: ActorMention | undefined;
  let that = -1;
  let conjunction = false;
  for (let k = from + 1; k < words.length && k - from <= MAX_DISTANCE; k++) {
    const w = words[k]!;
    if ((isBreak(w) && w !== 'as' && !(w === 'that' && k - from <= 3)) || w === ',' || w === '.') break;
    if (w === 'that') that = k;
    if (CONJUNCTIONS.has(w)) conjunction = true;
    // In "demanded that X …" the target is the subject of the clause: an actor deeper in it is not.
    if (that >= 0 && k - that > THAT_SUBJECT_WINDOW) break;
    const actor = startingAt(ctx.actors, k);
    if (!actor || ctx.reported[k]) continue;
    const before = words[k - 1] ?? '';
    if (agentOnly && words[prepositionBefore(ctx, actor, from)] !== 'by') continue;
    if (!agentOnly && LOCATIVE.has(words[prepositionBefore(ctx, actor, from)] ?? before)) {
      const frame = framedLocative(ctx, cue, from, prepositionBefore(ctx, actor, from));
      if (frame) return { target: actor, frame, ...(locative ? { locative } : {}) };
      locative ??= actor;
      k = actor.last;
      continue;
    }
    if (conjunction && opensClause(ctx, actor)) break;
    return { target: actor, ...(locative ? { locative } : {}) };
  }
  return locative ? { locative } : {};
}

/** Words that introduce the other parties of a meeting or negotiation ("a framework that would involve X"). */
const PARTICIPANT_WORDS = new Set([
  'involve',
  'involves',
  'involving',
  'include',
  'includes',
  'including',
  'among',
  'between',
]);
const PARTICIPANT_GAP = 9;

/**
 * "signaled openness to … a framework that would involve the five declared nuclear powers: the United States,
 * Russia, China, Britain, and France": for a meeting or negotiation, the parties listed after "involve",
 * "including", "among" or "between" (over a short noun phrase and a colon), the source's own side left out.
 */
function participantsAfter(ctx: RoleContext, cue: Cue): ActorMention[] {
  const { words } = ctx;
  for (let k = cue.last + 1; k < words.length && k - cue.last <= MAX_DISTANCE; k++) {
    if (words[k] === ';' || words[k] === '.' || ctx.reported[k]) return [];
    if (!PARTICIPANT_WORDS.has(words[k]!)) continue;
    for (let j = k + 1; j < words.length && j - k <= PARTICIPANT_GAP; j++) {
      if (words[j] === ';' || words[j] === '.') return [];
      const first = startingAt(ctx.actors, j);
      if (first && !first.modifierOnly) return coordinatedAfter(ctx, first);
    }
    return [];
  }
  return [];
}

/** "threatened to … if X …": the subject of the condition is whom the threat is aimed at. */
function conditionSubject(ctx: RoleContext, cue: Cue): ActorMention | undefined {
  const { words } = ctx;
  for (let k = cue.last + 1; k < words.length && k - cue.last <= MAX_DISTANCE; k++) {
    const w = words[k]!;
    if (w === ';' || w === ':' || w === 'said' || ctx.reported[k]) return undefined;
    if (w !== 'if' && w !== 'unless') continue;
    const start = words[k + 1] === 'the' ? k + 2 : k + 1;
    const actor = startingAt(ctx.actors, start);
    return actor && !actor.modifierOnly ? actor : undefined;
  }
  return undefined;
}

function activeRoles(ctx: RoleContext, cue: Cue, allowLocative: boolean): Roles | undefined {
  const subject = subjectBefore(ctx, cue.first);
  if (!subject) return undefined;
  const sources = coordinatedBefore(ctx, subject);
  const found = actorAfter(ctx, cue.last, false, cue);
  const reasons = [`source: nearest actor before the verb: ${subject.how}`];
  const ownSide = (a: ActorMention): boolean =>
    sources.some((s) => s.actorCode.slice(0, 3) === a.actorCode.slice(0, 3));
  // A frame that finds the source's own side ("confiscated weapons from Palestinian groups" by Palestinian police,
  // "deployed troops in Moscow" by Russia) makes a domestic action: not coded, rather than coded without its target.
  if (found.target && found.frame && ownSide(found.target)) return undefined;
  if (found.target) {
    const targets = coordinatedAfter(ctx, found.target);
    reasons.push(
      found.frame
        ? `target: ${found.frame}: ${found.target.how}`
        : `target: first actor after the verb: ${found.target.how}`,
    );
    return { sources, targets, reasons, locativeTarget: false };
  }
  if (cue.code.startsWith('036') || cue.code.startsWith('04')) {
    const parties = participantsAfter(ctx, cue).filter((a) => !ownSide(a));
    if (parties.length > 0) {
      reasons.push(`target: the parties listed after the action: ${parties.map((a) => a.how).join('; ')}`);
      return { sources, targets: parties, reasons, locativeTarget: false };
    }
  }
  const condition = cue.code.startsWith('13') ? conditionSubject(ctx, cue) : undefined;
  if (condition && !ownSide(condition)) {
    reasons.push(`target: the subject of the threat's condition: ${condition.how}`);
    return { sources, targets: [condition], reasons, locativeTarget: false };
  }
  if (allowLocative && found.locative && !found.locative.modifierOnly) {
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
  return {
    sources: coordinatedAfter(ctx, agent),
    targets: subject ? coordinatedBefore(ctx, subject) : [],
    reasons,
    locativeTarget: false,
  };
}

/** Source and target actors of a cue, or undefined when the sentence names no source. */
/** A demand read from a condition: the speech verb's subject demands of the condition's subject. */
function conditionRoles(ctx: RoleContext, cue: Cue, speech: number): Roles | undefined {
  const source = subjectBefore(ctx, speech);
  const start = ctx.words[cue.last + 1] === 'the' ? cue.last + 2 : cue.last + 1;
  const target = startingAt(ctx.actors, start);
  if (!source || !target || target.modifierOnly || ctx.reported[start]) return undefined;
  if (source.actorCode.slice(0, 3) === target.actorCode.slice(0, 3)) return undefined;
  return {
    sources: [source],
    targets: [target],
    reasons: [`source: the speaker: ${source.how}`, `target: the subject of the condition: ${target.how}`],
    locativeTarget: false,
  };
}

export function assignRoles(ctx: RoleContext, cue: Cue): Roles | undefined {
  if (cue.condition) return conditionRoles(ctx, cue, cue.condition.speech);
  if (cue.passive) return passiveRoles(ctx, cue);
  const root = Number(cue.code.slice(0, 2));
  return activeRoles(ctx, cue, root >= 18);
}
