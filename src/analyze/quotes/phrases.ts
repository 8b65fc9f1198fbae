/**
 * @module analyze/quotes/phrases
 * Speaker noun phrases next to a cue verb, found from tokens alone: a pronoun, a run of capitalised words
 * ("Kremlin spokesman Dmitry Peskov", "Secretary of State John Kerry"), a role or document phrase opened by a
 * determiner ("the Vermont senator", "a senior official", "the strategy"), or a name before an apposition
 * ("Smith, a spokesman for the agency, said"). Bounded scans of at most `MAX_PHRASE` tokens.
 */
import { SPEAKER_PRONOUNS } from './cues.data.js';
import { type Doc, isCap, isPunct, isWord, quoteAt, type TokenRange, tokText } from './doc.js';
import { cueOf, cuePrefixes, determiners, documentNouns, phraseStops, roleNouns } from './lexicon.js';
import type { SpeakerKind } from './types.js';

/** A phrase as token indices [from, to), with the apposition (if any) that follows it before the cue. */
export interface Phrase {
  readonly from: number;
  readonly to: number;
  readonly kind: SpeakerKind;
  /** Token end of the whole speaker construction (apposition included), for the construction's range. */
  readonly outerFrom: number;
  readonly outerTo: number;
  /** Token index of a relative "who" that is the mention in the attribution; the phrase is its antecedent. */
  readonly relative?: number;
}

const MAX_PHRASE = 9;
/** Capitalised words that open sentences or name days, never a speaker on their own. */
// biome-ignore format: a compact word list
const NOT_NAMES = new Set([
  'earlier', 'later', 'meanwhile', 'today', 'yesterday', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'now', 'then', 'still', 'instead', 'indeed', 'separately', 'also', 'recently',
  'previously', 'afterward', 'afterwards', 'here', 'there', 'finally', 'first', 'second', 'again', 'yet',
]);
const MAX_APPOSITION = 16;
const CLITIC = new Set(["'s", '’s']);
const APPOSITION_ADJUNCTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'when',
  'while',
  'asked',
  'like',
  'through',
  'via',
  'for',
  'with',
]);
const AFFILIATIONS = new Set(['of', 'for', 'at', 'from']);
const JOINERS = new Set(['of', 'for', 'de', 'van', 'von', 'bin', 'al', 'da', 'del', 'and', '&', '-']);

function isPronoun(doc: Doc, i: number): boolean {
  return isWord(doc, i) && (doc.lower[i] as string) in SPEAKER_PRONOUNS;
}

/** Whether the token can sit inside a speaker phrase. */
function inPhrase(doc: Doc, i: number): boolean {
  const w = doc.lower[i] as string;
  if (CLITIC.has(w) || w === '-' || w === '&') return true;
  if (doc.tokens[i]?.kind === 'number') return true;
  if (!isWord(doc, i)) return false;
  // "US Senator Jeff Sessions": an all-capital "US" is a name word, not the pronoun "us".
  if (isCap(doc, i)) return !phraseStops.has(w) || w === 'i' || tokText(doc, i) === 'US';
  if (phraseStops.has(w) || (cueOf(w) && !documentNouns.has(w)) || (w.endsWith('ly') && w.length > 4)) return false;
  return true;
}

