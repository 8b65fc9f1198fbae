/**
 * @module analyze/quotes/subject
 * The loose-subject fallback for "X said …" when the speaker phrase finder gives up on a long subject
 * ("Experts on North Korea and nuclear nonproliferation said …", "Those close to him say …"): the whole
 * stretch from the clause start (after an introductory phrase) to the cue, when it holds no verb or clause word.
 */
import { INTRO_WORDS, LOOSE_SUBJECT_BLOCKERS } from './cues.data.js';
import { type Doc, isCap, isPunct, isQuoteMark, isWord, type TokenRange } from './doc.js';
import { cueOf, roleNouns } from './lexicon.js';
import { classify, type Phrase, skipCuePrefixes } from './phrases.js';

const BLOCKERS: ReadonlySet<string> = new Set(LOOSE_SUBJECT_BLOCKERS);
const INTRO: ReadonlySet<string> = new Set(INTRO_WORDS);
const MAX_LOOSE = 14;

/** Index after an introductory phrase ("In a statement,") or leading conjunction at `from`, before `end`. */
function skipIntro(doc: Doc, from: number, end: number): number {
  let f = from;
  while (f < end && (doc.lower[f] === 'and' || doc.lower[f] === 'but')) f++;
  if (!INTRO.has(doc.lower[f] as string)) return f;
  for (let k = f + 1; k < end && k - f <= 8; k++) if (isPunct(doc, k, ',')) return k + 1;
  return -1;
}

/** The loose subject of the cue at token `cue`, or null. */
export function looseSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  let end = skipCuePrefixes(doc, cue, lo);
  const from = skipIntro(doc, Math.max(s.from, lo), end);
  if (isPunct(doc, end - 1, ',')) end--;
  if (from < 0 || end - from < 2 || end - from > MAX_LOOSE) return null;
  let anchor = false;
  for (let k = from; k < end; k++) {
    const w = doc.lower[k] as string;
    if (BLOCKERS.has(w) || cueOf(w) || isQuoteMark(doc, k) || isPunct(doc, k, ';:!?—–')) return null;
    if (isCap(doc, k) || roleNouns.has(w) || (w.length > 3 && w.endsWith('s'))) anchor = true;
  }
  if (!anchor || !(isWord(doc, end - 1) || isPunct(doc, end - 1, ')'))) return null;
  const kind = classify(doc, from, end) ?? 'group';
  return { from, to: end, kind, outerFrom: from, outerTo: end };
}
