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

const POSSESSORS = new Set(["'s", '’s', 'his', 'her', 'their', 'its', 'our']);

/** A blocker word (a verb or clause word) in [from, end). */
function blocked(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (BLOCKERS.has(doc.lower[k] as string) && doc.lower[k] !== 'to') return true;
  }
  return false;
}

/** Index after the last ", but" / ", and" / "," / ";" before `end` (not before `lo`), or -1. */
function afterLastComma(doc: Doc, lo: number, end: number): number {
  for (let k = end - 1; k >= lo && end - k <= MAX_LOOSE; k--) {
    if (!isPunct(doc, k, ',;')) continue;
    let f = k + 1;
    while (f < end && (COORDINATORS.has(doc.lower[f] as string) || INTRO_ADVERBS.has(doc.lower[f] as string))) f++;
    // A subject opens with a determiner, a name, a number or a plural noun — not "with its capital in …",
    // "obtained by AP" or "based on accounts".
    const w = doc.lower[f] as string;
    if (INTRO.has(w) || NOT_SUBJECT_STARTS.has(w) || /(ed|ing|ly)$/.test(w)) return -1;
    for (let m = f; m < end; m++) if (AUX_VERBS.has(doc.lower[m] as string)) return -1;
    return f;
  }
  return -1;
}

// biome-ignore format: a compact word list
const NOT_SUBJECT_STARTS = new Set([
  'of', 'about', 'against', 'without', 'under', 'over', 'into', 'through', 'via', 'like', 'including', 'among',
  'between', 'within', 'despite', 'per', 'than', 'toward', 'towards', 'upon',
]);
const AUX_VERBS = new Set(['had', 'has', 'have', 'did', 'does', 'do', 'got', 'made']);
const INTRO_ADVERBS = new Set(['indeed', 'still', 'now', 'instead', 'meanwhile', 'however', 'yet', 'so', 'rather']);

/** The loose subject of the cue at token `cue`, or null. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'nor']);

export function looseSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  let end = skipCuePrefixes(doc, cue, lo);
  // "… prioritizes interests and warns …": a coordinated predicate, whose subject this scan cannot find.
  if (COORDINATORS.has(doc.lower[end - 1] as string)) return null;
  let from = skipIntro(doc, Math.max(s.from, lo), end);
  if (isPunct(doc, end - 1, ',')) end--;
  // "It would be unusual, but security specialists say …": the clause after the last comma or semicolon.
  if (from < 0 || end - from > MAX_LOOSE || blocked(doc, from, end))
    from = afterLastComma(doc, Math.max(s.from, lo), end);
  // "Indeed, proponents of … say": an introductory adverb and its comma.
  if (
    from >= 0 &&
    isPunct(doc, from + 1, ',') &&
    (INTRO_ADVERBS.has(doc.lower[from] as string) || /ly$/.test(doc.lower[from] as string))
  )
    from += 2;
  if (from < 0 || end - from < 2 || end - from > MAX_LOOSE) return null;
  let anchor = false;
  for (let k = from; k < end; k++) {
    const w = doc.lower[k] as string;
    const e = cueOf(w);
    // "familiar with Cruz’s thinking", "their reporting": a cue form after a possessive or determiner is a noun.
    const nounLike =
      (!!e?.verb.noun && (e.form === 'base' || e.form === 's')) ||
      (!!e && k > from && (POSSESSORS.has(doc.lower[k - 1] as string) || determiners.has(doc.lower[k - 1] as string)));
    // "Aides to Clinton", "sources close to her campaign": "to" before a name or a possessive is no infinitive.
    const toName =
      w === 'to' &&
      k > from &&
      (isCap(doc, k + 1) || POSSESSORS.has(doc.lower[k + 1] as string) || doc.lower[k + 1] === 'the');
    if ((BLOCKERS.has(w) && !toName) || (e && !nounLike) || isQuoteMark(doc, k) || isPunct(doc, k, ';:!?—–'))
      return null;
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
    // "who lives outside the state capital", "to help brands find suppliers": a base form is no finite verb here.
    const nounLike = e?.form === 'base';
    if (isPunct(doc, m, ';:!?') || (e && e.cls !== 'belief' && e.form !== 'ing' && !nounLike)) return null;
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
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "one in four", "two out of three", "all but two": a share spelled in words. */
function shareShape(doc: Doc, from: number, end: number): boolean {
  const words = doc.lower.slice(from, end);
  return words.some((w, n) => (w === 'in' || w === 'of' || w === 'but') && n > 0 && n < words.length - 1);
}

