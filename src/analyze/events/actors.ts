/**
 * @module analyze/events/actors
 * Resolved mentions → event actors: the CAMEO-style actor code each mention stands for ('RUS', 'RUSGOV',
 * 'IGOUNO'), with the token positions the clause analysis works on. A metonym takes its actor's code ("the
 * Kremlin" → RUSGOV); a person takes their country's code, plus GOV when they hold a government role; a country
 * adjective counts only before an actor noun ("Israeli troops"); a name the knowledge base does not know takes the
 * code of a modifier right before it ("Iraqi President Saddam Hussein"). Places are never actors by themselves.
 */
import type { ResolvedMention } from '../entities/resolve.js';
import type { KbEntity, KnowledgeBase } from '../kb/index.js';
import type { Token } from '../text/index.js';
import { ACTOR_NOUNS, GOVERNMENT_ORG_KINDS } from './words.data.js';

/** A mention that can be an event actor. Token indices are into the sentence's tokens (inclusive). */
export interface ActorMention {
  readonly mention: ResolvedMention;
  readonly entityId: string;
  readonly actorCode: string;
  readonly first: number;
  readonly last: number;
  /** How the code was found (for the event's reasons). */
  readonly how: string;
  /** A country adjective that modifies a thing, not an actor ("an Indian proposal"): may only be a target. */
  readonly modifierOnly?: boolean;
}

const ACTOR_NOUN_SET = new Set(ACTOR_NOUNS);
const GOV_KINDS = new Set(GOVERNMENT_ORG_KINDS);

function countryCode(e: KbEntity): string | undefined {
  if (e.type === 'country') return e.cameo ?? e.id.replace(/^country:/, '');
  return e.country;
}

function isGovernmentRole(role: KbEntity['roles'][number], date?: string): boolean {
  const day = date?.slice(0, 10);
  if (day && ((role.start && role.start > day) || (role.end && role.end < day))) return false;
  if (role.code?.endsWith('GOV')) return true;
  const kind = role.org?.split(':')[1];
  return kind !== undefined && role.org?.startsWith('org:') === true && GOV_KINDS.has(kind);
}

/** The actor code of a knowledge-base entity, or undefined when it is not a political actor. */
export function actorCodeOf(e: KbEntity, date?: string): string | undefined {
  if (e.type === 'country') return countryCode(e);
  if (e.type === 'organisation')
    return e.cameo ?? (e.country && e.tags?.includes('national-body') ? e.country : undefined);
  if (e.type === 'person') {
    if (!e.country) return undefined;
    return e.roles.some((r) => isGovernmentRole(r, date)) ? `${e.country}GOV` : e.country;
  }
  return undefined;
}

function ownCode(
  m: ResolvedMention,
  kb: KnowledgeBase,
  date?: string,
): { entityId: string; code: string; how: string } | undefined {
  if (m.actorId) {
    const actor = kb.get(m.actorId);
    const code = actor && actorCodeOf(actor, date);
    if (code) return { entityId: m.actorId, code, how: `"${m.text}" stands for ${actor.name}` };
  }
  const e = kb.get(m.entityId);
  if (!e || e.type === 'place') return undefined;
  const code = actorCodeOf(e, date);
  return code ? { entityId: e.id, code, how: `"${m.text}" is ${e.name} (${code})` } : undefined;
}

/** Index of the token that starts at or covers `offset`, or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (t.end <= offset) lo = mid + 1;
    else if (t.start > offset) hi = mid - 1;
    else return mid;
  }
  return lo < tokens.length ? lo : -1;
}

function isTitleGap(
  words: readonly string[],
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const t = tokens[i]!;
    const capitalised = /^[A-Z]/.test(text.slice(t.start, t.end));
    if (!(capitalised || ACTOR_NOUN_SET.has(w) || w === "'s" || w === '’s' || w === 'of')) return false;
  }
  return to - from <= 5;
}

/**
 * The actor mentions of one sentence, in order. `words` are the sentence's tokens lower-cased.
 */
export function sentenceActors(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  mentions: readonly ResolvedMention[],
  kb: KnowledgeBase,
  date?: string,
): ActorMention[] {
  const out: ActorMention[] = [];
  let previous: { m: ResolvedMention; code?: { entityId: string; code: string }; last: number } | undefined;
  for (const m of mentions) {
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first < 0 || last < first) continue;
    const own = ownCode(m, kb, date);
    const entity = kb.get(m.entityId);
    const adjective = m.type === 'other' && entity?.type === 'country';
    let actor: ActorMention | undefined;
    if (own && adjective) {
      const next = words[last + 1] ?? '';
      const nextButOne = words[last + 2] ?? '';
      const actorNoun = ACTOR_NOUN_SET.has(next) || ACTOR_NOUN_SET.has(nextButOne);
      actor = {
        mention: m,
        entityId: own.entityId,
        actorCode: own.code,
        first,
        last,
        how: `${own.how}, before "${next}"`,
      };
      if (!actorNoun) actor = { ...actor, modifierOnly: true };
    } else if (own) {
      actor = { mention: m, entityId: own.entityId, actorCode: own.code, first, last, how: own.how };
    } else if (
      previous?.code &&
      (m.type === 'person' || m.type === 'organisation') &&
      isTitleGap(words, tokens, text, previous.last + 1, first)
    ) {
      actor = {
        mention: m,
        entityId: m.entityId,
        actorCode: previous.code.code,
        first,
        last,
        how: `"${m.text}" takes ${previous.code.code} from "${previous.m.text}"`,
      };
    }
    if (actor) out.push(actor);
    previous = { m, last, ...(own ? { code: own } : {}) };
  }
  return out;
}

export { tokenAt };
