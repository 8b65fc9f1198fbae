/**
 * @module analyze/events/actors
 * Resolved mentions → event actors: the CAMEO-style actor code each mention stands for ('RUS', 'RUSGOV',
 * 'IGOUNO'), with the token positions the clause analysis works on. A metonym takes its actor's code ("the
 * Kremlin" → RUSGOV); a person takes their country's code, plus GOV when they hold a government role, or the code
 * of an international post they hold on the date (IGOUNO); a country adjective counts only before an actor noun
 * ("Israeli troops", also "Turkish and Greek sides"), a plural demonym by itself ("168 Liberians"); a name the
 * knowledge base does not know takes the code of a modifier right before it ("Iraqi President Saddam Hussein") or
 * of its apposition ("John Hartley, the British ambassador,"). Places are never actors by themselves.
 */

import { partitionPoint } from '../../core/span.js';
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
/** Words of a title in an apposition after the actor that owns it ("'s foreign minister", "envoy to"). */
const APPOSITION_WORDS = new Set([...ACTOR_NOUNS, "'s", '’s', 'deputy', 'vice', 'chief', 'special', 'top', 'senior']);
const GOV_KINDS = new Set(GOVERNMENT_ORG_KINDS);

function countryCode(e: KbEntity): string | undefined {
  if (e.type === 'country') return e.cameo ?? e.id.replace(/^country:/, '');
  return e.country;
}

function isActive(role: KbEntity['roles'][number], date?: string): boolean {
  const day = date?.slice(0, 10);
  return !(day && ((role.start && role.start > day) || (role.end && role.end < day)));
}

function isGovernmentRole(role: KbEntity['roles'][number], date?: string): boolean {
  if (!isActive(role, date)) return false;
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
    const government = e.country !== undefined && e.roles.some((r) => isGovernmentRole(r, date));
    if (government) return `${e.country}GOV`;
    const international = e.roles.find((r) => r.code && /^(?:IGO|NGO)/.test(r.code) && isActive(r, date));
    return international?.code ?? e.country;
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

/** Index of the token that covers `offset`, else the first after it, or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = partitionPoint(tokens.length, (k) => tokens[k]!.end <= offset);
  return i < tokens.length ? i : -1;
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
  const unknown: { m: ResolvedMention; first: number; last: number }[] = [];
  let previous: { m: ResolvedMention; code?: { entityId: string; code: string }; last: number } | undefined;
  for (const m of mentions) {
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    if (first < 0 || last < first) continue;
    const demonym = pluralDemonym(m, kb, date);
    const own = demonym ?? ownCode(m, kb, date);
    const entity = kb.get(m.entityId);
    const adjective = !demonym && m.type === 'other' && entity?.type === 'country';
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
    else if (!own && (m.type === 'person' || m.type === 'organisation')) unknown.push({ m, first, last });
    previous = { m, last, ...(own ? { code: own } : {}) };
  }
  return coordinatedAdjectives(words, appositions(words, out, unknown));
}

/**
 * A name the knowledge base does not know, followed by an apposition that names its country or organisation and a
 * title ("John Hartley, the British ambassador,", "Maria Lopez, Spain's foreign minister,") takes that actor's code.
 */
function appositions(
  words: readonly string[],
  actors: ActorMention[],
  unknown: readonly { m: ResolvedMention; first: number; last: number }[],
): ActorMention[] {
  if (unknown.length === 0) return actors;
  const added: ActorMention[] = [];
  for (const u of unknown) {
    if (words[u.last + 1] !== ',') continue;
    let k = u.last + 2;
    if (words[k] === 'the' || words[k] === 'a' || words[k] === 'an') k++;
    const owner = actors.find((a) => a.first === k);
    if (!owner) continue;
    let end = owner.last + 1;
    let titled = false;
    while (end < words.length && end - owner.last <= 5 && APPOSITION_WORDS.has(words[end]!)) {
      if (ACTOR_NOUN_SET.has(words[end]!)) titled = true;
      end++;
    }
    const closed = end >= words.length || words[end] === ',' || words[end] === '.' || words[end] === ';';
    if (!titled || !closed) continue;
    added.push({
      mention: u.m,
      entityId: u.m.entityId,
      actorCode: owner.actorCode,
      first: u.first,
      last: u.last,
      how: `"${u.m.text}" takes ${owner.actorCode} from the apposition "${owner.mention.text} … ${words[end - 1]}"`,
    });
  }
  return added.length === 0 ? actors : [...actors, ...added].sort((a, b) => a.first - b.first);
}

/**
 * A plural demonym used as a noun ("deported 168 Liberians", "Israelis and Palestinians"): the people of that
 * country, an actor by itself. The knowledge base indexes the singular adjective; '-ss' words ("Swiss") are not plurals.
 */
function pluralDemonym(
  m: ResolvedMention,
  kb: KnowledgeBase,
  date?: string,
): { entityId: string; code: string; how: string } | undefined {
  if (m.type !== 'other' || !/^[A-Z][a-z]+[^s]s$/.test(m.text)) return undefined;
  const known = kb.get(m.entityId);
  if (known && known.type !== 'country') return undefined;
  if (known?.type === 'country' && known.name.toLowerCase() === m.text.toLowerCase()) return undefined;
  const iso = known?.type === 'country' ? known.id.replace(/^country:/, '') : kb.countryOf(m.text.slice(0, -1));
  const country = iso ? kb.get(`country:${iso}`) : undefined;
  const code = country && actorCodeOf(country, date);
  if (!country || !code) return undefined;
  const singular = kb.countryOf(m.text.slice(0, -1));
  if (singular !== iso) return undefined;
  return { entityId: country.id, code, how: `"${m.text}" are people of ${country.name} (${code})` };
}

/** "Turkish and Greek sides": a country adjective coordinated with one that modifies an actor noun is an actor too. */
function coordinatedAdjectives(words: readonly string[], actors: ActorMention[]): ActorMention[] {
  for (let i = actors.length - 2; i >= 0; i--) {
    const a = actors[i]!;
    const next = actors[i + 1]!;
    if (!a.modifierOnly || next.modifierOnly || a.mention.type !== 'other') continue;
    if (!next.entityId.startsWith('country:') || !ACTOR_NOUN_SET.has(words[next.last + 1] ?? '')) continue;
    const glue = words.slice(a.last + 1, next.first);
    if (glue.length === 0 || !glue.every((w) => w === 'and' || w === ',' || w === 'or')) continue;
    const { modifierOnly: _, ...actor } = a;
    actors[i] = { ...actor, how: `${a.how}, coordinated with "${next.mention.text}"` };
  }
  return actors;
}

export { tokenAt };
