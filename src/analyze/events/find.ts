/**
 * @module analyze/events/find
 * Article text + sentences + resolved mentions → events (who did what to whom), sentence by sentence:
 * cues (cues.ts) → source and target actors (roles.ts) → one event per source × target, CAMEO label and Goldstein
 * score from the generated table. Questions, self-directed events and cues without a source are skipped; an event
 * is emitted only when every part is supported, with its reasons. Pure and deterministic.
 */

import { partitionPoint } from '../../core/span.js';
import type { ResolvedMention } from '../entities/resolve.js';
import type { KnowledgeBase } from '../kb/index.js';
import { type Sentence, tokenize } from '../text/index.js';
import { type ActorMention, sentenceActors } from './actors.js';
import { cameoCode, cameoRoot } from './cameo.js';
import { reportedMask } from './clause.js';
import { type Cue, findCues } from './cues.js';
import { headlineMentions, isHeadline } from './headline.js';
import { loadLexicon } from './lexicon.js';
import { assignRoles, type Roles } from './roles.js';
import type { Event, EventActor } from './types.js';

export interface FindEventsOptions {
  /** The article's date (ISO), for dated roles ("a government minister on that day"). */
  readonly date?: string;
}

/** Families where "X and Y agreed/met/signed" is an event of each with the other. */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06']);
const DETERMINERS = new Set(['a', 'an', 'this', 'its', 'their', 'his', 'her', "'s"]);

function toActor(a: ActorMention): EventActor {
  return {
    entityId: a.entityId,
    actorCode: a.actorCode,
    text: a.mention.text,
    start: a.mention.start,
    end: a.mention.end,
  };
}

function confidenceOf(cue: Cue, roles: Roles, hasTarget: boolean): number {
  let c = 0.85;
  if (!hasTarget) c -= 0.15;
  if (roles.locativeTarget) c -= 0.1;
  if (roles.targets.some((t) => t.modifierOnly)) c -= 0.1;
  if (roles.sources.length > 1) c -= 0.05;
  if (cue.passive) c -= 0.05;
  return Math.round(c * 100) / 100;
}

function pairs(cue: Cue, roles: Roles): [ActorMention, ActorMention | null][] {
  const out: [ActorMention, ActorMention | null][] = [];
  if (roles.targets.length === 0 && roles.sources.length > 1 && RECIPROCAL_ROOTS.has(cameoRoot(cue.code))) {
    for (const s of roles.sources) for (const t of roles.sources) if (s !== t) out.push([s, t]);
    return out;
  }
  for (const s of roles.sources) {
    if (roles.targets.length === 0) out.push([s, null]);
    for (const t of roles.targets) out.push([s, t]);
  }
  return out;
}

function eventsOfCue(
  sentence: Sentence,
  text: string,
  cue: Cue,
  roles: Roles,
  cueRange: { start: number; end: number },
): Event[] {
  const entry = cameoCode(cue.code);
  if (!entry) return [];
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const [s, t] of pairs(cue, roles)) {
    if (t && t.actorCode === s.actorCode) continue;
    if (!t && cue.needsTarget) continue;
    const key = `${s.actorCode}>${t?.actorCode ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      start: sentence.start,
      end: sentence.end,
      source: toActor(s),
      target: t ? toActor(t) : null,
      code: entry.code,
      label: entry.label,
      goldstein: entry.goldstein,
      cue: { text: text.slice(cueRange.start, cueRange.end), start: cueRange.start, end: cueRange.end },
      confidence: confidenceOf(cue, roles, t !== null),
      reasons: [...cue.reasons, ...roles.reasons, ...(t ? [] : ['no target named in the clause'])],
    });
  }
  return out;
}

/** The mentions inside a sentence (mentions are in text order: binary search for the first). */
function mentionsWithin(mentions: readonly ResolvedMention[], sentence: Sentence): ResolvedMention[] {
  const lo = partitionPoint(mentions.length, (i) => mentions[i]!.start < sentence.start);
  const out: ResolvedMention[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < sentence.end; i++) {
    if (mentions[i]!.end <= sentence.end) out.push(mentions[i]!);
  }
  return out;
}

function sentenceEvents(
  text: string,
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  kb: KnowledgeBase,
  date?: string,
): Event[] {
  const body = text.slice(sentence.start, sentence.end).trimEnd();
  if (body.endsWith('?') || /\?["”’']?$/.test(body)) return [];
  const tokens = tokenize(text, sentence.start, sentence.end);
  const words = tokens.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/’/g, "'"));
  const inside = mentionsWithin(mentions, sentence);
  const actors = sentenceActors(text, tokens, words, inside, kb, date);
  if (actors.length === 0) return [];
  const reported = reportedMask(words);
  const subjectEnds = new Set(
    actors
      .filter((a) => a.mention.type !== 'other' && !a.modifierOnly && !DETERMINERS.has(words[a.first - 1] ?? ''))
      .map((a) => a.last),
  );
  const actorStarts = new Set(actors.map((a) => a.first));
  const cues = findCues({ words, reported, subjectEnds, actorStarts, lexicon: loadLexicon() });
  const out: Event[] = [];
  for (const cue of cues) {
    const roles = assignRoles({ words, reported, actors }, cue);
    if (!roles) continue;
    const range = { start: tokens[cue.first]!.start, end: tokens[cue.last]!.end };
    out.push(...eventsOfCue(sentence, text, cue, roles, range));
  }
  return out;
}

/** Events of an article, in text order: CAMEO-coded who-did-what-to-whom, each with its sentence, cue and reasons. */
export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ResolvedMention[],
  kb: KnowledgeBase,
  options: FindEventsOptions = {},
): Event[] {
  const out: Event[] = [];
  const ordered = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);
  let known: Set<string> | undefined;
  for (const sentence of sentences) {
    if (isHeadline(text, sentence)) {
      known ??= knownIds(mentions);
      const inside = headlineMentions(text, sentence, kb, known);
      out.push(...sentenceEvents(text, sentence, inside, kb, options.date));
    } else out.push(...sentenceEvents(text, sentence, ordered, kb, options.date));
  }
  return out;
}

/** The entities (and the actors metonyms stand for) the article's mentions name. */
function knownIds(mentions: readonly ResolvedMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    out.add(m.entityId);
    if (m.actorId) out.add(m.actorId);
  }
  return out;
}

/**
 * Events of a title that is not part of the text, when it is a title-case headline: its actors are the
 * countries, government metonyms and the people and organisations `mentions` (the article's) name.
 */
export function findHeadlineEvents(
  title: string,
  mentions: readonly ResolvedMention[],
  kb: KnowledgeBase,
  options: FindEventsOptions = {},
): Event[] {
  const sentence: Sentence = { start: 0, end: title.length, blockIndex: 0 };
  if (!isHeadline(title, sentence)) return [];
  const inside = headlineMentions(title, sentence, kb, knownIds(mentions));
  return sentenceEvents(title, sentence, inside, kb, options.date);
}
