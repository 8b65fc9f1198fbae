/**
 * @module analyze/coref/refs
 * Who a pronoun may refer back to, sentence by sentence: the people the article names (person mentions outside
 * quotation marks, role mentions included) and, as refs of unknown identity, the people it refers to without a
 * resolved mention — "the chairman", "an American witness", a name the tagger missed or mistyped ("Mr.
 * Leenders", "Representative Brooks", "Sanders said", "Sanders' record"), a surname of an article person left
 * untagged, a bare surname two people share. Unknown refs make a nearby pronoun ambiguous rather than let it
 * fall to the one person tagged.
 */

import { partitionPoint } from '../../core/span.js';
import type { ResolvedMention } from '../entities/resolve.js';
import { isReportingVerb } from '../text/abbreviations.js';
import { isSentenceStarter } from '../text/index.js';
import {
  type Gender,
  KIN_GENDER,
  NAME_TITLES,
  NOT_NAMES,
  PERSON_NOUNS,
  ROLE_NOUN_GENDER,
  SPEAKER_VERBS,
  TITLE_GENDER,
} from './coref.data.js';
import { firstWord, inQuote, isCapital, lowerAt, mentionOf, tokenCovering, type View } from './view.js';

/** A person named (or referred to) in a sentence; `entityId` null for someone of unknown identity. */
export interface Ref {
  readonly start: number;
  readonly entityId: string | null;
  readonly gender?: Gender;
}

const TITLES = new Map(Object.entries(TITLE_GENDER));
const SPEAKING = new Set(SPEAKER_VERBS);
const NOT_NAME = new Set(NOT_NAMES);
const PERSON_NOUN = new Set(PERSON_NOUNS);
const NAME_TITLE = new Set(NAME_TITLES);
const ROLE_NOUNS = new Map(Object.entries(ROLE_NOUN_GENDER));
const KIN = new Map(Object.entries(KIN_GENDER));
const INDEFINITE = new Set(['a', 'an']);
/** Words before a capitalised word that make it a modifier, not a name ("the March states"). */
const DETERMINED = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'your', "'s"]);

/** Index of the sentence holding offset `offset`, or -1. */
function sentenceOfOffset(view: View, offset: number): number {
  const tokens = view.doc.tokens;
  const lo = partitionPoint(tokens.length, (i) => tokens[i]!.end <= offset);
  return lo < tokens.length ? view.sentenceAt[lo]! : -1;
}

/** The mentions `keep` accepts, grouped by the sentence they start in. */
export function bySentence(view: View, mentions: readonly ResolvedMention[], keep: (m: ResolvedMention) => boolean) {
  const out: ResolvedMention[][] = view.doc.sentenceTokens.map(() => []);
  for (const m of mentions) {
    const i = keep(m) ? sentenceOfOffset(view, m.start) : -1;
    if (i >= 0) out[i]!.push(m);
  }
  return out;
}

/** "the chairman", "the former secretary", "an American witness": a person noun with its determiner. */
function described(view: View, k: number): boolean {
  const one = lowerAt(view, k - 1);
  const two = lowerAt(view, k - 2);
  const three = lowerAt(view, k - 3);
  if (one === 'the' || (two === 'the' && !isCapital(view, k - 1))) return true;
  return INDEFINITE.has(one) || INDEFINITE.has(two) || INDEFINITE.has(three);
}

/** The gender a person noun says ("chairwoman" → 'f'), as a Ref field. */
function genderOf(noun: string): { gender?: Gender } {
  const g = ROLE_NOUNS.get(noun) ?? KIN.get(noun) ?? (noun === 'man' || noun === 'boy' ? 'm' : undefined);
  return g ? { gender: g } : noun === 'woman' || noun === 'girl' ? { gender: 'f' } : {};
}

interface Scan {
  readonly surnames: ReadonlySet<string>;
  readonly covered: (k: number) => boolean;
}

