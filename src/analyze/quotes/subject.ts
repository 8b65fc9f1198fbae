/**
 * @module analyze/quotes/subject
 * The loose-subject fallback for "X said …" when the speaker phrase finder gives up on a long subject
 * ("Experts on North Korea and nuclear nonproliferation said …", "Those close to him say …"): the whole
 * stretch from the clause start (after an introductory phrase) to the cue, when it holds no verb or clause word.
 */
import { INTRO_WORDS, LOOSE_SUBJECT_BLOCKERS } from './cues.data.js';
import { type Doc, isCap, isPunct, isQuoteMark, isWord, type TokenRange } from './doc.js';
import { cueOf, determiners, roleNouns } from './lexicon.js';
import { classify, type Phrase, skipCuePrefixes, speakerBefore } from './phrases.js';

const BLOCKERS: ReadonlySet<string> = new Set(LOOSE_SUBJECT_BLOCKERS);
const INTRO: ReadonlySet<string> = new Set(INTRO_WORDS);
const MAX_LOOSE = 14;

/** Index after an introductory phrase ("In a statement,") or leading conjunction at `from`, before `end`. */
function skipIntro(doc: Doc, from: number, end: number): number {
  let f = from;
  while (f < end && (doc.lower[f] === 'and' || doc.lower[f] === 'but')) f++;
  if (!INTRO.has(doc.lower[f] as string) || (doc.lower[f] === 'at' && doc.lower[f + 1] === 'least')) return f;
  for (let k = f + 1; k < end && k - f <= 8; k++) if (isPunct(doc, k, ',')) return k + 1;
  return -1;
}

/** The loose subject of the cue at token `cue`, or null. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'nor']);

export function looseSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  let end = skipCuePrefixes(doc, cue, lo);
  // "… prioritizes interests and warns …": a coordinated predicate, whose subject this scan cannot find.
  if (COORDINATORS.has(doc.lower[end - 1] as string)) return null;
  const from = skipIntro(doc, Math.max(s.from, lo), end);
  if (isPunct(doc, end - 1, ',')) end--;
  if (from < 0 || end - from < 2 || end - from > MAX_LOOSE) return null;
  let anchor = false;
  for (let k = from; k < end; k++) {
    const w = doc.lower[k] as string;
    const e = cueOf(w);
    const nounLike = !!e?.verb.noun && (e.form === 'base' || e.form === 's');
    if (BLOCKERS.has(w) || (e && !nounLike) || isQuoteMark(doc, k) || isPunct(doc, k, ';:!?—–')) return null;
    if (isCap(doc, k) || roleNouns.has(w) || (w.length > 3 && w.endsWith('s'))) anchor = true;
  }
  if (!anchor || !(isWord(doc, end - 1) || isPunct(doc, end - 1, ')'))) return null;
  if (doc.lower[end - 1] === "'s" || doc.lower[end - 1] === '’s') return null;
  const kind = classify(doc, from, end) ?? 'group';
  return { from, to: end, kind, outerFrom: from, outerTo: end };
}

const MAX_APPOSITIVE = 45;
const NAME_JOINERS = new Set(['of', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'del', 'da', '.', '-', "'s", '’s']);

/**
 * "Oliver Hedge, who appraises golf courses for a brokerage firm in New York, said …" / "Jason Sims — a teacher
 * from Mount Pleasant — says …": a name opening the clause, then an apposition too long or too punctuated for
 * the phrase finder, then a comma or dash right before the cue.
 */
export function appositiveSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  let m = end - 1;
  while (m > lo && isQuoteMark(doc, m) && end - m <= 2) m--;
  if (!isPunct(doc, m, ',—–)')) return null;
  const from = skipIntro(doc, Math.max(s.from, lo), end);
  if (from < 0 || end - from > MAX_APPOSITIVE) return null;
  let k = from;
  if (determiners.has(doc.lower[k] as string)) k++;
  while (
    k < end &&
    (isCap(doc, k) || roleNouns.has(doc.lower[k] as string) || NAME_JOINERS.has(doc.lower[k] as string))
  )
    k++;
  while (k > from && NAME_JOINERS.has(doc.lower[k - 1] as string) && doc.lower[k - 1] !== '.') k--;
  if (k === from || k >= end - 1 || !isPunct(doc, k, ',—–(')) return null;
  for (let m = k; m < end; m++) {
    const w = doc.lower[m] as string;
    const e = cueOf(w);
    if (isPunct(doc, m, ';:!?') || (e && e.cls !== 'belief' && e.form !== 'ing')) return null;
  }
  const kind = classify(doc, from, k);
  if (!kind || kind === 'pronoun' || kind === 'document') return null;
  return { from, to: k, kind, outerFrom: from, outerTo: end };
}