const QUANTITY_HEADS = new Set(['some', 'many', 'most', 'few', 'several', 'all', 'both', 'others', 'each']);

/** "Six in 10 say", "About three in 10 said", "26% say", "Some say", "Most said": a share of people speaks. */
export function quantitySubject(doc: Doc, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  let from = end;
  let numeric = false;
  while (from - 1 >= lo && end - from < 8) {
    const w = doc.lower[from - 1] as string;
    const allBut = w === 'but' && doc.lower[from - 2] === 'all'; // "all but two said"
    if (doc.tokens[from - 1]?.kind === 'number' || /^\d+(\.\d+)?%?$/.test(w) || NUMBER_WORDS.has(w)) numeric = true;
    else if (!QUANTITY_WORDS.has(w) && !allBut) break;
    from--;
  }
  if (from === end) return null;
  // "one in four", "two of three": number words need a share word between them ("one said" is no share).
  if (numeric && !/\d/.test(doc.lower.slice(from, end).join(' ')) && !shareShape(doc, from, end)) numeric = false;
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

const MAX_RELATIVE = 18;

/**
 * "Hawkins and others who want to ban abortion said …": a restrictive relative clause (no commas) between the
 * clause's subject and the cue. The subject opens the clause (after an introductory phrase) and is a speaker
 * phrase or a loose subject; the relative clause holds no punctuation and no other finite reporting verb.
 */
export function relativeSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  if (!isWord(doc, end - 1) || COORDINATORS.has(doc.lower[end - 1] as string)) return null;
  let who = -1;
  for (let k = end - 2; k > lo && end - k <= MAX_RELATIVE; k--) {
    const w = doc.lower[k] as string;
    if (w === 'who') {
      who = k;
      break;
    }
    if (doc.tokens[k]?.kind === 'punct' && !isPunct(doc, k, '-') && !/^['’]s?$/.test(w)) return null;
    const e = cueOf(w);
    if (e && e.cls === 'speech' && (e.form === 'past' || e.form === 's') && !e.verb.noun) return null;
  }
  if (who < 0 || end - who < 3) return null;
  const from = skipIntro(doc, Math.max(s.from, lo), who);
  if (from < 0) return null;
  const near = speakerBefore(doc, who, from);
  if (near && near.kind !== 'pronoun' && near.from === from && near.to === who) {
    return { ...near, outerTo: end, relative: undefined };
  }
  const loose = looseSubject(doc, s, who, from);
  if (!loose || loose.from !== from || loose.to !== who) return null;
  return { ...loose, outerTo: end };
}

/**
 * "Three in five insiders — and two-thirds of Republicans — said …", "Cook (who runs the report) said …": a
 * parenthesis or a pair of dashes right before the cue; the subject is the phrase before it.
 */
export function interruptedSubject(doc: Doc, s: TokenRange, cue: number, lo: number): Phrase | null {
  const end = skipCuePrefixes(doc, cue, lo);
  const close = end - 1;
  if (close <= lo) return null;
  const dash = isPunct(doc, close, '—–') || doc.lower[close] === '--';
  if (!dash && !isPunct(doc, close, ')')) return null;
  let open = -1;
  for (let k = close - 1; k > lo && close - k <= MAX_APPOSITIVE; k--) {
    if (dash ? isPunct(doc, k, '—–') || doc.lower[k] === '--' : isPunct(doc, k, '(')) {
      open = k;
      break;
    }
    if (isPunct(doc, k, ';:!?') || isQuoteMark(doc, k)) return null;
  }
  if (open < 0 || close - open < 2) return null;
  const from = skipIntro(doc, Math.max(s.from, lo), open);
  if (from < 0) return null;
  const loose = looseSubject(doc, s, open, from);
  if (loose && loose.from === from && loose.to === open) return { ...loose, outerTo: end };
  const near = speakerBefore(doc, open, from);
  if (near && near.kind !== 'pronoun' && near.to === open) return { ...near, outerTo: end };
  return null;
}