/** What the phrase [from, to) names, or null when it does not look like a speaker. */
export function classify(doc: Doc, from: number, to: number): SpeakerKind | null {
  if (to - from === 1 && isPronoun(doc, from)) return 'pronoun';
  if (to - from === 1 && NOT_NAMES.has(doc.lower[from] as string)) return null;
  // "Speaking said" is no speaker, but "Schilling told reporters …" is: a name in -ing right before a finite cue.
  if (to - from === 1 && /ing$/.test(doc.lower[from] as string) && isSentenceStart(doc, from) && !finiteCue(doc, to))
    return null;
  const head = doc.lower[to - 1] as string;
  if (documentNouns.has(head)) return 'document';
  let caps = 0;
  for (let i = from; i < to; i++) if (isCap(doc, i)) caps++;
  const hasDet = determiners.has(doc.lower[from] as string);
  if (hasDet && to - from === 1) return null;
  if (roleNouns.has(head)) {
    if (caps > 0 && !hasDet && isCap(doc, to - 1) && to - from > 1) return 'name';
    return head.endsWith('s') ? 'group' : 'role';
  }
  if (isCap(doc, to - 1) && caps > 0) return 'name';
  if (hasDet && isWord(doc, to - 1)) return head.endsWith('s') ? 'group' : 'role';
  return null;
}

function finiteCue(doc: Doc, k: number): boolean {
  const w = doc.lower[k - 1];
  if (w === 'having' || w === 'being' || w === 'according') return false;
  const e = cueOf(doc.lower[k] ?? '');
  return !!e && (e.form === 'past' || e.form === 's') && e.cls === 'speech';
}

function isSentenceStart(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return !prev || /[.!?\n]/.test(doc.text.slice(prev.end - 1, (doc.tokens[i] as { start: number }).start));
}

/** Skips adverbs and auxiliaries left of the cue ("has also repeatedly"); returns the index right after the phrase. */
export function skipCuePrefixes(doc: Doc, i: number, lo: number): number {
  let j = i;
  while (j - 1 >= lo) {
    const w = doc.lower[j - 1] as string;
    const adverb = w.endsWith('ly') && w.length > 4 && !isCap(doc, j - 1);
    // "Her campaign workers here said": a place adverb after a noun.
    const here = w === 'here' && j - 2 >= lo && isWord(doc, j - 2) && !cuePrefixes.has(doc.lower[j - 2] as string);
    if (cuePrefixes.has(w) || adverb || here || w === 'not' || w === "n't") {
      j--;
      continue;
    }
    // "Proponents of the bill, however, say": an adverb set off by commas.
    if (j - 3 >= lo && isPunct(doc, j - 1, ',') && ASIDES.has(doc.lower[j - 2] as string) && isPunct(doc, j - 3, ',')) {
      j -= 3;
      continue;
    }
    const v = doc.lower[j - 2];
    if (j - 2 >= lo && ((v === 'on' && DAYS.has(w)) || ((v === 'last' || v === 'this') && PERIODS.has(w)))) {
      j -= 2;
      continue;
    }
    break;
  }
  return j;
}

const ASIDES = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'instead', 'moreover', 'furthermore']);
// biome-ignore format: a compact word list
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/** The bare phrase ending right before token `end` (exclusive), scanning no further left than `lo`. */
function phraseEndingAt(doc: Doc, end: number, lo: number): { from: number; kind: SpeakerKind } | null {
  if (end - 1 < lo) return null;
  if (isPronoun(doc, end - 1)) return { from: end - 1, kind: 'pronoun' };
  let from = end;
  while (from - 1 >= lo && end - (from - 1) <= MAX_PHRASE) {
    const w = doc.lower[from - 1] as string;
    if (determiners.has(w) && from < end) {
      from--;
      break;
    }
    if (!inPhrase(doc, from - 1)) break;
    from--;
  }
  from = trimLeft(doc, from, end);
  if (from >= end || !isWord(doc, end - 1) || CLITIC.has(doc.lower[end - 1] as string)) return null;
  const kind = classify(doc, from, end);
  return kind ? { from, kind } : null;
}

/** Drops joiners at the left edge, and lower-case words before a name when no determiner opens the phrase. */
function trimLeft(doc: Doc, from: number, end: number): number {
  let f = from;
  while (f < end && (JOINERS.has(doc.lower[f] as string) || CLITIC.has(doc.lower[f] as string))) f++;
  if (f < end && !determiners.has(doc.lower[f] as string) && isCap(doc, end - 1)) {
    while (f < end - 1 && !isCap(doc, f) && !roleNouns.has(doc.lower[f] as string)) f++;
  }
  return f;
}