const QUANTITY_WORDS = new Set([
  'in',
  'of',
  'out',
  'about',
  'nearly',
  'almost',
  'roughly',
  'around',
  'over',
  'under',
  'more',
  'less',
  'than',
  'just',
  'only',
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'half',
  'fifth',
  'fifths',
  '%',
  'percent',
  'majority',
  'minority',
  'plurality',
  'some',
  'many',
  'most',
  'few',
  'several',
  'all',
  'both',
  'those',
  'others',
  'each',
  'either',
  'neither',
]);
const QUANTITY_HEADS = new Set(['some', 'many', 'most', 'few', 'several', 'all', 'both', 'others', 'each']);

/** "Six in 10 say", "About three in 10 said", "26% say", "Some say", "Most said": a share of people speaks. */
export function quantitySubject(doc: Doc, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  let from = end;
  let numeric = false;
  while (from - 1 >= lo && end - from < 8) {
    const w = doc.lower[from - 1] as string;
    if (doc.tokens[from - 1]?.kind === 'number' || /^\d+(\.\d+)?%?$/.test(w)) numeric = true;
    else if (!QUANTITY_WORDS.has(w)) break;
    from--;
  }
  if (from === end) return null;
  const single = end - from === 1 && QUANTITY_HEADS.has(doc.lower[from] as string);
  if (!numeric && !single) return null;
  if (from - 1 >= lo && isWord(doc, from - 1) && !isPunct(doc, from - 1, ',')) {
    const prev = doc.lower[from - 1] as string;
    if (!INTRO.has(prev) && !BLOCKERS.has(prev)) return null;
  }
  return { from, to: end, kind: 'group', outerFrom: from, outerTo: end };
}

/** "…, forecasters say …": one lower-case plural noun after a comma or at the clause start speaks for "say". */
export function bareGroupSubject(doc: Doc, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  const k = end - 1;
  const w = doc.lower[k] as string;
  if (k < lo || !isWord(doc, k) || w.length < 5 || !w.endsWith('s') || w.endsWith('ss')) return null;
  if (BLOCKERS.has(w) || cueOf(w) || (isCap(doc, k) && k !== lo)) return null;
  const prev = doc.lower[k - 1];
  if (k > lo && !isPunct(doc, k - 1, ',—–(') && prev !== 'and' && prev !== 'but') return null;
  return { from: k, to: end, kind: 'group', outerFrom: k, outerTo: end };
}

const SUBJECT_VERBS = new Set([
  'went',
  'made',
  'took',
  'gave',
  'held',
  'spoke',
  'wrote',
  'met',
  'ran',
  'sent',
  'told',
  'got',
  'came',
  'put',
  'left',
  'brought',
  'stood',
  'began',
  'kept',
  'led',
  'struck',
  'won',
  'lost',
  'broke',
  'drew',
  'hit',
  'set',
  'sought',
  'said',
  'has',
  'had',
  'is',
  'was',
  'were',
  'are',
  'did',
  'would',
  'will',
  'could',
]);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'by', 'from', 'with', 'for']);

/** The subject of the sentence's first finite verb before token `upTo` ("Mrs. Clinton tried …, saying"). */
export function mainSubject(doc: Doc, s: TokenRange, upTo: number): Phrase | null {
  for (let p = s.from + 1; p < upTo; p++) {
    const w = doc.lower[p] as string;
    if (!isWord(doc, p) || isCap(doc, p)) continue;
    if (!(SUBJECT_VERBS.has(w) || (w.endsWith('ed') && w.length > 4))) continue;
    let sp = speakerBefore(doc, p, s.from);
    if (sp && PREPOSITIONS.has(doc.lower[sp.from - 1] ?? '')) sp = speakerBefore(doc, sp.from - 1, s.from);
    if (sp && sp.kind !== 'document' && !isPunct(doc, sp.from - 1, '(')) return sp;
    return null;
  }
  return null;
}