/** A ref of unknown identity at token `k` of the sentence starting at token `from`, or undefined. */
function unknownAt(view: View, k: number, from: number, scan: Scan): Omit<Ref, 'start'> | undefined {
  const word = lowerAt(view, k);
  const tagged = mentionOf(view, k);
  const atStart = tagged?.start === view.doc.tokens[k]!.start;
  if (PERSON_NOUN.has(word) && described(view, k) && !scan.covered(k)) return { entityId: null, ...genderOf(word) };
  // "Representative Brooks" tagged as an organisation: a person all the same.
  const own = word.replace(/\.$/, '');
  if (tagged?.resolution === 'provisional' && atStart && (TITLES.has(own) || NAME_TITLE.has(own)))
    return { entityId: null, ...(TITLES.has(own) ? { gender: TITLES.get(own)! } : {}) };
  // "Clinton" the tagger missed or typed as a place, in an article about Hillary Clinton: someone, unsure who.
  if (scan.surnames.has(word) && isCapital(view, k) && tagged?.type !== 'person') return { entityId: null };
  if (!isCapital(view, k) || tagged?.type === 'person' || NOT_NAME.has(word) || TITLES.has(word)) return undefined;
  const before = lowerAt(view, k - 1).replace(/\.$/, '');
  const title = TITLES.get(before);
  const titled = title !== undefined || (NAME_TITLE.has(before) && isCapital(view, k - 1));
  // "Mr. Leenders" is a person even when the tagger made it a place or missed it.
  if (titled && k > from && (!tagged || atStart)) return { entityId: null, ...(title ? { gender: title } : {}) };
  const next = lowerAt(view, k + 1);
  const cue = isReportingVerb(next) || SPEAKING.has(next) || ((next === "'s" || next === "'") && !tagged);
  const first = k === firstWord(view, view.sentenceAt[k]!);
  const determined = k > from && DETERMINED.has(lowerAt(view, k - 1));
  // A name the tagger typed as an unknown place or organisation ("Sanders said") may be a person too.
  const unknown = !tagged || (tagged.resolution === 'provisional' && view.lastTok[view.mentionAt[k]!] === k);
  return cue && unknown && !determined && !(first && isSentenceStarter(word)) ? { entityId: null } : undefined;
}

/** Refs of unknown identity per sentence (see `unknownAt`). */
function missedNames(view: View, scan: Scan): Ref[][] {
  const out: Ref[][] = view.doc.sentenceTokens.map(() => []);
  view.doc.sentenceTokens.forEach((r, s) => {
    for (let k = r.from; k < r.to; k++) {
      const ref = unknownAt(view, k, r.from, scan);
      if (ref) out[s]!.push({ start: view.doc.tokens[k]!.start, ...ref });
    }
  });
  return out;
}

/** Bare surnames ("Trump") that end the names of two or more people of the article: whom they mean is open. */
function sharedSurnames(mentions: readonly ResolvedMention[]): Set<string> {
  const people = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'person' || m.resolution === 'role' || !/\s/.test(m.text.trim())) continue;
    const last = m.text.trim().split(/\s+/).at(-1)!.toLowerCase();
    const ids = people.get(last) ?? new Set<string>();
    ids.add(m.entityId);
    people.set(last, ids);
  }
  return new Set([...people].filter(([, ids]) => ids.size > 1).map(([last]) => last));
}

/** Who a pronoun may refer back to, per sentence: named people and unknown ones, outside quotation marks. */
export function buildRefs(view: View, mentions: readonly ResolvedMention[]): Ref[][] {
  // Not a person to refer back to: "But", "Yet" tagged as one (a namesake in the knowledge base), or someone
  // named only inside a quotation ("Jesus means what he says," he said).
  const quoted = (offset: number) => inQuote(view, tokenCovering(view.doc, offset));
  const persons = bySentence(
    view,
    mentions,
    (m) => m.type === 'person' && !isSentenceStarter(m.text) && !quoted(m.start),
  );
  const roles = mentions.filter((m) => m.resolution === 'role');
  const covered = (k: number) => {
    const t = view.doc.tokens[k]!;
    return roles.some((m) => m.start <= t.start && t.end <= m.end);
  };
  const surnames = new Set(
    mentions
      .filter((m) => m.type === 'person' && /\s/.test(m.text.trim()))
      .map((m) => m.text.trim().split(/\s+/).at(-1)!.toLowerCase()),
  );
  const missed = missedNames(view, { surnames, covered }).map((refs) => refs.filter((r) => !quoted(r.start)));
  const shared = sharedSurnames(mentions);
  return persons.map((list, s) => [
    ...list.map((m): Ref => ({ start: m.start, entityId: shared.has(m.text.toLowerCase()) ? null : m.entityId })),
    ...missed[s]!,
  ]);
}