/** The speaker phrase left of the cue at token `cue`, allowing an apposition between commas. */
export function speakerBefore(doc: Doc, cue: number, lo: number): Phrase | null {
  let end = skipCuePrefixes(doc, cue, lo);
  if (end - 1 >= lo && isPunct(doc, end - 1, ',') && isPunct(doc, end - 2, ')')) end--;
  if (end - 1 >= lo && isPunct(doc, end - 1, ')')) {
    const open = parenthesisStart(doc, end - 1, lo);
    if (open < 0) return null;
    const p = phraseEndingAt(doc, open, lo);
    return p ? { from: p.from, to: open, kind: p.kind, outerFrom: p.from, outerTo: end } : null;
  }
  if (end - 2 >= lo && RELATIVES.has(doc.lower[end - 1] as string) && isPunct(doc, end - 2, ',')) {
    const p = phraseEndingAt(doc, end - 2, lo);
    return p && p.kind !== 'pronoun'
      ? { from: p.from, to: end - 2, kind: p.kind, outerFrom: p.from, outerTo: end, relative: end - 1 }
      : null;
  }
  if (end - 2 >= lo && RELATIVES.has(doc.lower[end - 1] as string) && isWord(doc, end - 2))
    return antecedent(doc, end - 1, lo);
  if (end - 1 >= lo && isPunct(doc, end - 1, ',')) return appositionBefore(doc, end - 1, lo);
  const p = phraseEndingAt(doc, end, lo);
  if (!p) return null;
  const group = groupBefore(doc, p.from, lo);
  if (group !== null) return { from: group, to: end, kind: 'group', outerFrom: group, outerTo: end };
  return { from: p.from, to: end, kind: p.kind, outerFrom: p.from, outerTo: end };
}

const PLACE_PREPOSITIONS = new Set([
  'of',
  'in',
  'at',
  'from',
  'to',
  'for',
  'near',
  'across',
  'around',
  'inside',
  'outside',
]);

/**
 * "Volunteers at the sports hall said", "Residents of the town said", "Officials in Kyiv said": the phrase found
 * before the cue is the object of a preposition after a plural group noun, which is the speaker's head. Returns
 * the group's first token (over determiners and adjectives), or null.
 */
function groupBefore(doc: Doc, from: number, lo: number): number | null {
  const prep = from - 1;
  if (prep - 1 < lo || !PLACE_PREPOSITIONS.has(doc.lower[prep] as string)) return null;
  const head = doc.lower[prep - 1] as string;
  const plural = head.length >= 5 && head.endsWith('s') && !head.endsWith('ss') && !cueOf(head);
  if (!roleNouns.has(head) && !(plural && (!isCap(doc, prep - 1) || prep - 1 === lo))) return null;
  if (phraseStops.has(head)) return null;
  let k = prep - 1;
  while (k - 1 >= lo && isWord(doc, k - 1) && !isCap(doc, k - 1) && !phraseStops.has(doc.lower[k - 1] as string)) {
    if (cueOf(doc.lower[k - 1] as string) || /(ed|ing|ly)$/.test(doc.lower[k - 1] as string)) break;
    k--;
  }
  if (k - 1 >= lo && determiners.has(doc.lower[k - 1] as string)) k--;
  return k;
}

const RELATIVES = new Set(['who', 'which', 'that']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'becomes', 'became', 'remains']);

