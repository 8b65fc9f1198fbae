/**
 * @module analyze/quotes/other-rules
 * Attributions without a reporting verb:
 * - indirect:according-to   According to X, … / …, according to X.
 * - direct:headline-colon   Sanders: Clinton needs to 'get away from …' (a short name, a colon, a clause)
 * - direct:continuation     a sentence that is one quotation right after a quoted speaker's quote
 */
import type { Range } from '../../core/types.js';
import { type Candidate, hull } from './candidate.js';
import { clauseEnd, startsAttribution } from './clause.js';
import { COLON_NON_SPEAKERS } from './cues.data.js';
import { type Doc, isCap, isPunct, isWord, quoteAt, quoteOpeningAt, rangeOf, type TokenRange } from './doc.js';
import { cueOf, phraseStops, roleNouns } from './lexicon.js';
import type { QuoteSpan } from './marks.js';
import { classify, type Phrase, speakerBefore, subjectOf } from './phrases.js';

const NON_SPEAKERS = new Set(COLON_NON_SPEAKERS);
const MAX_SOURCE = 24;

/** "according to X" at `i` ("according") inside sentence `s`. */
export function accordingTo(doc: Doc, s: TokenRange, i: number): Candidate | null {
  if (doc.lower[i] !== 'according' || doc.lower[i + 1] !== 'to') return null;
  let to = i + 2;
  while (to < s.to && to - i < MAX_SOURCE && !isPunct(doc, to, ',;.!?:"“”')) to++;
  if (to <= i + 2) return null;
  const kind = classify(doc, i + 2, to) ?? 'role';
  const sp: Phrase = { from: i + 2, to, kind, outerFrom: i + 2, outerTo: to };
  const cue = {
    text: doc.text.slice((doc.tokens[i] as Range).start, (doc.tokens[i + 1] as Range).end),
    range: rangeOf(doc, i, i + 2),
  };
  let content: Range | null = null;
  const opener =
    i === s.from + 1 && (isPunct(doc, s.from, '(—') || LEADING_CONJUNCTIONS.has(doc.lower[s.from] as string));
  if (i === s.from || opener || (i > s.from && isPunct(doc, i - 1, ':'))) {
    if (!isPunct(doc, to, ',')) return null;
    const end = clauseEnd(doc, to + 1, s);
    if (end - (to + 1) >= 3) content = rangeOf(doc, to + 1, end);
  } else if (isPunct(doc, i - 1, ',(—–')) {
    const end = clauseEnd(doc, s.from, { from: s.from, to: i });
    const resumes =
      isPunct(doc, to, ',') && !startsAttribution(doc, to + 1, s) && !RELATIVE_OPENERS.has(doc.lower[to + 1] as string);
    const after = resumes ? clauseEnd(doc, to + 1, s) : 0;
    if (after - (to + 1) >= 3 && end - s.from >= 3) {
      // "He crossed the border after, according to him, the network censured him": the sentence around it.
      content = rangeOf(doc, s.from, after);
    } else if (end - s.from >= 3 && !shortIntro(doc, s.from, i - 1)) content = rangeOf(doc, s.from, end);
    else if (isPunct(doc, to, ',')) {
      // "In addition, according to the department, nearly nine million …": the clause follows.
      const after = clauseEnd(doc, to + 1, s);
      if (after - (to + 1) >= 3) content = rangeOf(doc, to + 1, after);
    }
  }
  if (!content) return null;
  const cons = hull(content, rangeOf(doc, i, to));
  return {
    content,
    direct: false,
    cue,
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.75,
    reasons: ['indirect:according-to'],
  };
}

/** "In addition," / "But," / "On Tuesday," before "according to": an introductory phrase, not a clause. */
function shortIntro(doc: Doc, from: number, comma: number): boolean {
  if (comma - from > 4) return false;
  for (let k = from; k < comma; k++) if (doc.tokens[k]?.kind !== 'word' && !isPunct(doc, k, '.')) return false;
  return INTRO_HEADS.has(doc.lower[from] as string);
}

const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'that', 'as', 'in', 'on', 'at']);
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'also', 'still', 'now', 'however']);

const INTRO_HEADS = new Set([
  'in',
  'on',
  'at',
  'but',
  'and',
  'yet',
  'still',
  'also',
  'however',
  'meanwhile',
  'moreover',
  'instead',
  'now',
  'last',
  'this',
  'earlier',
  'later',
  'by',
  'for',
  'since',
  'after',
  'before',
  'overall',
  'nationally',
  'today',
]);

/**
 * "Name: clause" at the start of a sentence, with an optional topic ("Clinton to Planned Parenthood: …", "CNN
 * President On Trump: …") and an optional kicker before a dash ("EXCLUSIVE – Roger Stone: …").
 */
