/**
 * @module analyze/coref
 * Resolved name mentions → the article's full mention list: role phrases ("the Kremlin spokesman", "Russia's
 * foreign ministry spokeswoman") as mentions of the office-holder on the article's date (roles.ts), and
 * pronouns outside quotes ("he", "she", "his", "her"; "they"/"their" for an organisation or country) as
 * mentions of the person they stand for (pronouns.ts, with gender cues from gender.ts). Roles apposed to a
 * name ("Kremlin spokesman Dmitry Peskov") become that name mention's `role`, not a second mention. Pronouns
 * never create entities; role phrases only add the knowledge-base person they name. Runs after the quote
 * step so that a quote's pronoun speaker keeps the quote step's reading. A role mention whose title gives the
 * other gender than the article's cues for its holder is dropped. Pure and deterministic.
 */

import { partitionPoint } from '../../core/span.js';
import type { Range } from '../../core/types.js';
import { type EntityRecord, kbRecord, type ResolvedMention, type ResolveResult } from '../entities/resolve.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { Quote } from '../quotes/index.js';
import type { Sentence } from '../text/index.js';
import { genderCues, phraseGender } from './gender.js';
import { resolvePronouns } from './pronouns.js';
import { type CorefNote, findRoleMentions, type RoleStep } from './roles.js';
import { buildView, type View } from './view.js';

export type { CorefNote } from './roles.js';

export interface CorefInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The name step's output (`resolveMentions`). */
  readonly resolved: ResolveResult;
  readonly kb: KnowledgeBase;
  /** The article's date (ISO); without it no dated office is resolved. */
  readonly date?: string;
  /** The quote step's quotes (their pronoun speakers keep its reading). */
  readonly quotes?: readonly Quote[];
}

export interface CorefResult {
  /** Names, role mentions and pronoun mentions, by start (an enclosing mention before the ones inside it). */
  readonly mentions: ResolvedMention[];
  readonly entities: EntityRecord[];
  /** Role phrases and pronouns left unresolved, and why. */
  readonly notes: CorefNote[];
  /** Pronoun quote speakers whose quote-step speaker has the other gender: better no speaker than that one. */
  readonly conflicts: Range[];
}

const byPosition = (a: ResolvedMention, b: ResolvedMention) => a.start - b.start || b.end - a.end;

/** The person mention overlapping `range` (mentions by start), or undefined. */
function personAt(mentions: readonly ResolvedMention[], range: Range): ResolvedMention | undefined {
  const lo = partitionPoint(mentions.length, (i) => mentions[i]!.start < range.start);
  for (let i = Math.max(0, lo - 1); i < mentions.length && mentions[i]!.start < range.end; i++) {
    const m = mentions[i]!;
    if (m.type === 'person' && m.start < range.end && range.start < m.end) return m;
  }
  return undefined;
}

/** Pronoun quote speakers → the entity of the name the quote step resolved them to. */
function quoteSpeakers(quotes: readonly Quote[], mentions: readonly ResolvedMention[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const q of quotes) {
    const s = q.speaker;
    if (s?.kind !== 'pronoun' || !s.range || !s.resolvedFrom) continue;
    const m = personAt(mentions, s.resolvedFrom);
    if (m) out.set(s.range.start, m.entityId);
  }
  return out;
}

/**
 * Role mentions whose own words give the other gender than the rest of the article does ("the spokesman" for a
 * person the article calls "she" or "Ms"): dropped, with a note. The evidence comes from a pronoun pass over the
 * names alone, so a role mention cannot vouch for itself.
 */
function genderClashes(view: View, roles: RoleStep, names: readonly ResolvedMention[], speakers: Map<number, string>) {
  if (!roles.mentions.some((m) => phraseGender(m) !== undefined)) return { clashes: new Set(), notes: [] };
  const genders = genderCues(view, roles.apposed, []);
  resolvePronouns({ view, mentions: names, genders, quoteSpeakers: speakers });
  const clashes = roles.mentions.filter((m) => {
    const own = phraseGender(m);
    const known = genders.of(m.entityId);
    return own !== undefined && known !== undefined && own !== known;
  });
  const notes = clashes.map(
    (m): CorefNote => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: 'role',
      reason: `"${m.text}" not resolved: its holder here would be someone the article gives the other gender`,
    }),
  );
  return { clashes: new Set(clashes), notes };
}

/** Adds role and pronoun mentions to the name step's mentions. */
export function resolveCoreference(input: CorefInput): CorefResult {
  const { text, sentences, resolved, kb, date } = input;
  const view = buildView(text, sentences, resolved.mentions);
  const roles = findRoleMentions(view, kb, date);
  const names = resolved.mentions.map((m, i) => {
    const role = roles.apposed.get(i);
    return role ? { ...m, role } : m;
  });
  const speakers = quoteSpeakers(input.quotes ?? [], resolved.mentions);
  const { clashes, notes } = genderClashes(view, roles, names, speakers);
  const kept = roles.mentions.filter((m) => !clashes.has(m));
  const withRoles = [...names, ...kept].sort(byPosition);
  const pronouns = resolvePronouns({
    view,
    mentions: withRoles,
    genders: genderCues(view, roles.apposed, kept),
    quoteSpeakers: speakers,
  });
  const records = new Map(resolved.entities.map((e) => [e.id, e]));
  for (const person of roles.people) {
    if (!records.has(person.id) && kept.some((m) => m.entityId === person.id)) records.set(person.id, kbRecord(person));
  }
  return {
    mentions: [...withRoles, ...pronouns.mentions].sort(byPosition),
    entities: [...records.values()].sort((a, b) => a.id.localeCompare(b.id)),
    notes: [...roles.notes, ...notes, ...pronouns.notes].sort((a, b) => a.start - b.start),
    conflicts: pronouns.conflicts,
  };
}