/** "Republicans who say …", "commentators who have suggested …": the noun phrase before "who" (at `who`). */
function antecedent(doc: Doc, who: number, lo: number): Phrase | null {
  const p = phraseEndingAt(doc, who, lo);
  if (p && COPULAS.has(doc.lower[p.from - 1] as string)) {
    // "Trump is a serial liar who has pledged …": the subject, not the predicate noun.
    const subject = phraseEndingAt(doc, p.from - 1, lo);
    if (!subject || subject.kind === 'pronoun') return null;
    return {
      from: subject.from,
      to: p.from - 1,
      kind: subject.kind,
      outerFrom: subject.from,
      outerTo: who + 1,
      relative: who,
    };
  }
  if (p) {
    if (p.kind === 'pronoun') return null;
    let from = p.from;
    // "The party courted independent voters who …": a verb inside the phrase cuts it.
    for (let k = who - 2; k > p.from; k--) {
      if (!isCap(doc, k) && /ed$/.test(doc.lower[k] as string)) {
        from = k + 1;
        break;
      }
    }
    const head = doc.lower[who - 1] as string;
    const kind = from === p.from ? p.kind : (classify(doc, from, who) ?? (head.endsWith('s') ? 'group' : null));
    return kind ? { from, to: who, kind, outerFrom: from, outerTo: who + 1, relative: who } : null;
  }
  const w = doc.lower[who - 1] as string;
  if (w.length < 5 || !w.endsWith('s') || w.endsWith('ss') || phraseStops.has(w) || cueOf(w)) return null;
  return { from: who - 1, to: who, kind: 'group', outerFrom: who - 1, outerTo: who + 1, relative: who };
}

/** Index of the "(" that opens the parenthesis closed at `close`, or -1. */
function parenthesisStart(doc: Doc, close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k <= MAX_APPOSITION; k--) if (isPunct(doc, k, '(')) return k;
  return -1;
}

/** "NAME, a spokesman for X, said": `comma` is the comma right before the cue. */
function appositionBefore(doc: Doc, comma: number, lo: number): Phrase | null {
  for (let k = comma - 1; k >= lo && comma - k <= MAX_APPOSITION; k--) {
    if (doc.tokens[k]?.kind === 'punct' && !isPunct(doc, k, ',-') && !apostrophe(doc, k)) return null;
    if (!isPunct(doc, k, ',')) continue;
    const first = doc.lower[k + 1] as string;
    const adjunct = APPOSITION_ADJUNCTS.has(first) || /ing$/.test(first) || doc.tokens[k + 1]?.kind === 'number';
    if (!(determiners.has(first) || first === 'who' || isCap(doc, k + 1) || roleNouns.has(first) || adjunct))
      return null;
    // "…, the race will be tight, said X": a clause with a finite verb is no apposition.
    if (first !== 'who' && hasFinite(doc, k + 1, comma)) return null;
    const p = phraseEndingAt(doc, k, lo);
    if (!p || p.kind === 'pronoun') return null;
    return { from: p.from, to: k, kind: p.kind, outerFrom: p.from, outerTo: comma };
  }
  return null;
}

/** A "’" or "'" that is no quotation mark ("Sanders’ campaign manager"). */
function apostrophe(doc: Doc, k: number): boolean {
  return isPunct(doc, k, "'’") && !quoteAt(doc, (doc.tokens[k] as { start: number }).start);
}

/** The speaker phrase right after an inverted cue ("…," said Smith, a spokesman for X.). */
export function speakerAfter(doc: Doc, start: number, hi: number): Phrase | null {
  let to = start;
  if (to < hi && isPronoun(doc, to)) return { from: to, to: to + 1, kind: 'pronoun', outerFrom: to, outerTo: to + 1 };
  if (to < hi && determiners.has(doc.lower[to] as string)) to++;
  while (to < hi && to - start < MAX_PHRASE && inPhrase(doc, to) && !isPronoun(doc, to)) to++;
  while (to > start && JOINERS.has(doc.lower[to - 1] as string)) to--;
  if (to <= start) return null;
  let kind = classify(doc, start, to);
  const outerTo = appositionAfter(doc, to, hi);
  if (!kind) {
    // "said Robert Antonacci of the New York delegation": the name before "of" / "for" / "at".
    let k = start + 1;
    while (k < to && !AFFILIATIONS.has(doc.lower[k] as string)) k++;
    if (k >= to || !isCap(doc, k - 1)) return null;
    kind = classify(doc, start, k);
    if (!kind || kind === 'pronoun') return null;
    return { from: start, to: k, kind, outerFrom: start, outerTo };
  }
  if (kind === 'pronoun') return null;
  return { from: start, to, kind, outerFrom: start, outerTo };
}