export function headlineColon(doc: Doc, s: TokenRange): Candidate | null {
  let colon = -1;
  for (let k = s.from; k < s.to && k - s.from <= MAX_HEADLINE; k++) {
    if (isPunct(doc, k, ':')) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || s.to - colon < 5) return null;
  let from = s.from;
  for (let k = colon - 1; k > s.from; k--) {
    if (isPunct(doc, k, '-–—')) {
      from = k + 1;
      break;
    }
  }
  let k = from;
  while (k < colon && k - from < 5 && nameWord(doc, k, from)) k++;
  if (k === from || (k < colon && !topicTail(doc, k, colon))) return null;
  const name = doc.lower.slice(from, k).join(' ');
  if (NON_SPEAKERS.has(name) || NON_SPEAKERS.has(doc.lower[from] as string)) return null;
  const end = clauseEnd(doc, colon + 1, s);
  if (end - (colon + 1) < 3) return null;
  const content = rangeOf(doc, colon + 1, end);
  const sp: Phrase = { from, to: k, kind: 'name', outerFrom: from, outerTo: k };
  const cons = hull(content, rangeOf(doc, from, k));
  return {
    content,
    direct: false,
    cue: { text: ':', range: rangeOf(doc, colon, colon + 1) },
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.55,
    reasons: ['indirect:headline-colon'],
  };
}

const MAX_HEADLINE = 16;
const TOPIC_PREPS = new Set(['to', 'on', 'at', 'about', 'in', 'for']);

/** " to Planned Parenthood", " On Trump", " at RNC": a short topic or audience after the speaker's name. */
function topicTail(doc: Doc, k: number, colon: number): boolean {
  if (!TOPIC_PREPS.has(doc.lower[k] as string) || colon - k > 9 || colon - k < 2) return false;
  for (let m = k + 1; m < colon; m++) if (!isWord(doc, m) && !isPunct(doc, m, ".-’'")) return false;
  return true;
}

function nameWord(doc: Doc, k: number, from: number): boolean {
  const w = doc.lower[k] as string;
  return (isCap(doc, k) && !phraseStops.has(w)) || (k > from && roleNouns.has(w));
}

/** A sentence that opens with a quote not yet attributed, continuing `previous` (a direct quote). */
export function continuation(
  doc: Doc,
  s: TokenRange,
  previous: Candidate | null,
  claimed: readonly Range[],
): Candidate | null {
  if (!previous) return null;
  const first = doc.tokens[s.from];
  if (!first) return null;
  const q = quoteAt(doc, first.start);
  if (!q || q.start !== first.start || q.single) return null;
  for (let k = claimed.length - 1; k >= 0 && k >= claimed.length - 24; k--) {
    const r = claimed[k] as Range;
    if (r.start < q.end && q.start < r.end) return null;
  }
  return {
    content: { start: q.start, end: q.end },
    direct: true,
    cue: null,
    speaker: null,
    inherited: previous,
    start: q.start,
    end: q.end,
    confidence: 0.55,
    reasons: ['direct:continuation', 'speaker:inherited'],
  };
}

/** "Jared Potts echoed:" / "The headline reads:" then a quotation, in the sentence or opening the next one. */
export function colonQuote(doc: Doc, s: TokenRange): Candidate | null {
  let k = s.to - 1;
  while (k > s.from && !isPunct(doc, k, ':')) k--;
  if (k <= s.from || !isPunct(doc, k, ':') || !isWord(doc, k - 1) || isCap(doc, k - 1)) return null;
  const verb = doc.lower[k - 1] as string;
  if (!cueOf(verb) && !/ed$/.test(verb)) return null;
  const q = quoteAfter(doc, k, s);
  if (q?.level !== 0 || q.single) return null;
  const sp = speakerBefore(doc, k - 1, s.from) ?? subjectOf(doc, s);
  if (!sp || sp.to > k - 1) return null;
  const content = { start: q.start, end: q.end };
  const cueTok = rangeOf(doc, k - 1, k);
  const cons = hull(content, rangeOf(doc, sp.outerFrom, sp.outerTo), cueTok);
  return {
    content,
    direct: true,
    cue: { text: doc.text.slice(cueTok.start, cueTok.end), range: cueTok },
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.7,
    reasons: ['direct:colon-then-quote'],
  };
}

/** The quotation opening right after the colon at `k`, here or at the start of the next sentence. */
function quoteAfter(doc: Doc, k: number, s: TokenRange): QuoteSpan | undefined {
  const next = doc.tokens[k + 1];
  if (!next) return undefined;
  if (k + 1 < s.to || k + 1 === s.to) return quoteOpeningAt(doc, next.start);
  return undefined;
}
