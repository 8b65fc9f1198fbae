/**
 * @module analyze/speakers
 * Quotes → the entity each speaker is: the knowledge base's entity for a speaker named by its own words ("the
 * Kremlin" → Russia's government, "Russia says" → the same), the body a group of officials speaks for ("NATO
 * officials"), the person of a titled phrase ("Foreign Minister Tomas Ardeen"), the entity of a resolved pronoun,
 * the earlier full name a surname stands for, else the knowledge base by name or by role on the article's date.
 * Pure; reads the article's resolved mentions.
 */

import { partitionPoint } from '../core/span.js';
import type { Range } from '../core/types.js';
import type { ResolvedMention } from './entities/resolve.js';
import type { KnowledgeBase } from './kb/index.js';
import type { Quote } from './quotes/index.js';

/** A quote with its speaker resolved to an entity where the article or the knowledge base allows. */
export interface AttributedQuote extends Quote {
  readonly speakerEntityId: string | null;
}

export interface SpeakerInput {
  readonly text: string;
  readonly quotes: readonly Quote[];
  readonly mentions: readonly ResolvedMention[];
  readonly kb: KnowledgeBase;
  readonly date: string | undefined;
  /** Speaker phrases whose pronoun gender contradicts the quote step's name (from coreference). */
  readonly conflicts: readonly Range[];
}