/** End (token index) of ", a spokesman for X" after a name, or `to` when there is none. */
function appositionAfter(doc: Doc, to: number, hi: number): number {
  if (!(to < hi && isPunct(doc, to, ','))) return to;
  const first = doc.lower[to + 1] as string | undefined;
  if (!first || !(determiners.has(first) || roleNouns.has(first) || first === 'who')) return to;
  let k = to + 1;
  while (k < hi && k - to <= MAX_APPOSITION && !isPunct(doc, k, ',.;:!?"“”')) k++;
  return k;
}

/** The subject phrase opening the sentence, when a lower-case word (the verb) follows it. */
export function subjectOf(doc: Doc, s: TokenRange): Phrase | null {
  const w = doc.lower[s.from] as string;
  if (w === 'he' || w === 'she' || w === 'they' || w === 'we' || w === 'i') {
    return { from: s.from, to: s.from + 1, kind: 'pronoun', outerFrom: s.from, outerTo: s.from + 1 };
  }
  if (/(ing|ed)$/.test(w) || phraseStops.has(w)) return null;
  let to = s.from;
  if (w === 'the' || w === 'a' || w === 'an') to++;
  const head = to;
  while (
    to < s.to &&
    to - s.from < 8 &&
    (isCap(doc, to) || doc.lower[to] === '-' || roleNouns.has(doc.lower[to] as string))
  )
    to++;
  if (to === head || to >= s.to || !isCap(doc, to - 1)) return null;
  // "Trump's strategy …": the name is a possessor, not the subject.
  if (/^['’]s?$/.test(doc.lower[to] as string)) return null;
  const verbLike = doc.tokens[to]?.kind === 'word' && !isCap(doc, to) && !((doc.lower[to] as string) in PRONOUNS);
  return verbLike ? { from: s.from, to, kind: 'name', outerFrom: s.from, outerTo: to } : null;
}

const PRONOUNS: Record<string, true> = { he: true, she: true, they: true, we: true, i: true, it: true, you: true };

const WHO_GAP = 12;

/**
 * "Weaver, who came out and endorsed Clinton", "its leadership, who, on a press call Friday, criticized …": a
 * non-restrictive "who" further left of the cue, past an aside or a coordinated verb; the mention is "who",
 * the phrase before its comma the antecedent.
 */
export function distantWho(doc: Doc, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  for (let k = end - 1; k > lo + 1 && end - k <= WHO_GAP; k--) {
    const w = doc.lower[k] as string;
    if (w === 'who') {
      if (k === end - 1 || !isPunct(doc, k - 1, ',')) return null;
      // "Jones, who lives nearby, said": the apposition closes before the cue; Jones is the subject, not "who".
      if (isPunct(doc, end - 1, ',') && !isPunct(doc, k + 1, ',')) return null;
      const p = phraseEndingAt(doc, k - 1, lo);
      if (!p || p.kind === 'pronoun') return null;
      return { from: p.from, to: k - 1, kind: p.kind, outerFrom: p.from, outerTo: end, relative: k };
    }
    if (isPunct(doc, k, ';:!?"“”()') || (k < end - 1 && cueOf(w)?.form === 'past')) return null;
  }
  return null;
}

// biome-ignore format: a compact word list
const FINITE_VERBS = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'does', 'did',
]);

function hasFinite(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FINITE_VERBS.has(doc.lower[k] as string)) return true;
  return false;
}