/** Each quote with its speaker's entity (or null), in the given order. */
export function attributeQuotes(input: SpeakerInput): AttributedQuote[] {
  const byPlace = new MentionIndex(input.mentions);
  return input.quotes.map((q) => attribute(input.text, q, byPlace, input.kb, input.date, input.conflicts));
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** The mentions overlapping a range, in their original order, without scanning them all (long texts). */
class MentionIndex {
  private readonly sorted: { readonly m: ResolvedMention; readonly i: number }[];
  private readonly longest: number;

  constructor(mentions: readonly ResolvedMention[]) {
    this.sorted = mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.i - b.i);
    this.longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  overlapping(range: Range): ResolvedMention[] {
    const lo = partitionPoint(this.sorted.length, (i) => this.sorted[i]!.m.start < range.end);
    const hits: { readonly m: ResolvedMention; readonly i: number }[] = [];
    for (let k = lo - 1; k >= 0; k--) {
      const hit = this.sorted[k]!;
      if (hit.m.start < range.start - this.longest) break;
      if (overlaps(hit.m, range)) hits.push(hit);
    }
    return hits.sort((a, b) => a.i - b.i).map((h) => h.m);
  }
}

/**
 * The speaker's entity: the mention of the name the quote step resolved it to, else a mention at the speaker
 * (a role mention included), else the knowledge base by name, else by role on the article's date. A pronoun
 * speaker takes its pronoun mention's entity; when the quote step's name has the other gender (`conflicts`)
 * and the pronoun stayed unresolved, none.
 */
/**
 * The entity a mention in a speaker phrase can speak as: itself, or for a place or country the actor it stands
 * for ("the Kremlin" → Russia's government, "Russia says" → Russia's government too) — only when it is the
 * phrase's head ("the Kremlin spokesman" is not).
 */
function speakingEntity(mention: ResolvedMention, phrase: Range, kb: KnowledgeBase): string | null {
  if (mention.type !== 'place' && mention.type !== 'country') return mention.entityId;
  if (mention.end !== phrase.end) return null;
  if (mention.actorId) return mention.actorId;
  if (mention.type !== 'country') return null;
  const code = kb.get(mention.entityId)?.country;
  const government = code ? kb.get(`org:gov:${code}`) : undefined;
  return government?.id ?? mention.entityId;
}

/**
 * The mention a speaker phrase is about: its last person ("Meridian Foreign Minister Tomas Ardeen", "Kremlin
 * spokesman Dmitry Peskov"), else its last mention.
 */
function phraseHead(candidates: readonly ResolvedMention[]): ResolvedMention | undefined {
  const people = candidates.filter((m) => m.type === 'person');
  const pool = people.length > 0 ? people : candidates;
  return pool.reduce<ResolvedMention | undefined>((best, m) => (!best || m.end > best.end ? m : best), undefined);
}

/** Group nouns (and spokespeople) that, with a country, a seat of government or a body, speak for it. */
const GOVERNMENT_GROUP_HEADS = new Set([
  'officials',
  'diplomats',
  'authorities',
  'ministers',
  'negotiators',
  'spokespeople',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * "Kremlin officials", "US officials", "Chinese diplomats", "Hamas officials": a group phrase whose head is an
 * official group noun speaks for the one body its modifier names — a country's or a seat's government, or an
 * organisation; otherwise (no modifier, "Western officials") for no entity.
 */
const GROUP_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'to', 'for']);

/**
 * "Residents of Kyiv", "officials at the ministry": a phrase whose head is a common plural noun followed by a
 * prepositional phrase — the names in that phrase are not the speaker. "Bank of England" (a name) is not.
 */
function groupWithTail(text: string, phrase: Range): boolean {
  const words = text.slice(phrase.start, phrase.end).trim().split(/\s+/);
  const prep = words.findIndex((w, i) => i > 0 && GROUP_PREPOSITIONS.has(w.toLowerCase()));
  if (prep < 1) return false;
  const head = words[prep - 1] ?? '';
  const common = /^\p{Ll}/u.test(head) || (prep === 1 && GROUP_HEAD_SHAPE.test(head));
  return common && /[^s]s$/.test(head.toLowerCase()) && head.length >= 5;
}

/** A sentence-initial capitalised plural that is a common noun ("Residents", "Officials", "Volunteers"). */
const GROUP_HEAD_SHAPE = /^\p{Lu}\p{Ll}+s$/u;

function groupGovernment(
  text: string,
  phrase: Range,
  inside: readonly ResolvedMention[],
  kb: KnowledgeBase,
): string | null {
  // The head is the last word before a preposition: "Kremlin officials", "officials in Kyiv", "diplomats of the EU".
  const words = text.slice(phrase.start, phrase.end).trim().split(/\s+/);
  const prep = words.findIndex((w, i) => i > 0 && GROUP_PREPOSITIONS.has(w.toLowerCase()));
  const head = (prep > 0 ? words[prep - 1] : words.at(-1))?.toLowerCase() ?? '';
  if (!GOVERNMENT_GROUP_HEADS.has(head)) return null;
  const bodies = inside.flatMap((m) => {
    if (prep < 0 && m.end >= phrase.end) return [];
    if (m.actorId) return [m.actorId];
    const e = kb.get(m.entityId);
    if (e?.type === 'organisation') return [e.id];
    const government = e?.type === 'country' && e.country ? kb.get(`org:gov:${e.country}`) : undefined;
    return government ? [government.id] : [];
  });
  return bodies.length === 1 ? (bodies[0] ?? null) : null;
}

function attribute(
  text: string,
  quote: Quote,
  mentions: MentionIndex,
  kb: KnowledgeBase,
  date: string | undefined,
  conflicts: readonly Range[],
): AttributedQuote {
  const speaker = quote.speaker;
  if (!speaker) return { ...quote, speakerEntityId: null };
  const at = speaker.range;
  if (at && speaker.kind === 'pronoun') {
    // The pronoun's own mention (which agrees with the quote step unless the gender contradicts it) decides.
    const own = mentions.overlapping(at).find((m) => m.resolution === 'pronoun');
    if (own || conflicts.some((c) => overlaps(c, at))) return { ...quote, speakerEntityId: own?.entityId ?? null };
  }
  // A group speaks for the body its modifier names, or for no entity ("Western officials" is not "Western",
  // "Residents of Kyiv" are not Ukraine's government).
  if (at && (speaker.kind === 'group' || groupWithTail(text, at))) {
    return { ...quote, speakerEntityId: groupGovernment(text, at, mentions.overlapping(at), kb) };
  }
  // A speaker the knowledge base knows by its own words ("the Kremlin" → Russia's government) is taken as such,
  // before any earlier phrase the quote step linked it to (which may be a headline the tagger read as a name):
  // the speaker's text is then its own words too.
  const known = at && mentions.overlapping(at).find((m) => m.resolution === 'kb' && speakingEntity(m, at, kb));
  if (known && at) {
    const own = { text: text.slice(at.start, at.end), range: at, ...(speaker.kind ? { kind: speaker.kind } : {}) };
    return { ...quote, speaker: speaker.resolvedFrom ? own : speaker, speakerEntityId: speakingEntity(known, at, kb) };
  }
  const ranges = [speaker.resolvedFrom, speaker.range].filter((r): r is Range => r !== undefined);
  for (const range of ranges) {
    const mention = phraseHead(mentions.overlapping(range).filter((m) => speakingEntity(m, range, kb)));
    if (mention) return { ...quote, speakerEntityId: speakingEntity(mention, range, kb) };
  }
  const named = kb.lookup(speaker.text).filter((e) => e.type === 'person' || e.type === 'organisation');
  if (named.length === 1) return { ...quote, speakerEntityId: named[0]!.id };
  if (speaker.kind === 'role' && date) {
    const holders = kb.lookupRole(speaker.text, undefined, date);
    if (holders.length === 1) return { ...quote, speakerEntityId: holders[0]!.id };
  }
  return { ...quote, speakerEntityId: null };
}
